package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.accountability.indicator.Filter;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.RateRatio;
import org.borderwatch.core.accountability.Engagement;
import org.borderwatch.core.accountability.EngagementKind;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.store.Database;
import org.borderwatch.web.accountability.ResultJson;
import org.borderwatch.web.accountability.OutcomeJson.EngagementView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "engagements", mixinStandardHelpOptions = true,
        description = "Engagements (delegation, talks, cross-border strike, aid, sanctions) and the incident rates before "
                + "and after them. Without a subcommand, lists them.",
        subcommands = {EngagementsCommand.Suggest.class, EngagementsCommand.Add.class, EngagementsCommand.Confirm.class,
            EngagementsCommand.Reject.class, EngagementsCommand.Effect.class})
final class EngagementsCommand extends Subcommand.Listing {
    @Mixin
    Subcommand.Review review;

    static final List<Column<EngagementView>> COLUMNS = List.of(
            Column.of("id", 4, EngagementView::id),
            Column.of("kind", 19, EngagementView::kind),
            Column.of("date", 21, EngagementView::date),
            Column.of("review", 10, EngagementView::review),
            Column.csv("origin", EngagementView::origin),
            Column.of("parties", 28, v -> String.join("; ", v.parties())),
            Column.csv("document_id", v -> v.evidence() == null ? null : v.evidence().documentId()),
            Column.of("title", 70, EngagementView::title));

    @Override
    public Integer call() {
        OutputFormat out = format();
        Optional<ReviewState> state = review.state();
        try (Database db = open()) {
            List<EngagementView> rows = new Accountability(db).store().engagements().list(state).stream()
                    .map(EngagementView::of).toList();
            print(out, COLUMNS, rows);
            return 0;
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Suggest engagements from the sentences of stored documents that report one.")
    static final class Suggest extends Subcommand {
        @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
        boolean quiet;

        @Override
        public Integer call() {
            try (Database db = parent.store().open(spec.commandLine().getErr(), quiet);
                 Progress progress = Progress.onTerminal(spec.commandLine().getErr(), quiet, "suggesting")) {
                Suggestions.Count c = Suggestions.engagements(db, new Accountability(db), progress);
                progress.close();
                out().println(c.describe("engagements"));
                return 0;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Enter an engagement by hand.")
    static final class Add extends Subcommand.Change {
        @Option(names = "--kind", paramLabel = "KIND", required = true,
                description = "delegation|talks|cross_border_strike|aid|sanctions|other.")
        String kind;

        @Option(names = "--date", paramLabel = "DATE", required = true, description = "YYYY-MM-DD, or YYYY-MM for a month.")
        String date;

        @Option(names = "--title", paramLabel = "TEXT", required = true, description = "What happened.")
        String title;

        @Option(names = "--party", paramLabel = "PARTY", description = "A party to it (repeatable).")
        List<String> parties = new ArrayList<>();

        @Override
        public Integer call() {
            EngagementKind k = AccountabilityOptions.choice("--kind", kind, EngagementKind.class);
            var d = AccountabilityOptions.fuzzyDate("--date", date);
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                long id = a.store().engagements().add(k, title, d, parties.stream().map(a::party).toList(), author.name);
                out().printf("engagement %d: %s on %s%n", id, k.label(), d.iso());
                return 0;
            }
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirm a suggested engagement, giving its date when the text did not.")
    static final class Confirm extends Subcommand.Change {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--date", paramLabel = "DATE", description = "YYYY-MM-DD or YYYY-MM.")
        String date;

        @Option(names = "--title", paramLabel = "TEXT")
        String title;

        @Option(names = "--party", paramLabel = "PARTY", description = "The parties, replacing the suggested ones (repeatable).")
        List<String> parties;

        @Override
        public Integer call() {
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                a.store().engagements().review(id, ReviewState.CONFIRMED,
                        Optional.ofNullable(date).map(d -> AccountabilityOptions.fuzzyDate("--date", d)), Optional.ofNullable(title),
                        Optional.ofNullable(parties).map(p -> p.stream().map(a::party).toList()), author.name);
                out().printf("engagement %d confirmed by %s%n", id, author.name);
                return 0;
            }
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a suggested engagement.")
    static final class Reject extends Subcommand.Change {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try (Database db = open()) {
                new Accountability(db).store().engagements().review(id, ReviewState.REJECTED, Optional.empty(), Optional.empty(),
                        Optional.empty(), author.name);
                out().printf("engagement %d rejected by %s%n", id, author.name);
                return 0;
            }
        }
    }

    @Command(name = "effect", mixinStandardHelpOptions = true,
            description = "Incident rates before and after an engagement, their ratio with an exact 95%% interval, and why "
                    + "that is not a causal effect.")
    static final class Effect extends Subcommand {
        @Mixin
        AccountabilityOptions.AsOf asOf;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--before", paramLabel = "DAYS", defaultValue = "90", description = "Days before (default: ${DEFAULT-VALUE}).")
        int before;

        @Option(names = "--after", paramLabel = "DAYS", defaultValue = "90", description = "Days after (default: ${DEFAULT-VALUE}).")
        int after;

        @Option(names = "--where", paramLabel = "FILTER",
                description = "Which incidents, as after 'where' in an indicator, e.g. 'perpetrator \"TTP\"' (default: all).")
        String where;

        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        record EffectView(long engagement, String kind, String title, String date, ResultJson.ResultView result,
                          List<String> warnings, String caveat) {
        }

        @Override
        public Integer call() {
            if (before < 1 || after < 1) {
                throw new UserError("--before and --after must be at least 1 day");
            }
            Filter filter = where == null ? new Filter.Any() : filter(where);
            try (Database db = open()) {
                Accountability a = new Accountability(db);
                Engagement e = a.store().engagements().find(id).orElseThrow(() -> new UserError("no engagement with id " + id));
                EngagementEffect effect = EngagementEffect.measure(e, filter, before, after, a.evaluator(), asOf.day());
                PrintWriter out = out();
                if (json) {
                    out.println(Json.write(new EffectView(e.id(), e.kind().label(), e.title(), e.date().iso(),
                            ResultJson.ResultView.of(effect.result()), effect.warnings(), EngagementEffect.CAVEAT)));
                } else {
                    RateRatio r = effect.result().ratio();
                    out.printf("engagement %d: %s on %s: %s%n", e.id(), e.kind().label(), e.date().iso(), e.title());
                    out.printf("incidents%s%n", where == null ? "" : " where " + filter);
                    out.printf("  before: %s in %d days (%s), %s per 30 days%n", number(r.reference()), r.referenceDays(),
                            effect.result().reference().range(), RateRatio.format(r.referenceRate()));
                    out.printf("  after:  %s in %d days (%s), %s per 30 days%n", number(r.current()), r.currentDays(),
                            effect.result().current().range(), RateRatio.format(r.currentRate()));
                    out.printf("  rate ratio after/before: %s; %s%n", r.describe(), r.method());
                    effect.warnings().forEach(w -> out.println("  note: " + w));
                    out.println("  " + EngagementEffect.CAVEAT);
                }
                out.flush();
                return 0;
            }
        }

        private static String number(double v) {
            return org.borderwatch.accountability.indicator.Comparison.number(v);
        }
    }

    /** A filter as written after 'where' in an indicator. */
    static Filter filter(String where) {
        Indicator i = IndicatorsCommand.parse("count where " + where);
        if (i.window().isPresent() || i.per().isPresent()) {
            throw new UserError("--where takes only a filter (no window, no 'per'): " + where);
        }
        return i.filter();
    }
}
