package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.extract.Annotated;
import org.junit.jupiter.api.Test;

/**
 * What a statement is about, told in a story of the event: a vow against those behind "the attack", a
 * group that claims "the raid", a denial that ends where the speaker goes on to say something else.
 */
class StatementIncidentLinksTest {
    private static final LocalDate DATE = LocalDate.parse("2024-10-16");

    @Test
    void aVowAgainstThoseBehindTheAttackIsAboutTheAttackTold() {
        Extraction story = Annotated.extract("A suicide bomber struck a police training centre in Dera Ismail Khan "
                + "on Monday, killing nine recruits. The chief minister vowed to hunt down those behind the attack.",
                DATE);
        StatementReport vow = StatementAssertions.one(story.statements(), StatementType.THREATEN, "chief minister");

        assertThat(story.incidents()).hasSize(1);
        assertThat(vow.incidents()).as(StatementAssertions.describe(story.statements())).containsExactly(0);
    }

    @Test
    void aGroupThatClaimsTheRaidClaimsTheAttackTold() {
        Extraction story = Annotated.extract("Gunmen attacked a Frontier Corps camp in Khyber district late on "
                + "Tuesday, killing four soldiers. The Lashkar-e-Islam claimed the raid.", DATE);
        StatementReport claim = StatementAssertions.one(story.statements(), StatementType.CLAIM_RESPONSIBILITY,
                "Lashkar-e-Islam");

        assertThat(story.incidents()).hasSize(1);
        assertThat(claim.incidents()).containsExactly(0);
        assertThat(Annotated.extract("The floods claimed the lives of twelve villagers in Swat.", DATE).statements())
                .noneMatch(s -> s.type() == StatementType.CLAIM_RESPONSIBILITY);
    }

    @Test
    void aVowToRespondIsAThreatAndADenialEndsWhereTheSpeakerSaysMore() {
        List<StatementReport> vow = Annotated.extract("Islamabad vowed to respond with full force to any further "
                + "aggression.", DATE).statements();
        StatementAssertions.one(vow, StatementType.THREATEN, "Islamabad");

        List<StatementReport> rejection = Annotated.extract("The Foreign Office on Monday rejected the remarks of "
                + "the Indian army chief as irresponsible, saying Pakistan was committed to peace in the region.",
                DATE).statements();
        StatementReport denial = StatementAssertions.one(rejection, StatementType.DENY, "Foreign Office");
        assertThat(denial.proposition()).contains("irresponsible").doesNotContain("committed");
    }

    @Test
    void aDemandToPunishThePerpetratorsIsAboutTheAttackTold() {
        Extraction story = Annotated.extract("Gunmen killed three customs officials in Dera Ismail Khan on Monday. "
                + "Islamabad asked the provincial police to arrest the culprits.", DATE);
        StatementReport demand = StatementAssertions.one(story.statements(), StatementType.DEMAND, "Islamabad");

        assertThat(demand.incidents()).containsExactly(0);
    }

    @Test
    void attacksOrderedOrPromisedAreNoClaimAndCondolencesNoPromise() {
        List<StatementReport> order = Annotated.extract("The TTP announced that it was ending the truce and ordered "
                + "its fighters to carry out attacks across the country.", DATE).statements();
        List<StatementReport> threat = Annotated.extract("The TTP said it would carry out more attacks on security "
                + "forces.", DATE).statements();
        List<StatementReport> condolences = Annotated.extract("The Saudi embassy offered condolences to the families "
                + "of those killed in the blast.", DATE).statements();
        List<StatementReport> called = Annotated.extract("Iran said it struck what it called terrorist hideouts in "
                + "Pakistan on Tuesday.", DATE).statements();

        assertThat(order).as(StatementAssertions.describe(order)).noneMatch(s -> s.type() == StatementType.CLAIM_RESPONSIBILITY);
        assertThat(threat).as(StatementAssertions.describe(threat)).noneMatch(s -> s.type() == StatementType.CLAIM_RESPONSIBILITY);
        assertThat(condolences).as(StatementAssertions.describe(condolences)).noneMatch(s -> s.type() == StatementType.COMMIT);
        assertThat(called).as(StatementAssertions.describe(called)).noneMatch(s -> s.type() == StatementType.DEMAND);
    }
}
