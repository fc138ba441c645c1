package org.borderwatch.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.ingest.Format;
import org.borderwatch.ingest.IngestListener;
import org.borderwatch.ingest.IngestOptions;
import org.borderwatch.ingest.Ingestor;
import org.borderwatch.ingest.Limits;
import org.borderwatch.ingest.Rejection;
import org.borderwatch.store.Database;
import org.borderwatch.store.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Ingest throughput on a throw-away embedded database. Three phases over the same documents, in one
 * run so the machine's noise affects all alike: reading and parsing only; a bare batched INSERT of the
 * parsed rows (the floor a database write costs); and our full ingest. Then the same ingest again,
 * where everything is already stored.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput (documents/s) for realistic news documents, batched.")
final class IngestBenchmark implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "10000", description = "Documents (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--batch-size", defaultValue = "500", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    record Phase(String name, int documents, double seconds) {
        double perSecond() {
            return documents / seconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (docs < 1) {
            throw new UserError("--docs must be at least 1");
        }
        var out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("borderwatch-bench");
        try {
            Path corpus = writeCorpus(work.resolve("corpus.jsonl"));
            long bytes = Files.size(corpus);
            IngestOptions options = new IngestOptions(Format.JSONL, "bench", SourceGrade.F, Map.of(),
                    Limits.DEFAULT, LocalDate.now());
            List<Phase> phases = new ArrayList<>();
            try (Database db = Database.open(new DatabaseConfig.Embedded(work.resolve("data")), m -> { })) {
                parse(corpus, options); // warm-up: JIT-compile the readers before anything is timed
                List<IncomingDocument> parsed = new ArrayList<>();
                phases.add(time("parse only", () -> parsed.addAll(parse(corpus, options))));
                phases.add(time("bare INSERT baseline", () -> BaselineInsert.run(db, parsed, batchSize)));
                phases.add(time("full ingest", () -> ingest(db, corpus, options)));
                phases.add(time("re-ingest (all stored)", () -> ingest(db, corpus, options)));
                if (db.documents().count() != docs) {
                    throw new IllegalStateException("expected " + docs + " stored, found " + db.documents().count());
                }
            }
            report(out, phases, bytes);
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private void report(java.io.PrintWriter out, List<Phase> phases, long bytes) {
        Phase baseline = phases.get(1);
        if (json) {
            out.println(Json.write(Map.of("documents", docs, "corpusBytes", bytes, "batchSize", batchSize,
                    "phases", phases.stream().map(p -> Map.of("phase", p.name(), "seconds", p.seconds(),
                            "docsPerSecond", p.perSecond(), "vsBaseline", p.perSecond() / baseline.perSecond())).toList())));
            return;
        }
        out.printf("%d documents, %.1f MB, batches of %d, %d cores%n", docs, bytes / 1e6, batchSize,
                Runtime.getRuntime().availableProcessors());
        for (Phase p : phases) {
            out.printf("  %-24s %8.2f s %10.0f docs/s  %5.2f x baseline%n", p.name(), p.seconds(), p.perSecond(),
                    p.perSecond() / baseline.perSecond());
        }
    }

    private int ingest(Database db, Path corpus, IngestOptions options) {
        IngestJob.Summary s = new IngestJob(db.documents(), batchSize, r -> {
            throw new IllegalStateException("benchmark input rejected: " + r);
        }, new Progress(spec.commandLine().getErr(), false, "")).run(List.of(corpus), options);
        return (int) (s.added() + s.unchanged());
    }

    private static List<IncomingDocument> parse(Path corpus, IngestOptions options) {
        List<IncomingDocument> parsed = new ArrayList<>();
        new Ingestor(options).read(List.of(corpus), new IngestListener() {
            @Override
            public void accepted(IncomingDocument document) {
                parsed.add(document);
            }

            @Override
            public void rejected(Rejection rejection) {
                throw new IllegalStateException("benchmark input rejected: " + rejection);
            }
        });
        return parsed;
    }

    private Phase time(String name, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return new Phase(name, docs, (System.nanoTime() - start) / 1e9);
    }

    /** Real press-release texts from the demo corpus, each made distinct so none is a duplicate. */
    private Path writeCorpus(Path file) throws IOException {
        List<String> texts = BenchTexts.load();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs; i++) {
                String text = texts.get(i % texts.size()) + "\n\n(Benchmark copy " + i + ".)";
                w.write(Json.compact(Map.of("id", "bench-" + i, "date", "2013-01-25", "title", "Release " + i,
                        "text", text)));
                w.newLine();
            }
        }
        return file;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
