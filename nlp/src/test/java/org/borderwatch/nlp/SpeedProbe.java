package org.borderwatch.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.borderwatch.core.annotation.SentenceFilter;

/**
 * Not a test: measures tokens per second of plain CoreNLP against our annotator (every sentence, and
 * behind a conflict-vocabulary filter) on ISAF press releases, on a fixed number of threads. From the
 * module directory:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat cp.txt) org.borderwatch.nlp.SpeedProbe \
 *     [docs=50] [threads=2] [setting=value...]
 * </pre>
 * where settings are {@link NlpConfig#fromMap} keys, e.g. {@code depparse=false}.
 */
public final class SpeedProbe {
    private static final Path DATA = Path.of("../../shared/data/eval/isaf-press-releases-dev.jsonl");
    private static final LocalDate DATE = LocalDate.of(2013, 1, 25);
    /** A stand-in for extraction's relevance filter: conflict vocabulary and armed actors. */
    private static final Pattern CONFLICT = Pattern.compile("(?i)\\b(attack|kill|killed|bomb|blast|explosi|insurgent"
            + "|militant|Taliban|TTP|detain|arrest|wound|injur|fire|shot|IED|suicide|clash|raid|strike|captur)");

    private SpeedProbe() {
    }

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> texts = read(docs);
        Map<String, String> settings = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            settings.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        NlpConfig config = NlpConfig.fromMap(settings);

        CoreNlpAnnotator ours = new CoreNlpAnnotator(config, SentenceFilter.ALL);
        System.out.printf("our annotator: load %.1f s, heap after load %d MB%n",
                ours.loadTime().toMillis() / 1000.0, heapMb());
        CoreNlpAnnotator filtered = new CoreNlpAnnotator(config, s -> CONFLICT.matcher(s).find());
        BarePipeline bare = CoreNlpAnnotator.bareBaseline(config);
        System.out.printf("bare pipeline: load %.1f s (models shared with ours where settings match), "
                + "heap with both %d MB%n", bare.loadTime().toMillis() / 1000.0, heapMb());

        int tokens = run(texts, threads, t -> bare.annotate(t, DATE)).tokens(); // warms up every model
        run(texts, threads, t -> count(ours, t));
        run(texts, threads, t -> count(filtered, t));
        System.out.printf("%d documents, %d tokens, %d threads%n", texts.size(), tokens, threads);
        // Shared machines make wall time noisy; CPU time per token is the steadier comparison.
        double[] sums = new double[3];
        int rounds = 3;
        for (int round = 1; round <= rounds; round++) {
            Run b = run(texts, threads, t -> bare.annotate(t, DATE));
            Run o = run(texts, threads, t -> count(ours, t));
            Run f = run(texts, threads, t -> count(filtered, t));
            System.out.printf("round %d: bare %s | ours, all sentences %s | ours, conflict filter %s%n",
                    round, b.describe(tokens), o.describe(tokens), f.describe(tokens));
            sums[0] += b.cpuSeconds();
            sums[1] += o.cpuSeconds();
            sums[2] += f.cpuSeconds();
        }
        System.out.printf("CPU time ours/bare: all sentences %.2f, conflict filter %.2f "
                + "(below 1 means ours is faster)%n", sums[1] / sums[0], sums[2] / sums[0]);
        System.out.println("filter: " + filtered.stats());
        System.out.printf("heap at end %d MB%n", heapMb());
    }

    /** One pass over the documents: wall time and the CPU time of the worker threads. */
    private record Run(int tokens, double wallSeconds, double cpuSeconds) {
        String describe(int documentTokens) {
            return String.format("%.0f tok/s wall, %.0f tok per CPU-s", documentTokens / wallSeconds,
                    documentTokens / cpuSeconds);
        }
    }

    private static int count(CoreNlpAnnotator annotator, String text) {
        return annotator.annotate(0, text, Optional.of(DATE)).sentences().stream()
                .mapToInt(s -> s.tokens().size()).sum();
    }

    private static Run run(List<String> texts, int threads, ToIntFunction<String> work) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger tokens = new AtomicInteger();
        DoubleAdder cpuNanos = new DoubleAdder();
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(pool.submit(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    tokens.addAndGet(work.applyAsInt(text));
                    cpuNanos.add(cpu.getCurrentThreadCpuTime() - before);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(tokens.get(), (System.nanoTime() - start) / 1e9, cpuNanos.sum() / 1e9);
    }

    private static List<String> read(int docs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(DATA)) {
            for (String line; texts.size() < docs && (line = in.readLine()) != null; ) {
                JsonNode text = json.readTree(line).get("text");
                if (text != null && !text.asText().isBlank()) {
                    texts.add(text.asText());
                }
            }
        }
        return texts;
    }

    private static long heapMb() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }
}
