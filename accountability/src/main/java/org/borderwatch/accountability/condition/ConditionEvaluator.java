package org.borderwatch.accountability.condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.IndicatorEvaluator;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.accountability.StatusChange;

/**
 * Evaluates condition rules on a day: a commitment part reads the rating in force that day, an
 * indicator part evaluates the stored indicator as of that day. Unrated commitments are
 * {@code not_yet_rated} and have no score, so a score test fails on them.
 */
public final class ConditionEvaluator {
    private final Map<Long, Commitment> commitments;
    private final Map<String, Indicator> indicators;
    private final IndicatorEvaluator evaluator;

    /** @param indicators the stored indicators by name, parsed */
    public ConditionEvaluator(Map<Long, Commitment> commitments, Map<String, Indicator> indicators,
                              IndicatorEvaluator evaluator) {
        this.commitments = Map.copyOf(commitments);
        this.indicators = Map.copyOf(indicators);
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** What the rule names that does not exist, for checking a rule before it is stored; empty when all exist. */
    public List<String> missing(Rule rule) {
        List<String> out = new ArrayList<>();
        collectMissing(rule, out);
        return out;
    }

    private void collectMissing(Rule rule, List<String> out) {
        for (Rule part : parts(rule)) {
            collectMissing(part, out);
        }
        if (rule instanceof Rule.CommitmentIs c && !commitments.containsKey(c.id())) {
            out.add("commitment " + c.id());
        } else if (rule instanceof Rule.CommitmentScore c && !commitments.containsKey(c.id())) {
            out.add("commitment " + c.id());
        } else if (rule instanceof Rule.IndicatorCompare i && !indicators.containsKey(i.name())) {
            out.add("indicator " + i.name());
        } else if (rule instanceof Rule.IndicatorHolds i && !indicators.containsKey(i.name())) {
            out.add("indicator " + i.name());
        }
    }

    /** @throws IllegalArgumentException when the rule names a commitment or indicator that does not exist */
    public Explanation evaluate(Rule rule, LocalDate day) {
        List<String> missing = missing(rule);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the condition names " + String.join(", ", missing)
                    + ", which " + (missing.size() == 1 ? "does" : "do") + " not exist");
        }
        return explain(rule, day);
    }

    private Explanation explain(Rule rule, LocalDate day) {
        if (rule instanceof Rule.All || rule instanceof Rule.Any || rule instanceof Rule.AtLeast) {
            List<Explanation> parts = parts(rule).stream().map(p -> explain(p, day)).toList();
            long holding = parts.stream().filter(Explanation::holds).count();
            int need = rule instanceof Rule.All ? parts.size() : rule instanceof Rule.Any ? 1 : ((Rule.AtLeast) rule).k();
            return new Explanation(rule.toString(), holding >= need, holding + " of " + parts.size() + " parts hold, "
                    + need + " needed", parts, List.of());
        }
        if (rule instanceof Rule.Not n) {
            Explanation inner = explain(n.part(), day);
            return new Explanation(rule.toString(), !inner.holds(), "", List.of(inner), List.of());
        }
        if (rule instanceof Rule.CommitmentIs c) {
            Commitment commitment = commitments.get(c.id());
            CommitmentStatus status = commitment.statusOn(day);
            String since = commitment.ratingOn(day).map(r -> " since " + r.effective() + " (by " + r.author() + ")").orElse("");
            return new Explanation(rule.toString(), c.statuses().contains(status), "'" + commitment.owed() + "' is "
                    + status.label() + since, List.of(), List.of());
        }
        if (rule instanceof Rule.CommitmentScore s) {
            Commitment commitment = commitments.get(s.id());
            Optional<Integer> score = commitment.ratingOn(day).flatMap(StatusChange::score);
            boolean holds = score.map(x -> s.comparison().holds(x, s.score())).orElse(false);
            return new Explanation(rule.toString(), holds, "'" + commitment.owed() + "' has "
                    + score.map(x -> "score " + x).orElse("no score"), List.of(), List.of());
        }
        if (rule instanceof Rule.IndicatorCompare i) {
            IndicatorResult r = evaluator.evaluate(indicators.get(i.name()), day);
            return new Explanation(rule.toString(), i.comparison().holds(r.value(), i.threshold()),
                    "value " + org.borderwatch.accountability.indicator.Comparison.number(r.value()) + " (" + r.summary() + ")",
                    List.of(), r.incidents());
        }
        Rule.IndicatorHolds h = (Rule.IndicatorHolds) rule;
        IndicatorResult r = evaluator.evaluate(indicators.get(h.name()), day);
        if (!(r instanceof IndicatorResult.Absence a)) {
            throw new IllegalArgumentException("indicator " + h.name() + " is not a 'none …' test: compare its value instead");
        }
        return new Explanation(rule.toString(), a.holds(), a.summary(), List.of(), a.incidents());
    }

    /**
     * The rule evaluated at the end of every {@code step} from {@code from} to {@code to}, on {@code to}
     * itself, and on every day a commitment it names changed rating in between.
     */
    public Timeline timeline(Rule rule, LocalDate from, LocalDate to, Period step) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a timeline ends (" + to + ") before it starts (" + from + ")");
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate d = step.bucketStart(from); !d.isAfter(to); d = step.plus(d, 1)) {
            LocalDate end = step.plus(d, 1).minusDays(1);
            if (!end.isBefore(from) && !end.isAfter(to)) {
                days.add(end);
            }
        }
        days.add(to);
        collectRatingDays(rule, from, to, days);
        List<Timeline.Point> points = new ArrayList<>();
        for (LocalDate d : days) {
            Explanation e = evaluate(rule, d);
            long holding = e.parts().stream().filter(Explanation::holds).count();
            points.add(new Timeline.Point(d, e.holds(), e.parts().isEmpty() ? (e.holds() ? 1 : 0) : (int) holding,
                    Math.max(1, e.parts().size())));
        }
        return new Timeline(points);
    }

    private void collectRatingDays(Rule rule, LocalDate from, LocalDate to, TreeSet<LocalDate> days) {
        for (Rule part : parts(rule)) {
            collectRatingDays(part, from, to, days);
        }
        long id = rule instanceof Rule.CommitmentIs c ? c.id() : rule instanceof Rule.CommitmentScore s ? s.id() : -1;
        if (commitments.containsKey(id)) {
            for (StatusChange change : commitments.get(id).history()) {
                if (!change.effective().isBefore(from) && !change.effective().isAfter(to)) {
                    days.add(change.effective());
                }
            }
        }
    }

    private static List<Rule> parts(Rule rule) {
        if (rule instanceof Rule.All a) {
            return a.parts();
        }
        if (rule instanceof Rule.Any a) {
            return a.parts();
        }
        if (rule instanceof Rule.AtLeast a) {
            return a.parts();
        }
        if (rule instanceof Rule.Not n) {
            return List.of(n.part());
        }
        return List.of();
    }
}
