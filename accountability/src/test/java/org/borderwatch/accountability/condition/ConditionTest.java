package org.borderwatch.accountability.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderwatch.accountability.Commitments;
import org.borderwatch.accountability.Facts;
import org.borderwatch.accountability.indicator.Anchors;
import org.borderwatch.accountability.indicator.IndicatorEvaluator;
import org.borderwatch.accountability.indicator.IndicatorParser;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.accountability.indicator.SyntaxException;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.incident.Attribution;
import org.junit.jupiter.api.Test;

/** Condition rules: parsing, evaluation with an explanation, and the timeline of when they hold. */
class ConditionTest {
    private final ConditionEvaluator evaluator = new ConditionEvaluator(
            Map.of(1L, Commitments.of(1, "take significant CT actions")
                            .rated("2024-08-01", CommitmentStatus.IN_THE_WORKS, 1)
                            .rated("2024-10-15", CommitmentStatus.KEPT, 3).build(),
                    2L, Commitments.of(2, "move TTP fighters away from the border").build()),
            Map.of("ttp-claims", IndicatorParser.parse("none where claimed by \"TTP\" last 60 days"),
                    "ttp-border", IndicatorParser.parse("count where perpetrator \"TTP\" and within 50 km of border last 90 days")),
            new IndicatorEvaluator(List.of(
                    Facts.on("2024-06-10").by("TTP", Attribution.CLAIMED).at("Bajaur", "PK", "KP", 10, "AF–PK").fact(),
                    Facts.on("2024-07-20").by("TTP").at("Khyber", "PK", "KP", 20, "AF–PK").fact()), Anchors.NONE));

    @Test
    void rulesParseToTheirCanonicalFormAndBack() {
        String[][] gold = {
            {"commitment 1 is kept", "commitment 1 is kept"},
            {"commitment 1 kept or compromise", "commitment 1 is kept or compromise"},
            {"commitment 1 is kept and indicator ttp-border < 2", "all(commitment 1 is kept, indicator ttp-border < 2)"},
            {"ALL(commitment 1 is Kept, Indicator \"ttp-claims\" holds)", "all(commitment 1 is kept, indicator ttp-claims holds)"},
            {"at least 2 of (commitment 1 score >= 2, commitment 2 is in-the-works, indicator ttp-border <= 1)",
                "at least 2 of (commitment 1 score >= 2, commitment 2 is in_the_works, indicator ttp-border <= 1)"},
            {"any(commitment 1 is kept, not commitment 2 is broken) and indicator x >= 0.5",
                "all(any(commitment 1 is kept, not commitment 2 is broken), indicator x >= 0.5)"},
            {"commitment 1 is kept or commitment 2 is kept", "any(commitment 1 is kept, commitment 2 is kept)"},
            {"(commitment 1 is stalled or broken)", "commitment 1 is stalled or broken"},
            {"indicator \"score\" > 3", "indicator \"score\" > 3"},
        };
        for (String[] row : gold) {
            Rule r = ConditionParser.parse(row[0]);
            assertThat(r.toString()).as(row[0]).isEqualTo(row[1]);
            assertThat(ConditionParser.parse(r.toString())).isEqualTo(r);
        }
    }

    @Test
    void badRulesNameTheColumn() {
        Object[][] bad = {
            {"commitment x is kept", 12, "its id"},
            {"commitment 1 is done", 17, "expected a status"},
            {"commitment 1 score >= 5", 23, "0 to 3"},
            {"at least 3 of (commitment 1 is kept, commitment 2 is kept)", 10, "between 1 and 2"},
            {"all(commitment 1 is kept", 25, "close the list"},
            {"indicator ttp-border", 21, "expected a comparison"},
            {"commitment 1 is kept commitment 2 is kept", 22, "after a complete expression"},
            {"investment", 1, "expected a test"},
            {"", 1, "empty"},
        };
        for (Object[] row : bad) {
            SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> ConditionParser.parse((String) row[0]));
            assertThat(e).as((String) row[0]).isNotNull();
            assertThat(e.getMessage()).as((String) row[0]).startsWith("condition, column " + row[1] + ":").contains((String) row[2]);
        }
    }

    @Test
    void randomGarbageEitherParsesOrFailsWithASyntaxError() {
        Random random = new Random(7);
        String[] words = {"all", "any", "at", "least", "of", "(", ")", ",", "not", "and", "or", "commitment", "1", "2",
            "is", "kept", "broken", "score", ">=", "3", "indicator", "x", "\"y\"", "holds", "<", "0.5", "7", "\u2028"};
        String[] valid = {"all", "(", "commitment", "1", "is", "kept", ",", "indicator", "x", "<", "0.5", ")"};
        int parsed = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            if (n % 2 == 0) {
                for (String w : valid) { // a valid rule with words dropped, doubled or replaced
                    int r = random.nextInt(12);
                    s.append(r == 0 ? "" : r == 1 ? w + " " + w : r == 2 ? words[random.nextInt(words.length)] : w).append(' ');
                }
            }
            for (int k = random.nextInt(n % 2 == 0 ? 2 : 10); k > 0; k--) {
                s.append(random.nextInt(15) == 0 ? String.valueOf((char) random.nextInt(0x2100)) : words[random.nextInt(words.length)])
                        .append(' ');
            }
            try {
                Rule r = ConditionParser.parse(s.toString());
                assertThat(ConditionParser.parse(r.toString())).isEqualTo(r);
                parsed++;
            } catch (SyntaxException e) {
                assertThat(e.column()).isPositive();
            }
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void theExplanationSaysWhichPartsHold() {
        Rule rule = ConditionParser.parse("all(commitment 1 is kept, indicator ttp-claims holds, indicator ttp-border < 3)");
        Explanation onSeptember = evaluator.evaluate(rule, LocalDate.of(2024, 9, 1));
        assertThat(onSeptember.holds()).isFalse();
        assertThat(onSeptember.parts()).extracting(Explanation::holds).containsExactly(false, true, true);
        assertThat(onSeptember.parts().get(0).finding()).isEqualTo("'take significant CT actions' is in_the_works since 2024-08-01 (by analyst)");
        assertThat(onSeptember.finding()).isEqualTo("2 of 3 parts hold, 3 needed");
        assertThat(onSeptember.parts().get(2).incidents()).hasSize(2);
        assertThat(onSeptember.lines().get(0)).startsWith("[fails] all(");
        assertThat(onSeptember.lines().get(1)).startsWith("  [fails] commitment 1 is kept");

        Explanation onNovember = evaluator.evaluate(rule, LocalDate.of(2024, 11, 1));
        assertThat(onNovember.holds()).isTrue();
        assertThat(evaluator.evaluate(ConditionParser.parse("at least 1 of (commitment 2 is kept, commitment 1 score >= 3)"),
                LocalDate.of(2024, 11, 1)).holds()).isTrue();
        assertThat(evaluator.evaluate(ConditionParser.parse("commitment 2 score >= 0"), LocalDate.of(2024, 11, 1)).holds())
                .as("an unrated commitment has no score").isFalse();
    }

    @Test
    void theTimelineShowsWhenTheConditionWouldHaveBeenMet() {
        Rule rule = ConditionParser.parse("commitment 1 is kept and indicator ttp-claims holds");
        Timeline t = evaluator.timeline(rule, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31), Period.MONTH);
        assertThat(t.points()).extracting(Timeline.Point::day).contains(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 10, 15),
                LocalDate.of(2024, 12, 31));
        assertThat(t.firstMet()).contains(LocalDate.of(2024, 10, 15));
        assertThat(t.metPeriods()).hasSize(1);
        assertThat(t.metPeriods().get(0).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        Timeline.Point july = t.points().stream().filter(p -> p.day().equals(LocalDate.of(2024, 7, 31))).findFirst().orElseThrow();
        assertThat(july.holds()).isFalse();
        assertThat(july.partsHolding()).as("the claim of June 10 is within 60 days").isZero();
    }

    @Test
    void missingCommitmentsAndIndicatorsAreNamed() {
        Rule rule = ConditionParser.parse("all(commitment 9 is kept, indicator nope < 1)");
        assertThat(evaluator.missing(rule)).containsExactly("commitment 9", "indicator nope");
        assertThatThrownBy(() -> evaluator.evaluate(rule, LocalDate.of(2024, 1, 1)))
                .hasMessage("the condition names commitment 9, indicator nope, which do not exist");
        assertThatThrownBy(() -> evaluator.evaluate(ConditionParser.parse("indicator ttp-border holds"), LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("not a 'none …' test");
    }
}
