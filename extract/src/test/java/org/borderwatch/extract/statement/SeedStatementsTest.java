package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.statement.StatementAssertions.addressee;
import static org.borderwatch.extract.statement.StatementAssertions.one;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.extract.Annotated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example of PRODUCT.md: the nine numbered statements of the seed editorial. */
class SeedStatementsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 26);
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 28);
    private static Extraction seed;
    private static List<StatementReport> all;

    @BeforeAll
    static void extract() {
        seed = Annotated.seed();
        all = seed.statements();
        System.out.println(StatementAssertions.describe(all));
    }

    @Test
    void governmentAccusesAfghanistanOfSafeHavens() {
        StatementReport s = one(all, StatementType.ACCUSE, "government");
        addressee(s, "Afghanistan");
        assertThat(s.proposition()).contains("safe havens").contains("ttp");
        assertThat(s.voice()).isEqualTo(Voice.REPORTED);
        assertThat(s.date()).hasValueSatisfying(d -> assertThat(d.latest()).isEqualTo(PUBLISHED));
    }

    @Test
    void kabulsRulersDenyItAndTheDenialMeetsTheAccusation() {
        StatementReport denial = one(all, StatementType.DENY, "de facto rulers");
        addressee(denial, "government");
        StatementReport accusation = one(all, StatementType.ACCUSE, "government");
        assertThat(denial.proposition()).isEqualTo(accusation.proposition());
        assertThat(denial.voice()).isEqualTo(Voice.REPORTED);
        // "maintain this is untrue": a present-tense position, held as of the paper's date
        assertThat(denial.date()).hasValueSatisfying(d -> assertThat(d.latest()).isEqualTo(PUBLISHED));
    }

    @Test
    void ministerAndNactaAttributeTheBishamAttackToTheTtpOnSunday() {
        for (String speaker : List.of("interior minister", "head of Nacta")) {
            StatementReport s = one(all, StatementType.ATTRIBUTE_RESPONSIBILITY, speaker);
            addressee(s, "TTP");
            assertThat(s.date()).hasValueSatisfying(d -> {
                assertThat(d.earliest()).isEqualTo(SUNDAY);
                assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
            });
            assertThat(s.incidents()).as("linked to the Bisham incident").hasSize(1);
        }
        assertThat(one(all, StatementType.ATTRIBUTE_RESPONSIBILITY, "interior minister").speaker().role())
                .hasValue("interior minister");
    }

    @Test
    void militaryMadeASimilarAttributionWeeksEarlier() {
        StatementReport s = one(all, StatementType.ATTRIBUTE_RESPONSIBILITY, "military");
        addressee(s, "TTP");
        assertThat(s.date()).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.APPROXIMATE);
            assertThat(d.latest()).isBefore(PUBLISHED);
        });
    }

    @Test
    void naqviDemandsTheTalibanHandThemOver() {
        StatementReport s = one(all, StatementType.DEMAND, "Naqvi");
        addressee(s, "Afghan Taliban");
        assertThat(s.proposition()).contains("hand them to us").contains("punish");
        assertThat(s.date()).hasValueSatisfying(d -> assertThat(d.earliest()).isEqualTo(SUNDAY));
    }

    @Test
    void theInteriorCzarThreatensUnilateralActionIfKabulDoesNotRespond() {
        StatementReport s = one(all, StatementType.THREATEN, "interior czar");
        addressee(s, "Kabul");
        assertThat(s.negated()).isFalse();
        assertThat(s.condition()).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("if Kabul did not respond"));
        assertThat(s.proposition()).contains("unilateral action");
        assertThat(s.date()).hasValueSatisfying(d -> assertThat(d.earliest()).isEqualTo(SUNDAY));
    }

    @Test
    void nactaHeadNamesPakistaniSuspectsOfTheBishamAttack() {
        StatementReport s = all.stream().filter(x -> x.type() == StatementType.ATTRIBUTE_RESPONSIBILITY
                && x.addressee().map(a -> a.mention().contains("suspects")).orElse(false)).findFirst().orElseThrow(
                () -> new AssertionError("no attribution to suspects:\n" + StatementAssertions.describe(all)));
        assertThat(s.speaker().mention()).containsIgnoringCase("head of Nacta");
        assertThat(s.incidents()).hasSize(1);
        assertThat(s.date()).hasValueSatisfying(d -> assertThat(d.earliest()).isEqualTo(SUNDAY));
    }

    @Test
    void centralAsianStatesExpressConcernAboutGroupsInAfghanistan() {
        StatementReport s = one(all, StatementType.EXPRESS_CONCERN, "Central Asia");
        addressee(s, "Afghanistan");
        assertThat(s.voice()).isEqualTo(Voice.REPORTED);
        // "have expressed similar worries": some time before the paper, on no day the text gives
        assertThat(s.date()).as("the present perfect states no date").isEmpty();
    }

    @Test
    void theEditorialsOwnRecommendationsAreInTheAuthorsVoice() {
        List<StatementReport> recommendations = all.stream()
                .filter(s -> s.type() == StatementType.RECOMMEND && s.voice() == Voice.AUTHOR).toList();
        assertThat(recommendations).allSatisfy(s -> {
            assertThat(s.speaker().mention()).isEqualTo("the author");
            assertThat(s.speaker().role()).hasValue("author");
        });
        assertThat(recommendations).extracting(s -> s.addressee().orElseThrow().mention())
                .contains("Pakistan", "Beijing and Islamabad", "the Taliban");
        assertThat(recommendations).anySatisfy(s -> assertThat(s.proposition()).contains("moved far from the border"));
        assertThat(recommendations).anySatisfy(s -> assertThat(s.condition())
                .hasValueSatisfying(c -> assertThat(c).contains("only when the Taliban take significant CT actions")));
        assertThat(recommendations).allSatisfy(s -> assertThat(s.date()).hasValueSatisfying(
                d -> assertThat(d.earliest()).isEqualTo(PUBLISHED)));
    }
}
