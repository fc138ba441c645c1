package org.borderwatch.accountability.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.Facts;
import org.borderwatch.accountability.Statements;
import org.borderwatch.accountability.indicator.DateRange;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.LedgerDecision;
import org.borderwatch.core.accountability.Proposition;
import org.borderwatch.core.accountability.PropositionAssignment;
import org.borderwatch.core.accountability.Stance;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.statement.StatementType;
import org.junit.jupiter.api.Test;

class PropositionGrouperTest {
    private final PropositionGrouper grouper = new PropositionGrouper(PropositionGrouper.DEFAULT_THRESHOLD);
    private final StatementFact accusation = Statements.of(StatementType.ACCUSE, "Islamabad", "Kabul",
            "Afghanistan provides safe havens for militants of the TTP").on("2024-05-01").fact();
    private final StatementFact denial = Statements.of(StatementType.DENY, "Zabihullah Mujahid", "Islamabad",
            "Afghanistan provides safe havens for militants of the TTP").on("2024-05-03").fact();
    private final StatementFact paraphrase = Statements.of(StatementType.ACCUSE, "the army", null,
            "afghanistan provides a safe haven to ttp militants").on("2024-06-01").fact();
    private final StatementFact negatedAccusation = Statements.of(StatementType.ACCUSE, "a diplomat", null,
            "afghanistan provides safe havens for militants of the ttp").negated().on("2024-06-02").fact();
    private final StatementFact other = Statements.of(StatementType.ATTRIBUTE_RESPONSIBILITY, "police", "BLA",
            "the bla carried out the attack on the train").on("2024-06-03").fact();
    private final StatementFact demand = Statements.of(StatementType.DEMAND, "Naqvi", "the Taliban",
            "the taliban hand over the suspects").fact();

    @Test
    void aClaimAndItsDenialMeetAndAParaphraseJoinsThem() {
        List<PropositionAssignment> a = grouper.group(List.of(denial, other, accusation, paraphrase, negatedAccusation, demand),
                List.of(), List.of());
        assertThat(a).extracting(PropositionAssignment::statementId).doesNotContain(demand.id());
        PropositionAssignment acc = of(a, accusation);
        assertThat(of(a, denial).key()).isEqualTo(acc.key());
        assertThat(of(a, denial).score()).isEqualTo(1.0);
        assertThat(of(a, paraphrase).key()).isEqualTo(acc.key());
        assertThat(of(a, paraphrase).score()).isBetween(0.6, 0.99);
        assertThat(of(a, other).key()).isNotEqualTo(acc.key());
        assertThat(acc.stance()).isEqualTo(Stance.FOR);
        assertThat(of(a, denial).stance()).isEqualTo(Stance.AGAINST);
        assertThat(of(a, negatedAccusation).stance()).isEqualTo(Stance.AGAINST);
        assertThat(a).allSatisfy(x -> assertThat(x.origin()).isEqualTo(FactOrigin.MACHINE));
    }

    @Test
    void analystsLinksAndUnlinksAreKept() {
        Proposition haven = new Proposition(7, "afghanistan provides safe havens for militants of the ttp", "Safe havens",
                FactOrigin.MACHINE);
        Proposition train = new Proposition(8, "the bla carried out the attack on the train", "Train attack", FactOrigin.MACHINE);
        List<LedgerDecision> decisions = List.of(
                new LedgerDecision(paraphrase.key(), 7, false, Optional.empty()),
                new LedgerDecision(other.key(), 7, true, Optional.of(Stance.AGAINST)));
        List<PropositionAssignment> a = grouper.group(List.of(accusation, paraphrase, other), List.of(haven, train), decisions);
        assertThat(of(a, accusation).propositionId()).contains(7L);
        assertThat(of(a, paraphrase).propositionId()).as("unlinked from 7").isEmpty();
        assertThat(of(a, other).propositionId()).contains(7L);
        assertThat(of(a, other).origin()).isEqualTo(FactOrigin.HUMAN);
        assertThat(of(a, other).stance()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void theLedgerEntryShowsHoldersAndTheIncidentsThatBearOnIt() {
        Proposition haven = new Proposition(7, "afghanistan provides safe havens for militants of the ttp",
                "afghanistan provides safe havens for anti-pakistan militants of the ttp", FactOrigin.MACHINE);
        IncidentFact nearBorder = Facts.on("2024-04-01").by("the TTP").at("Bajaur", "PK", "KP", 15, "AF–PK").fact();
        IncidentFact farAway = Facts.on("2024-04-02").by("TTP").at("Lahore", "PK", "Punjab", 25, "IN–PK").fact();
        IncidentFact otherGroup = Facts.on("2024-04-03").by("BLA").at("Chaman", "PK", "Balochistan", 5, "AF–PK").fact();
        IncidentFact tooEarly = Facts.on("2020-01-01").by("TTP").at("Bajaur", "PK", "KP", 15, "AF–PK").fact();
        StatementFact naming = Statements.of(StatementType.ACCUSE, "Islamabad", "Kabul",
                "afghanistan provides safe havens for militants of the ttp").about(farAway.reportIds().get(0)).fact();
        List<LedgerEntry.Position> positions = List.of(
                new LedgerEntry.Position(denial, Stance.AGAINST, 1, FactOrigin.MACHINE),
                new LedgerEntry.Position(naming, Stance.FOR, 1, FactOrigin.MACHINE),
                new LedgerEntry.Position(accusation, Stance.FOR, 1, FactOrigin.MACHINE));
        LedgerEntry e = new Ledger(Map.of("Afghanistan", "AF", "Pakistan", "PK"), 50).entry(haven, positions,
                List.of(nearBorder, farAway, otherGroup, tooEarly), new DateRange(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 12, 31)));
        assertThat(e.positions()).extracting(p -> p.statement().id()).containsExactly(accusation.id(), denial.id(), naming.id());
        assertThat(e.countFor()).isEqualTo(2);
        assertThat(e.countAgainst()).isEqualTo(1);
        assertThat(e.holders()).hasSize(2);
        assertThat(e.holders().get(0).party().name()).isEqualTo("Islamabad");
        assertThat(e.holders().get(0).forCount()).isEqualTo(2);
        assertThat(e.holders().get(1).latest()).isEqualTo(Stance.AGAINST);
        assertThat(e.named()).containsExactly(farAway.ref());
        assertThat(e.bearing()).as("TTP, near a border of Afghanistan (anti-Pakistan names no country)").containsExactly(nearBorder.ref());
        assertThat(e.rule()).contains("within 50 km of a border of AF").doesNotContain("PK");
    }

    @Test
    void theThresholdIsChecked() {
        assertThatThrownBy(() -> new PropositionGrouper(0)).hasMessageContaining("(0, 1]");
        assertThat(Similarity.score("The TTP attacked", "the ttp attacked")).isEqualTo(1.0);
        assertThat(Similarity.score("attack", "")).isZero();
    }

    private static PropositionAssignment of(List<PropositionAssignment> all, StatementFact s) {
        return all.stream().filter(a -> a.statementId() == s.id()).findFirst().orElseThrow();
    }
}
