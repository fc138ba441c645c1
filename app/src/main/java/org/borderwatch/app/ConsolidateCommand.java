package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.core.consolidation.ConsolidationStats;
import org.borderwatch.resolve.consolidate.Consolidator;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.resolve.consolidate.MentionActorMatcher;
import org.borderwatch.store.Database;
import org.borderwatch.store.consolidation.ConsolidationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = {"Merge the reports of one real incident (across documents and imported datasets) into one",
            "consolidated incident, respecting every analyst's merge and split. Incremental: only incidents whose",
            "reports changed are rewritten; --full rewrites all (the grouping is the same)."})
final class ConsolidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--full", description = "Rewrite every consolidated incident, not only those that changed.")
    boolean full;

    @Option(names = "--threshold", paramLabel = "SCORE", description = "Match score from which two reports are one "
            + "incident, 0 to 1 (default: ${DEFAULT-VALUE}).", defaultValue = "0.65")
    double threshold;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or status messages.")
    boolean quiet;

    @Override
    public Integer call() {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new UserError("--threshold must be above 0 and at most 1, was " + threshold);
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Database db = store.open(err, quiet)) {
            run(db, new Consolidator(threshold, new MentionActorMatcher()), full, out, err, quiet);
            return 0;
        }
    }

    /** Consolidates and prints the summary; shared with the demo. */
    static ConsolidationStore.Applied run(Database db, Consolidator consolidator, boolean full, PrintWriter out,
                                          PrintWriter err, boolean quiet) {
        ConsolidationStore store = db.consolidation(new GroupReconciler());
        ConsolidationStore.Applied applied;
        try (Progress progress = Progress.onTerminal(err, quiet, "consolidate")) {
            applied = store.consolidate(snapshot -> consolidator.run(snapshot.reports(), snapshot.decisions(),
                            snapshot.previous(), (phase, done, total) -> progress.update(done, total,
                                    phase + " " + done + "/" + total + " reports")),
                    full, status -> {
                        if (!quiet) {
                            progress.message(status + "...");
                        }
                    });
        }
        describe(applied, consolidator.threshold()).forEach(out::println);
        return applied;
    }

    static java.util.List<String> describe(ConsolidationStore.Applied a, double threshold) {
        ConsolidationStats s = a.stats();
        return java.util.List.of(
                String.format(Locale.ROOT, "consolidated %d reports into %d incidents (%d with more than one report)",
                        s.reports(), a.groups(), a.multiReport()),
                String.format(Locale.ROOT, "  %d candidate pairs compared (blocking by date, place and type), %d matched "
                        + "at a score of %.2f or more, %d merges", s.candidatePairs(), s.matches(), threshold,
                        s.machineMerges()),
                String.format(Locale.ROOT, "  written: %d incidents added, %d updated, %d unchanged, %d removed; %d reports"
                        + " assigned", a.added(), a.updated(), a.unchanged(), a.retired(), a.reportsWritten()),
                String.format(Locale.ROOT, "  analysts' decisions: %d respected, %d overridden by a later decision, %d "
                        + "waiting for their reports; %d matches kept apart by a decision, %d by a shared source, %d as too far apart in time or place",
                        s.decisionsApplied(), s.decisionsOverridden(), s.decisionsDormant(), s.keptApart(),
                        s.sameOrigin(), s.incoherent()));
    }
}
