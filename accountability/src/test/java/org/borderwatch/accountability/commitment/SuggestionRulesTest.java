package org.borderwatch.accountability.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.Statements;
import org.borderwatch.accountability.condition.ConditionSuggester;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.core.accountability.CommitmentDraft;
import org.borderwatch.core.accountability.ConditionDraft;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.statement.StatementType;
import org.junit.jupiter.api.Test;

/** Commitment and condition suggestions from statements of several documents, none of them the seed. */
class SuggestionRulesTest {
    private static final CommitmentSuggester.Principals MINISTERS = (party, day) ->
            party.name().equals("Ishaq Dar") ? PartyRef.actor(1, "Government of Pakistan") : party;

    private final CommitmentSuggester commitments = new CommitmentSuggester(MINISTERS, new KnownParties());
    private final ConditionSuggester conditions = new ConditionSuggester(MINISTERS, new KnownParties());

    private static Optional<String> name(Optional<PartyRef> p) {
        return p.map(PartyRef::name);
    }

    @Test
    void aDemandIsOwedByItsAddresseeToTheSpeakersSide() {
        StatementFact attribution = Statements.of(StatementType.ATTRIBUTE_RESPONSIBILITY, "Ishaq Dar", "the Haqqani network",
                "the haqqani network carried out the kabul embassy attack").document(5).sentence(2).about(41).fact();
        StatementFact earlier = Statements.of(StatementType.ACCUSE, "police", "the BLA", "the bla blew up the bridge")
                .document(5).sentence(0).about(40).fact();
        StatementFact demand = Statements.of(StatementType.DEMAND, "Ishaq Dar", "the Taliban government",
                "The Taliban government should arrest the attackers and hand them over")
                .document(5).sentence(4).fact();
        List<CommitmentDraft> d = commitments.suggest(List.of(earlier, attribution, demand));
        assertThat(d).hasSize(1);
        assertThat(name(d.get(0).obligor())).contains("the Taliban government");
        assertThat(d.get(0).obligee()).contains(PartyRef.actor(1, "Government of Pakistan"));
        assertThat(d.get(0).owed()).isEqualTo("arrest the attackers and hand them over");
        assertThat(d.get(0).start()).isEqualTo(demand.day());
        assertThat(d.get(0).relatedIncidents()).as("named three sentences before, not four").containsExactly(41L);
        assertThat(d.get(0).sources()).containsExactly(demand);
        assertThat(d.get(0).suggestionKey()).isEqualTo(demand.key() + "#0");
    }

    @Test
    void aPromiseIsOwedByTheSpeakerAndANegatedOneByNobody() {
        StatementFact promise = Statements.of(StatementType.COMMIT, "Zabihullah Mujahid", "Pakistan",
                "We will not allow Afghan soil to be used against any country").fact();
        StatementFact refusal = Statements.of(StatementType.COMMIT, "the spokesman", "Islamabad",
                "we will hand over the leaders").negated().fact();
        List<CommitmentDraft> d = commitments.suggest(List.of(promise, refusal));
        assertThat(d).hasSize(1);
        assertThat(name(d.get(0).obligor())).contains("Zabihullah Mujahid");
        assertThat(name(d.get(0).obligee())).contains("Pakistan");
        assertThat(d.get(0).owed()).isEqualTo("not allow Afghan soil to be used against any country");
    }

    @Test
    void aRequirementPassedOnIsOwedByThePartiesItsClausesName() {
        StatementFact other = Statements.of(StatementType.RECOMMEND, "the author", "the Afghan interim government",
                "the afghan interim government should stop the attacks").fact();
        StatementFact recommendation = Statements.of(StatementType.RECOMMEND, "the author", "Tehran",
                "Tehran should insist that Jaish al-Adl cadres be disarmed and that the Afghan interim government close the camps")
                .fact();
        List<CommitmentDraft> d = commitments.suggest(List.of(other, recommendation)).stream()
                .filter(x -> x.sources().contains(recommendation)).toList();
        assertThat(d).extracting(CommitmentDraft::owed).containsExactly("Jaish al-Adl cadres be disarmed", "close the camps");
        assertThat(d).allSatisfy(x -> {
            assertThat(name(x.obligor())).contains("the Afghan interim government");
            assertThat(name(x.obligee())).contains("Tehran");
        });
        assertThat(d.get(0).rule()).contains("sibling clause");
    }

    @Test
    void aConditionWaitsForTheCommitmentItsClauseNames() {
        StatementFact recommendation = Statements.of(StatementType.RECOMMEND, "the author", "the donors",
                "the donors should agree that the second tranche is released only after the Taliban reopen girls' schools")
                .condition("only after the Taliban reopen girls' schools").fact();
        StatementFact threat = Statements.of(StatementType.THREATEN, "Ishaq Dar", "Kabul", "strikes on the camps")
                .condition("unless Kabul acts against the group").fact();
        List<ConditionDraft> c = conditions.suggest(List.of(recommendation, threat));
        assertThat(c).hasSize(2);
        ConditionDraft tranche = c.get(0);
        assertThat(tranche.measure()).isEqualTo("the second tranche is released");
        assertThat(name(tranche.requirement().obligor())).contains("the Taliban");
        assertThat(tranche.requirement().owed()).isEqualTo("reopen girls' schools");
        assertThat(name(tranche.requirement().obligee())).contains("the donors");
        assertThat(tranche.whenKept()).isTrue();
        assertThat(ConditionSuggester.rule(tranche, 12)).isEqualTo("commitment 12 is kept");
        ConditionDraft strikes = c.get(1);
        assertThat(strikes.measure()).isEqualTo("strikes on the camps");
        assertThat(name(strikes.requirement().obligor())).contains("Kabul");
        assertThat(strikes.requirement().owed()).isEqualTo("acts against the group");
        assertThat(strikes.requirement().obligee()).contains(PartyRef.actor(1, "Government of Pakistan"));
        assertThat(ConditionSuggester.rule(strikes, 13)).isEqualTo("commitment 13 is broken");
        assertThat(commitments.suggest(List.of(recommendation))).extracting(CommitmentDraft::owed)
                .as("the commitment from the recommendation leaves the condition to the condition")
                .containsExactly("agree that the second tranche is released");
    }

    @Test
    void aNegatedConditionMeansTheMeasureFollowsABrokenCommitment() {
        StatementFact threat = Statements.of(StatementType.THREATEN, "the minister", "Kabul", "taking unilateral action")
                .condition("If Kabul did not respond").fact();
        ConditionDraft c = conditions.suggest(List.of(threat)).get(0);
        assertThat(c.requirement().owed()).isEqualTo("respond");
        assertThat(c.whenKept()).isFalse();
    }
}
