package org.borderwatch.accountability.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.accountability.indicator.IndicatorAssertions.assertParses;
import static org.borderwatch.accountability.indicator.IndicatorAssertions.assertSyntaxError;
import static org.borderwatch.accountability.indicator.IndicatorAssertions.rows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indicator language: gold examples, errors with their columns, and random garbage. */
class IndicatorLanguageTest {
    @Test
    void goldExamplesParseToTheirCanonicalForm() {
        List<String[]> gold = rows("/indicator-gold.tsv");
        assertThat(gold).hasSizeGreaterThan(15);
        for (String[] row : gold) {
            assertParses(row[0], row[1]);
        }
    }

    @Test
    void badExpressionsNameTheColumnAndWhatWasExpected() {
        List<String[]> errors = rows("/indicator-errors.tsv");
        assertThat(errors).hasSizeGreaterThan(20);
        for (String[] row : errors) {
            assertSyntaxError(row[0], Integer.parseInt(row[1]), row[2]);
        }
    }

    @Test
    void theParsedIndicatorHoldsItsParts() {
        Indicator i = IndicatorParser.parse("count where perpetrator \"TTP\" and within 50 km of border AF-PK per month");
        assertThat(i.measure()).isEqualTo(Indicator.Measure.COUNT);
        assertThat(i.per()).contains(Period.MONTH);
        assertThat(i.filter()).isEqualTo(new Filter.And(List.of(
                new Filter.Perpetrator("TTP", false, java.util.Optional.empty()),
                new Filter.NearBorder(50, java.util.Optional.of("AF–PK")))));
        assertThat(i.filter().usesPlace()).isTrue();
    }

    @Test
    void randomGarbageEitherParsesOrFailsWithASyntaxError() {
        Random random = new Random(20240528);
        String[] words = {"count", "none", "sum", "killed", "where", "perpetrator", "\"TTP\"", "and", "or", "not", "(",
            ")", "within", "50", "km", "of", "border", "AF-PK", "since", "2024-05-26", "last", "90", "days", "before",
            "after", "versus", "per", "month", "type", "in", ",", "claimed", "by", "commitment", "3", "today", ">=",
            "2024-02-30", "'", "“", "-1", "0.5", "9999999999", "province", "\u0000", "é", "from", "to", "between"};
        int parsed = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(10) == 0) {
                    s.append((char) random.nextInt(0x3000));
                } else {
                    s.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
                }
            }
            String expression = s.toString();
            try {
                Indicator i = IndicatorParser.parse(expression);
                assertThat(IndicatorParser.parse(i.toString())).as(expression).isEqualTo(i);
                parsed++;
            } catch (SyntaxException e) {
                assertThat(e.column()).isBetween(1, expression.length() + 1);
            }
        }
        assertThat(parsed).as("some garbage is a valid indicator").isPositive();
    }
}
