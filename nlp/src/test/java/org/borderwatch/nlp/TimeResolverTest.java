package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** Date resolution rules, without CoreNLP: the TIMEX values are what SUTime gives for these words. */
class TimeResolverTest {
    private static final Optional<LocalDate> TUESDAY = Optional.of(LocalDate.of(2024, 5, 28));

    private static Optional<FuzzyDate> date(String text, String type, String value) {
        return TimeResolver.resolve(text, type, value, "", false, TUESDAY).date();
    }

    @Test
    void readsCalendarValuesAtTheirPrecision() {
        assertThat(date("Sunday", "DATE", "2024-05-26")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 26)));
        assertThat(date("yesterday", "DATE", "2024-05-27")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 27)));
        assertThat(date("last night", "TIME", "2024-05-27TNI")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 27)));
        assertThat(date("the early hours of Monday", "DURATION", "2024-05-27-WXX-1 INTERSECT PTXH"))
                .contains(FuzzyDate.day(LocalDate.of(2024, 5, 27)));
        assertThat(date("March", "DATE", "2024-03")).contains(FuzzyDate.month(2024, 3));
        assertThat(date("2013", "DATE", "2013")).contains(
                new FuzzyDate(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31), DatePrecision.YEAR));
        assertThat(date("last week", "DATE", "2024-W21")).contains(
                new FuzzyDate(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 26), DatePrecision.WEEK));
        assertThat(date("last summer", "DATE", "2023-SU")).contains(
                new FuzzyDate(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31), DatePrecision.APPROXIMATE));
        assertThat(date("the 1990s", "DATE", "199X")).contains(
                new FuzzyDate(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31), DatePrecision.APPROXIMATE));
    }

    @Test
    void referencesDurationsSetsAndImpossibleDatesDenoteNoDate() {
        assertThat(date("now", "DATE", "PRESENT_REF")).isEmpty();
        assertThat(date("two weeks", "DURATION", "P2W")).isEmpty();
        assertThat(date("every week", "SET", "P1W")).isEmpty();
        assertThat(date("March", "DATE", "XXXX-03")).isEmpty();
        assertThat(date("February 31", "DATE", "2024-02-31")).isEmpty();
        assertThat(date("week 53", "DATE", "2023-W53")).isEmpty();
    }

    @Test
    void movesABareWeekdayOrMonthInTheFutureToThePast() {
        // SUTime gives next Sunday for "On Sunday morning they struck".
        assertThat(date("Sunday", "TIME", "2024-06-02TMO")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 26)));
        assertThat(date("December", "DATE", "2024-12")).contains(FuzzyDate.month(2023, 12));
        assertThat(date("next Friday", "DATE", "2024-05-31")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 31)));
        assertThat(TimeResolver.resolve("Monday", "DATE", "2024-06-03", "", true, TUESDAY).date())
                .as("the sentence speaks of the future").contains(FuzzyDate.day(LocalDate.of(2024, 6, 3)));
    }

    @Test
    void overnightInAReportOfThePastBeganTheEveningBefore() {
        // SUTime gives the night after the anchor, as for "tonight".
        assertThat(date("overnight", "TIME", "2024-05-28TNI")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 27)));
        assertThat(date("tonight", "TIME", "2024-05-28TNI")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 28)));
        assertThat(TimeResolver.resolve("overnight", "TIME", "2024-05-28TNI", "", true, TUESDAY).date())
                .as("the sentence speaks of the future").contains(FuzzyDate.day(LocalDate.of(2024, 5, 28)));
    }

    @Test
    void readsVagueOffsetsAsRangesBeforeTheAnchor() {
        TimeResolver.Resolution prior = TimeResolver.resolve("A few weeks", "DURATION", "PXW", "prior", false, TUESDAY);
        assertThat(prior.usesNextWord()).isTrue();
        assertThat(prior.date()).contains(
                new FuzzyDate(LocalDate.of(2024, 4, 16), LocalDate.of(2024, 5, 21), DatePrecision.APPROXIMATE));
        // SUTime makes "weeks ago" one exact day, 2024-05-21.
        assertThat(date("Weeks ago", "DATE", "2024-05-21")).contains(
                new FuzzyDate(LocalDate.of(2024, 4, 16), LocalDate.of(2024, 5, 21), DatePrecision.APPROXIMATE));
        assertThat(date("three weeks ago", "DATE", "2024-05-07")).contains(
                new FuzzyDate(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 10), DatePrecision.WEEK));
        assertThat(date("Two days earlier", "DATE", "2024-05-26")).contains(FuzzyDate.day(LocalDate.of(2024, 5, 26)));
        assertThat(date("a year ago", "DATE", "2023-05-28")).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.APPROXIMATE);
            assertThat(d.earliest()).isBefore(LocalDate.of(2023, 5, 28));
            assertThat(d.latest()).isAfter(LocalDate.of(2023, 5, 28)).isBefore(TUESDAY.get());
        });
        assertThat(date("days later", "DATE", "2024-05-29")).contains(
                new FuzzyDate(LocalDate.of(2024, 5, 29), LocalDate.of(2024, 6, 3), DatePrecision.APPROXIMATE));
    }

    @Test
    void withoutADocumentDateRelativeWordsStayUnresolved() {
        assertThat(TimeResolver.resolve("A few weeks", "DURATION", "PXW", "prior", false, Optional.empty()).date())
                .isEmpty();
        assertThat(TimeResolver.resolve("Sunday", "DATE", "XXXX-WXX-7", "", false, Optional.empty()).date()).isEmpty();
    }
}
