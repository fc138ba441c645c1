package org.borderwatch.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.condition.ConditionEvaluator;
import org.borderwatch.accountability.condition.ConditionParser;
import org.borderwatch.accountability.condition.Explanation;
import org.borderwatch.accountability.condition.Rule;
import org.borderwatch.accountability.condition.Timeline;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.accountability.indicator.SyntaxException;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.store.Database;
import org.borderwatch.store.accountability.StoredCondition;
import org.borderwatch.web.accountability.OutcomeJson.ConditionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "conditions", mixinStandardHelpOptions = true,
        description = "Conditions: a measure (an investment tranche, talks, sanctions relief) tied to commitments and "
                + "indicators by a rule (README, \"Conditions\"). Without a subcommand, lists them.",
        subcommands = {ConditionsCommand.Suggest.class, ConditionsCommand.Define.class, ConditionsCommand.Eval.class,
            ConditionsCommand.Confirm.class, ConditionsCommand.Reject.class})
final class ConditionsCommand extends Subcommand.Listing {
    static final List<Column<ConditionView>> COLUMNS = List.of(
            Column.of("id", 4, ConditionView::id),
            Column.of("name", 26, ConditionView::name),
            Column.of("review", 10, ConditionView::review),
            Column.of("measure", 34, ConditionView::measure),
            Column.csv("origin", ConditionView::origin),
            Column.csv("statement", ConditionView::statementId),
            Column.csv("evidence_quote", v -> v.evidence() == null ? null : v.evidence().quote()),
            Column.of("rule", 60, ConditionView::rule));

    @Override
    public Integer call() {
        OutputFormat out = format();
        try (Database db = open()) {
            List<ConditionView> rows = new Accountability(db).store().conditions().list().stream().map(ConditionView::of).toList();
            print(out, COLUMNS, rows);
            return 0;
        }
    }

    static Rule parse(String rule) {
        try {
            return ConditionParser.parse(rule);
        } catch (SyntaxException e) {
            throw new UserError(e.getMessage() + "\n" + e.excerpt());
        }
    }

    static ConditionEvaluator evaluator(Accountability a) {
        Map<Long, Commitment> commitments = new HashMap<>();
        a.store().commitments().list(Optional.empty()).forEach(c -> commitments.put(c.id(), c));
        return new ConditionEvaluator(commitments, a.indicators(), a.evaluator());
    }

    /** The rule, parsed and checked to name only commitments and indicators that exist. */
    static Rule checked(Accountability a, String rule) {
        Rule r = parse(rule);
        List<String> missing = evaluator(a).missing(r);
        if (!missing.isEmpty()) {
            throw new UserError("--rule names " + String.join(", ", missing) + ", which do not exist");
        }
        return r;
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Suggest conditions (and the commitments they wait for) from statements made under a condition.")
    static final class Suggest extends Subcommand {
        @Override
        public Integer call() {
            try (Database db = open()) {
                out().println(Suggestions.conditions(new Accountability(db)).describe("conditions"));
                return 0;
            }
        }
    }

    @Command(name = "define", mixinStandardHelpOptions = true, description = "Define a condition.")
    static final class Define extends Subcommand.Change {
        @Parameters(paramLabel = "NAME", description = "Letters, digits, '-' and '_', e.g. tranche-2.")
        String name;

        @Option(names = "--measure", paramLabel = "TEXT", required = true, description = "What waits for the rule, e.g. "
                + "\"second tranche of the investment\".")
        String measure;

        @Option(names = "--rule", paramLabel = "RULE", required = true,
                description = "e.g. 'all(commitment 3 is kept, indicator ttp-border-90d < 0.5)'.")
        String rule;

        @Override
        public Integer call() {
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                Rule r = checked(a, rule);
                a.store().conditions().define(name, measure.strip(), r.toString(), author.name);
                out().printf("condition %s: %s when %s%n", name, measure.strip(), r);
                return 0;
            }
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Evaluate a condition: which parts hold, and with --timeline when it would have been met.")
    static final class Eval extends Subcommand {
        @Mixin
        AccountabilityOptions.AsOf asOf;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--timeline", description = "Also evaluate it at the end of every step from --from to the --as-of day.")
        boolean timeline;

        @Option(names = "--from", paramLabel = "DATE", description = "Where the timeline starts (default: a year before --as-of).")
        String from;

        @Option(names = "--step", paramLabel = "PERIOD", defaultValue = "month", description = "day|week|month|quarter|year.")
        String step;

        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        record TimelineView(LocalDate firstMet, List<Timeline.Point> points, List<String> metPeriods) {
        }

        record EvalView(String name, String measure, String rule, LocalDate asOf, boolean holds, List<String> explanation,
                        Explanation parts, TimelineView timeline) {
        }

        @Override
        public Integer call() {
            Period period = AccountabilityOptions.choice("--step", step, Period.class);
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                StoredCondition c = a.store().conditions().find(name).orElseThrow(() -> new UserError("no condition named " + name));
                Rule rule = parse(c.rule());
                ConditionEvaluator evaluator = evaluator(a);
                LocalDate day = asOf.day();
                Explanation e = evaluator.evaluate(rule, day);
                TimelineView t = null;
                if (timeline) {
                    LocalDate start = from == null ? day.minusYears(1) : AccountabilityOptions.date("--from", from);
                    Timeline tl = evaluator.timeline(rule, start, day, period);
                    t = new TimelineView(tl.firstMet().orElse(null), tl.points(),
                            tl.metPeriods().stream().map(Object::toString).toList());
                }
                PrintWriter out = out();
                if (json) {
                    out.println(Json.write(new EvalView(c.name(), c.measure(), c.rule(), day, e.holds(), e.lines(), e, t)));
                } else {
                    out.printf("condition %s: %s%nrule: %s%nas of %s the measure %s%n", c.name(), c.measure(), c.rule(), day,
                            e.holds() ? "may go ahead: the rule holds" : "waits: the rule does not hold");
                    e.lines().forEach(l -> out.println("  " + l));
                    if (t != null) {
                        out.println("timeline (" + period.word() + " ends" + "): " + (t.firstMet() == null
                                ? "not met on any day evaluated" : "first met " + t.firstMet() + "; met " + String.join(", ", t.metPeriods())));
                        for (Timeline.Point p : t.points()) {
                            out.printf("  %s %s (%d of %d parts)%n", p.day(), p.holds() ? "met    " : "not met", p.partsHolding(), p.parts());
                        }
                    }
                    if (c.review() == ReviewState.SUGGESTED) {
                        out.println("(a suggestion: confirm it with 'conditions confirm " + c.name() + "')");
                    }
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "Confirm a suggested condition, optionally with a new rule.")
    static final class Confirm extends Subcommand.Change {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--rule", paramLabel = "RULE", description = "A new rule.")
        String rule;

        @Override
        public Integer call() {
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                Optional<String> r = Optional.ofNullable(rule).map(x -> checked(a, x).toString());
                a.store().conditions().review(name, ReviewState.CONFIRMED, r, author.name);
                out().printf("condition %s confirmed by %s%n", name, author.name);
                return 0;
            }
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a suggested condition.")
    static final class Reject extends Subcommand.Change {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Database db = open()) {
                new Accountability(db).store().conditions().review(name, ReviewState.REJECTED, Optional.empty(), author.name);
                out().printf("condition %s rejected by %s%n", name, author.name);
                return 0;
            }
        }
    }
}
