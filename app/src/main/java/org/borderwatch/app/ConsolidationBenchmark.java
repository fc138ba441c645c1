package org.borderwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.resolve.consolidate.Consolidator;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.Database;
import org.borderwatch.store.DatabaseConfig;
import org.borderwatch.store.consolidation.ConsolidationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Consolidation's scaling on a throw-away embedded database: the same realistic synthetic corpus
 * ({@link SyntheticReports}) at two sizes, consolidated from scratch (read, block, score, group,
 * reconcile, write) and then again with nothing changed, in one run. Reports the times, the ratio of the
 * large to the small run, and the pairwise precision and recall against the events the reports were
 * generated from.
 */
@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = "Measure consolidation time at two corpus sizes (default 10,000 and 100,000 reports) and their ratio.")
final class ConsolidationBenchmark implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--small", defaultValue = "10000", description = "Reports in the small run (default: ${DEFAULT-VALUE}).")
    int small;

    @Option(names = "--large", defaultValue = "100000", description = "Reports in the large run (default: ${DEFAULT-VALUE}).")
    int large;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    record Run(int reports, int incidents, long candidatePairs, double seconds, double rerunSeconds, double precision,
               double recall) {
    }

    @Override
    public Integer call() throws IOException {
        if (small < 1 || large < small) {
            throw new UserError("--small must be at least 1 and --large at least --small");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("borderwatch-bench");
        try (Database db = Database.open(new DatabaseConfig.Embedded(work.resolve("data")), m -> { })) {
            run(db, small, 1); // warm-up at the small size: JIT-compiled code and warm caches before anything is timed
            Run a = run(db, small, 2);
            Run b = run(db, large, 3);
            report(out, a, b);
            return 0;
        } finally {
            try (var paths = Files.walk(work)) {
                for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Run run(Database db, int reports, long seed) {
        db.jdbi().useHandle(h -> h.execute("TRUNCATE incident, consolidated_incident, consolidation_decision, document,"
                + " place, audit_log RESTART IDENTITY CASCADE"));
        SyntheticReports synthetic = new SyntheticReports();
        synthetic.insertPlaces(db);
        int written = synthetic.insertReports(db, reports, seed);
        db.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE"));
        ConsolidationStore store = db.consolidation(new GroupReconciler());
        Consolidator consolidator = new Consolidator();
        long start = System.nanoTime();
        ConsolidationStore.Applied first = store.consolidate(s -> consolidator.run(s.reports(), s.decisions(),
                s.previous(), Consolidator.Listener.NONE), false, m -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ConsolidationStore.Applied again = store.consolidate(s -> consolidator.run(s.reports(), s.decisions(),
                s.previous(), Consolidator.Listener.NONE), false, m -> { });
        double rerun = (System.nanoTime() - start) / 1e9;
        if (again.added() + again.updated() + again.retired() != 0) {
            throw new IllegalStateException("the re-run changed " + (again.added() + again.updated()) + " incidents");
        }
        double[] pr = pairwise(db, synthetic.eventOf);
        return new Run(written, first.groups(), first.stats().candidatePairs(), seconds, rerun, pr[0], pr[1]);
    }

    /** Pairwise precision and recall of the stored grouping against the generated events. */
    private static double[] pairwise(Database db, Map<String, Integer> eventOf) {
        Map<Long, Integer> groupSize = new HashMap<>();
        Map<Integer, Integer> eventSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT report_key, consolidated_id FROM incident")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> {
                    int event = eventOf.get(e.getKey());
                    groupSize.merge(e.getValue(), 1, Integer::sum);
                    eventSize.merge(event, 1, Integer::sum);
                    both.merge(e.getValue() + "|" + event, 1, Integer::sum);
                }));
        double tp = both.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double predicted = groupSize.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double truth = eventSize.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        return new double[] {predicted == 0 ? 1 : tp / predicted, truth == 0 ? 1 : tp / truth};
    }

    private void report(PrintWriter out, Run a, Run b) {
        double ratio = b.seconds() / a.seconds();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Map<String, Object>> runs = new ArrayList<>();
            for (Run r : List.of(a, b)) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("reports", r.reports());
                x.put("incidents", r.incidents());
                x.put("candidatePairs", r.candidatePairs());
                x.put("seconds", r.seconds());
                x.put("rerunSeconds", r.rerunSeconds());
                x.put("pairwisePrecision", r.precision());
                x.put("pairwiseRecall", r.recall());
                runs.add(x);
            }
            m.put("runs", runs);
            m.put("ratio", ratio);
            m.put("sizeRatio", (double) b.reports() / a.reports());
            out.println(Json.write(m));
            return;
        }
        out.printf("synthetic reports, %d events a day, 1-4 reports an event, %d cores%n",
                SyntheticReports.EVENTS_PER_DAY, Runtime.getRuntime().availableProcessors());
        for (Run r : List.of(a, b)) {
            out.printf("  %,8d reports: %,7d incidents, %,9d candidate pairs; first run %7.2f s (%,.0f reports/s), "
                            + "re-run %6.2f s; pairwise precision %.3f, recall %.3f%n", r.reports(), r.incidents(),
                    r.candidatePairs(), r.seconds(), r.reports() / r.seconds(), r.rerunSeconds(), r.precision(), r.recall());
        }
        out.printf("  time ratio %,d / %,d reports: %.1fx for %.0fx the reports (target: at most about 15x)%n",
                b.reports(), a.reports(), ratio, (double) b.reports() / a.reports());
    }
}
