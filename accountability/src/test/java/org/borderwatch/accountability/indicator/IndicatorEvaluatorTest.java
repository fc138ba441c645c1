package org.borderwatch.accountability.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.Facts;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.incident.Attribution;
import org.junit.jupiter.api.Test;

/** Indicators evaluated over hand-made incidents whose answers are counted by eye. */
class IndicatorEvaluatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private final IncidentFact nearBorderMarch = Facts.on("2024-03-10").by("the TTP").at("Bajaur", "PK", "Khyber Pakhtunkhwa", 12, "AF–PK").killed(4).fact();
    private final IncidentFact nearBorderMay = Facts.on("2024-05-02").by("TTP", Attribution.CLAIMED).at("Khyber", "PK", "Khyber Pakhtunkhwa", 30, "AF–PK").killed(2).fact();
    private final IncidentFact farAway = Facts.on("2024-05-20").by("TTP").at("Lahore", "PK", "Punjab", 20, "IN–PK").fact();
    private final IncidentFact otherGroup = Facts.on("2024-05-21").by("BLA").at("Quetta", "PK", "Balochistan", 40, "AF–PK").fact();
    private final IncidentFact unplaced = Facts.on("2024-05-22").by("TTP").fact();
    private final IncidentFact undated = Facts.undated().by("TTP").fact();
    private final IncidentFact afterAsOf = Facts.on("2024-07-05").by("TTP").at("Bajaur", "PK", "Khyber Pakhtunkhwa", 12, "AF–PK").fact();
    private final IncidentFact monthOnly = Facts.undated().in(2024, 6).by("TTP").at("Kurram", "PK", "Khyber Pakhtunkhwa", 5, "AF–PK").report().fact();

    private final IndicatorEvaluator evaluator = new IndicatorEvaluator(List.of(nearBorderMarch, nearBorderMay, farAway,
            otherGroup, unplaced, undated, afterAsOf, monthOnly), new Anchors() {
        @Override
        public Optional<DateRange> commitmentStart(long id) {
            return id == 3 ? Optional.of(DateRange.day(LocalDate.of(2024, 5, 26))) : Optional.empty();
        }

        @Override
        public Optional<DateRange> engagementDate(long id) {
            return id == 2 ? Optional.of(new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))) : Optional.empty();
        }
    });

    private IndicatorResult eval(String expression) {
        return evaluator.evaluate(IndicatorParser.parse(expression), AS_OF);
    }

    @Test
    void aMonthlySeriesCountsEachIncidentInItsMonthAndLinksIt() {
        var series = (IndicatorResult.Series) eval(
                "count where perpetrator \"TTP\" and within 50 km of border AF-PK from 2024-03-01 to 2024-06-30 per month");
        assertThat(series.buckets()).extracting(IndicatorResult.Cell::label).containsExactly("2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(series.buckets()).extracting(IndicatorResult.Cell::value).containsExactly(1.0, 0.0, 1.0, 1.0);
        assertThat(series.buckets().get(0).incidents()).containsExactly(nearBorderMarch.ref());
        assertThat(series.buckets().get(3).incidents()).containsExactly(monthOnly.ref());
        assertThat(series.incidents()).doesNotContain(farAway.ref(), otherGroup.ref(), afterAsOf.ref());
        assertThat(series.coverage().unplaced()).as("the TTP incident without a place").isEqualTo(1);
        assertThat(series.coverage().undated()).isEqualTo(1);
        assertThat(series.value()).isEqualTo(1.0);
        assertThat(series.coverage().dataEnd()).contains(LocalDate.of(2024, 6, 1));
    }

    @Test
    void anAbsenceHoldsUntilAClaimedIncidentAppears() {
        var since = (IndicatorResult.Absence) eval("none where claimed by \"TTP\" since 2024-05-03");
        assertThat(since.holds()).isTrue();
        var before = (IndicatorResult.Absence) eval("none where claimed by \"TTP\" since 2024-05-01");
        assertThat(before.holds()).isFalse();
        assertThat(before.incidents()).containsExactly(nearBorderMay.ref());
        assertThat(before.summary()).startsWith("does not hold: 1 matching incident");
    }

    @Test
    void aComparisonAroundACommitmentGivesTheRateRatio() {
        var v = (IndicatorResult.Versus) eval("count where perpetrator \"TTP\" 35 days after commitment 3 versus 90 days before commitment 3");
        assertThat(v.current().range()).isEqualTo(new DateRange(LocalDate.of(2024, 5, 27), LocalDate.of(2024, 6, 30)));
        assertThat(v.current().incidents()).containsExactly(monthOnly.ref());
        assertThat(v.reference().range()).isEqualTo(new DateRange(LocalDate.of(2024, 2, 26), LocalDate.of(2024, 5, 25)));
        assertThat(v.reference().incidents()).containsExactly(nearBorderMarch.ref(), nearBorderMay.ref(), farAway.ref(), unplaced.ref());
        assertThat(v.ratio()).isEqualTo(RateRatio.exact(1, 35, 4, 90, 0.95));
    }

    @Test
    void windowsAroundAMonthPreciseEngagementLeaveOutTheWholeMonth() {
        var v = (IndicatorResult.Versus) eval("count 30 days after engagement 2 versus 30 days before engagement 2");
        assertThat(v.current().range()).isEqualTo(new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 30)));
        assertThat(v.reference().range()).isEqualTo(new DateRange(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 31)));
    }

    @Test
    void casualtySumsAndFiltersOnPlace() {
        assertThat(eval("sum killed where perpetrator \"ttp\"").value()).isEqualTo(6.0);
        assertThat(eval("count where province \"Khyber Pakhtunkhwa\" and not perpetrator \"BLA\"").value()).isEqualTo(3.0);
        assertThat(eval("count where within 50 km of border").value()).isEqualTo(5.0);
        assertThat(eval("count where perpetrator \"TTP\" claimed").incidents()).containsExactly(nearBorderMay.ref());
        assertThat(eval("count where perpetrator \"TTP\" last 2 months").value()).as("May 1 to June 30").isEqualTo(4.0);
        assertThat(eval("count where type attack and killed >= 3").incidents()).containsExactly(nearBorderMarch.ref());
        assertThat(eval("count where perpetrator contains \"tt\"").value()).isEqualTo(5.0);
    }

    @Test
    void namingAMissingCommitmentIsAClearError() {
        assertThatThrownBy(() -> eval("count since commitment 9")).hasMessage("commitment 9 does not exist or has no start date");
        assertThatThrownBy(() -> eval("count since engagement 9")).hasMessage("engagement 9 does not exist");
    }

    @Test
    void theResultKnowsOnlyWhatWasKnownOnItsDay() {
        IncidentRef later = afterAsOf.ref();
        assertThat(eval("count where perpetrator \"TTP\"").incidents()).doesNotContain(later);
        assertThat(evaluator.evaluate(IndicatorParser.parse("count where perpetrator \"TTP\""), LocalDate.of(2024, 12, 31))
                .incidents()).contains(later);
    }
}
