package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.extract.Annotated;
import org.junit.jupiter.api.Test;

/** What a reported clause holds: a speech act of its own, a demand, backing from abroad, a vow of the reporter. */
class StatementReportedClausesTest {
    private static final LocalDate DATE = LocalDate.parse("2024-10-16");

    @Test
    void anAccusationReportedByASpokeswomanIsOneAccusationByItsSubject() {
        List<StatementReport> all = Annotated.extract("ISLAMABAD (Reuters) - Pakistan on Tuesday accused Kabul of "
                + "sheltering militants who plan attacks inside Pakistan, the Foreign Office spokeswoman told a "
                + "weekly briefing.", DATE).statements();

        StatementReport accusation = StatementAssertions.one(all, StatementType.ACCUSE, "Pakistan");
        assertThat(accusation.speaker().mention()).isEqualTo("Pakistan");
        assertThat(all).as(StatementAssertions.describe(all)).filteredOn(s -> s.type() == StatementType.ACCUSE).hasSize(1);
    }

    @Test
    void whatKabulMustDoIsDemandedWhateverItNames() {
        List<StatementReport> all = Annotated.extract("\"Kabul must hand over the militant commanders sheltering on "
                + "its soil,\" the spokesman said.", DATE).statements();

        StatementAssertions.addressee(StatementAssertions.one(all, StatementType.DEMAND, "spokesman"), "Kabul");
        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.type() == StatementType.ACCUSE);
    }

    @Test
    void supportReceivedFromAbroadAccusesItsSourceAndTheVowIsTheSpeakers() {
        List<StatementReport> all = Annotated.extract("A provincial spokesman said the bombers had received support "
                + "from hostile intelligence agencies and vowed that those behind the attack would be brought to "
                + "justice.", DATE).statements();

        StatementAssertions.addressee(StatementAssertions.one(all, StatementType.ACCUSE, "spokesman"), "agencies");
        StatementAssertions.one(all, StatementType.COMMIT, "spokesman");
        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.speaker().mention().contains("bombers"));
    }

    @Test
    void shockIsConcernAndAClaimKeepsNoConditionOfTheThreatBesideIt() {
        List<StatementReport> shock = Annotated.extract("Beijing said it was deeply shocked by the attack on its "
                + "engineers.", DATE).statements();
        StatementAssertions.one(shock, StatementType.EXPRESS_CONCERN, "Beijing");

        List<StatementReport> all = Annotated.extract("The BLA claimed responsibility and threatened to kill the "
                + "hostages if the army tried to free them.", DATE).statements();
        assertThat(StatementAssertions.one(all, StatementType.CLAIM_RESPONSIBILITY, "BLA").condition()).isEmpty();
        assertThat(StatementAssertions.one(all, StatementType.THREATEN, "BLA").condition()).isPresent();
    }

    @Test
    void hideoutsRaidedAndMenArmedWithWeaponsAccuseNoOne() {
        for (String text : List.of(
                "Weapons and explosives were recovered from the hideout, the department said in a statement.",
                "The spokesman said special forces had killed three militants in a night raid on a hideout in Kunar.",
                "Police said a group of terrorists armed with heavy weapons attacked the checkpost on Monday.",
                "A bomb went off near the convoy, police said; the BLA claimed responsibility in a statement.")) {
            List<StatementReport> all = Annotated.extract(text, DATE).statements();
            assertThat(all).as(text + StatementAssertions.describe(all)).noneMatch(s -> s.type() == StatementType.ACCUSE);
        }
    }
    @Test
    void anAsideIsNoPartOfTheSpeakerAndTheThreatHungLowerKeepsItsOwnCondition() {
        List<StatementReport> all = Annotated.extract("The tribal elders, in a meeting held after the attack, demanded "
                + "of the district administration to ensure the safety of the traders and warned that they would block "
                + "the main highway if the killers were not arrested within three days.", DATE).statements();

        StatementReport demand = StatementAssertions.one(all, StatementType.DEMAND, "elders");
        assertThat(demand.speaker().mention()).isEqualTo("The tribal elders");
        StatementAssertions.addressee(demand, "district administration");
        assertThat(demand.condition()).isEmpty();
        StatementReport threat = StatementAssertions.one(all, StatementType.THREATEN, "elders");
        assertThat(threat.condition()).isPresent();
        assertThat(threat.addressee()).as("a highway is nobody threatened").isEmpty();
    }

    @Test
    void theAuthoritiesConcernedAreDirectedAndTheVowAfterTheCommaIsTheSpeakers() {
        List<StatementReport> all = Annotated.extract("The governor condemned the blast and directed the departments "
                + "concerned to provide the best treatment to the injured, vowing that the designs of the enemies of peace "
                + "would be foiled.", DATE).statements();

        StatementAssertions.addressee(StatementAssertions.one(all, StatementType.DEMAND, "governor"), "departments");
        StatementAssertions.one(all, StatementType.COMMIT, "governor");
    }

    @Test
    void aVowAfterTheReportingVerbIsTheReporters() {
        List<StatementReport> all = Annotated.extract("Four terrorists were killed in the exchange of fire, the "
                + "military's media wing said, adding that the security forces are determined to eliminate the "
                + "menace of terrorism.", DATE).statements();

        StatementAssertions.one(all, StatementType.COMMIT, "media wing");
    }
    @Test
    void soilNotToBeUsedToThreatenNeighboursIsAPromiseAndNoThreat() {
        List<StatementReport> all = Annotated.extract("\"We will not allow anyone to use the soil of our country to "
                + "threaten neighbouring countries,\" the spokesman said.", DATE).statements();

        StatementAssertions.one(all, StatementType.COMMIT, "spokesman");
        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.type() == StatementType.THREATEN);
    }

    @Test
    void classesThatResumeThreatenNoOne() {
        List<StatementReport> all = Annotated.extract("The education minister said classes would resume in tents "
                + "from Monday.", DATE).statements();

        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.type() == StatementType.THREATEN);
    }
}
