package org.borderwatch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.app.eval.Evaluation;
import org.borderwatch.app.eval.Evaluation.GoldSet;
import org.borderwatch.app.eval.Half;
import org.borderwatch.extract.RuleExtractor;
import org.borderwatch.nlp.AnnotationStats;
import org.borderwatch.nlp.CoreNlpAnnotator;
import org.borderwatch.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate extraction against a gold standard: per-field precision, recall, F1 and accuracy,",
            "and a JSON report (eval-SET.json in the current directory unless --report says otherwise).",
            "  isaf    ISAF press releases (JSON lines): date, provinces, killed, captured, event type, target group",
            "  ucdp    UCDP GED rows with headlines (CSV): deaths within low..high, location, non-state side",
            "  plover  PLOVER sentences (JSON array): event type, source and target actors"})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SET", description = "isaf, ucdp or plover.")
    GoldSet set;

    @Option(names = "--gold", paramLabel = "PATH", required = true, description = "The gold-standard file.")
    Path gold;

    @Option(names = "--json", description = "Print the JSON report instead of the table.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Where to write the JSON report (default: eval-SET.json).")
    Path report;

    @Option(names = "--half", paramLabel = "all|tune|check", defaultValue = "all",
            description = {"Score one half of the gold set, split by a hash of each item's id (default: all):",
                "tune on one half while reading its errors, check on the other."})
    String half;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N gold items (of the half).")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Texts annotated at once (default: the number of cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Evaluation.Options options;
        try {
            options = new Evaluation.Options(set, gold, Half.parse(half), limit == null ? Integer.MAX_VALUE : limit, n);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (!Files.isRegularFile(gold)) {
            throw new UserError("no gold file at " + gold);
        }
        Path file = report != null ? report : Path.of("eval-" + set.name().toLowerCase(Locale.ROOT) + ".json");
        Evaluation.Report result;
        AnnotationStats skipped;
        try (Progress progress = Progress.onTerminal(err, quiet, "eval " + set.label())) {
            if (!quiet) {
                progress.message("loading the annotator...");
            }
            // the annotator and relevance filter `borderwatch extract` uses: what users get is what is scored
            NlpConfig config = RegistryEntityPatterns.config();
            CoreNlpAnnotator annotator = new CoreNlpAnnotator(config, ExtractCommand.relevanceFilter(config));
            result = new Evaluation(annotator, new RuleExtractor())
                    .run(options, (done, total) -> progress.update(done, total, done + "/" + total + " texts"));
            skipped = annotator.stats();
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var reportMap = result.toMap();
        reportMap.put("relevanceFilter", java.util.Map.of("sentences", skipped.sentences(),
                "sentencesSkipped", skipped.sentencesSkipped()));
        String reportJson = mapper.writeValueAsString(reportMap);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, reportJson + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
        if (json) {
            out.println(reportJson);
        } else {
            out.print(result.table());
            out.printf(Locale.ROOT, "relevance filter: %d of %d sentences skipped%n", skipped.sentencesSkipped(),
                    skipped.sentences());
            out.println("report written to " + file);
        }
        return 0;
    }
}
