package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.app.ConsolidatedView.ReportView;
import org.borderwatch.app.FactViews.CountView;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.Database;
import org.borderwatch.store.consolidation.ConsolidatedQuery;
import org.borderwatch.store.consolidation.ConsolidationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "consolidated", mixinStandardHelpOptions = true,
        description = {"List consolidated incidents, newest first, with their reconciled killed and injured and their",
            "reports (key and match score); with an ID, show one: where each field came from, every report with its",
            "source, counts and per-feature match, and notes on analysts' decisions."})
final class ConsolidatedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Show this consolidated incident.")
    Long id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table|csv|json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this incident type (as for 'incidents').")
    String type;

    @Option(names = "--min-reports", paramLabel = "N", defaultValue = "1",
            description = "Only incidents with at least N reports (default: ${DEFAULT-VALUE}).")
    int minReports;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    @Override
    public Integer call() {
        OutputFormat out = OutputFormat.parse(format);
        if (limit < 1 || offset < 0 || minReports < 0) {
            throw new UserError(limit < 1 ? "--limit must be at least 1, was " + limit : offset < 0
                    ? "--offset must be at least 0, was " + offset : "--min-reports must be at least 0, was " + minReports);
        }
        Optional<String> only = FactListOptions.type(type, IncidentType.class);
        PrintWriter w = spec.commandLine().getOut();
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            ConsolidationStore consolidation = db.consolidation(new GroupReconciler());
            if (id != null) {
                ConsolidatedView v = consolidation.find(id).map(ConsolidatedView::of)
                        .orElseThrow(() -> new UserError("no consolidated incident with id " + id));
                if (out == OutputFormat.TABLE) {
                    show(w, v);
                } else {
                    out.print(w, ConsolidatedView.COLUMNS, List.of(v), List.of(v));
                }
                return 0;
            }
            ConsolidatedQuery query = new ConsolidatedQuery(only, minReports, limit, offset);
            List<ConsolidatedView> rows = consolidation.list(query).stream().map(ConsolidatedView::of).toList();
            out.print(w, ConsolidatedView.COLUMNS, rows, rows);
            if (out == OutputFormat.TABLE) {
                long[] reports = consolidation.reportCounts();
                w.printf("(%d of %d consolidated incidents; %d of %d reports consolidated%s)%n", rows.size(),
                        consolidation.count(query), reports[1], reports[0],
                        reports[1] < reports[0] ? ": run 'borderwatch consolidate'" : "");
            }
            return 0;
        }
    }

    private static void show(PrintWriter w, ConsolidatedView v) {
        w.printf("Consolidated incident %d (%s, %s, version %d)%n", v.id(), v.origin(), v.reviewStatus(), v.version());
        field(w, "type", v.type(), v.chosenFrom().get("type"));
        field(w, "date", v.date() == null ? null : v.date() + " (" + v.datePrecision() + ")", v.chosenFrom().get("date"));
        field(w, "place", v.place() == null ? null : v.place().text() + ", " + v.place().country() + ", "
                + v.place().latitude() + ", " + v.place().longitude() + " (" + v.place().precision() + ")"
                + (v.place().borderKm() == null ? "" : ", " + v.place().borderKm() + " km from the "
                + v.place().nearestBorder() + " border"), v.chosenFrom().get("place"));
        field(w, "killed", CountView.text(v.killed()), null);
        field(w, "injured", CountView.text(v.injured()), null);
        w.printf("  reports (%d):%n", v.reports().size());
        for (ReportView r : v.reports()) {
            w.printf("    %s  %s%n", r.key(), r.source());
            w.printf("      %s, %s, %s; killed %s, injured %s%n", r.type(), r.date() == null ? "undated" : r.date(),
                    r.place() == null ? "unplaced" : r.place(), orDash(CountView.text(r.killed())),
                    orDash(CountView.text(r.injured())));
            w.printf("      match: %s%n", r.matchText());
        }
        if (!v.notes().isEmpty()) {
            w.println("  notes:");
            v.notes().forEach(n -> w.println("    " + n));
        }
    }

    private static void field(PrintWriter w, String label, String value, String from) {
        w.printf("  %-8s %s%s%n", label, orDash(value), from == null ? "" : "   (from " + from + ")");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
