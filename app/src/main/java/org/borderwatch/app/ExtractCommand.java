package org.borderwatch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.borderwatch.core.annotation.SentenceFilter;
import org.borderwatch.extract.RelevanceFilter;
import org.borderwatch.extract.RuleExtractor;
import org.borderwatch.nlp.AnnotationStats;
import org.borderwatch.nlp.CoreNlpAnnotator;
import org.borderwatch.nlp.EntityPattern;
import org.borderwatch.nlp.NlpConfig;
import org.borderwatch.resolve.place.BorderDistance;
import org.borderwatch.resolve.place.IncidentPlacer;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Annotate stored documents and extract their incidents and statements. Extracting a document "
                + "again replaces its machine-extracted facts; facts an analyst entered, corrected or reviewed are "
                + "kept. Exit status 1 when any document failed.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document (default: all stored documents).")
    Long documentId;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel (default: the number of cores).")
    Integer threads;

    @Option(names = "--pending", description = "Only documents these rules have not extracted yet: new ones, "
            + "or ones extracted by an older version of the rules.")
    boolean pending;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or status messages.")
    boolean quiet;

    @Override
    public Integer call() {
        if (threads != null && (threads < 1 || threads > 64)) {
            throw new UserError("--threads must be from 1 to 64, was " + threads);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Database db = store.open(err, quiet)) {
            if (documentId != null && db.documents().find(documentId).isEmpty()) {
                throw new UserError("--doc: no document with id " + documentId);
            }
            return run(db, store.dataDir, out, err, quiet, Optional.ofNullable(documentId), pending, workers).failures().isEmpty() ? 0 : 1;
        }
    }

    /**
     * Annotates, extracts and stores; prints what it did. Shared with the demo. Places are resolved with the
     * gazetteer imported into dataDir (the local data directory, also with an external database) when there is
     * one, else with the bundled one.
     */
    static ExtractJob.Summary run(Database db, Path dataDir, PrintWriter out, PrintWriter err, boolean quiet, Optional<Long> only,
                                  boolean pendingOnly, int workers) {
        ActorLinker actors = ActorLinker.open(db, quiet ? m -> { } : err::println);
        if (pendingOnly && only.isEmpty() && db.extractions().countPending(RuleExtractor.VERSION) == 0) {
            out.println("nothing to extract: every document is extracted by the current rules ("
                    + RuleExtractor.VERSION + ")");
            resolveStaleActors(db, actors, out, err, quiet);
            return new ExtractJob.Summary(0, 0, 0, 0, java.util.List.of());
        }
        CoreNlpAnnotator annotator = annotator();
        if (!quiet) {
            err.printf(Locale.ROOT, "loaded NLP models in %.1f s; annotating on %s%n",
                    annotator.loadTime().toMillis() / 1000.0, ExtractJob.plural(workers, "thread"));
            err.flush();
        }
        ExtractJob.Summary summary;
        try (Progress progress = Progress.onTerminal(err, quiet, "extract")) {
            ExtractJob job = new ExtractJob(db.documents(), db.extractions(), annotator, new RuleExtractor(),
                    workers, progress, f -> progress.message("failed: document " + f.documentId() + ": " + f.reason()),
                    ExtractJob.PAGE, () -> new IncidentPlacer(GazetteerCommand.forDataDir(dataDir), BorderDistance.bundled()),
                    actors);
            summary = job.run(only, pendingOnly);
        }
        db.actors().deleteOrphanCandidates();
        out.println(summary.describe());
        out.println(actors.describe());
        out.println(skipped(annotator.stats(), summary));
        if (only.isEmpty()) {
            resolveStaleActors(db, actors, out, err, quiet);
        }
        return summary;
    }

    /** Documents extracted earlier whose actors were resolved with another registry are resolved again. */
    private static void resolveStaleActors(Database db, ActorLinker actors, PrintWriter out, PrintWriter err, boolean quiet) {
        ActorResolveJob.runPending(db.actors(), actors, err, quiet)
                .ifPresent(s -> out.println("actor registry changed: " + s.describe()));
    }

    /** One annotator for the whole run: the models load once and every thread shares them. */
    private static CoreNlpAnnotator annotator() {
        NlpConfig config = RegistryEntityPatterns.config();
        return new CoreNlpAnnotator(config, relevanceFilter(config));
    }

    /**
     * Sentences without conflict vocabulary or a known actor's name skip the expensive annotators. Two
     * capitals ("IS", "UN") count only as written and beside words in lower case, as the NER takes them.
     */
    static SentenceFilter relevanceFilter(NlpConfig config) {
        Map<Boolean, List<String>> byCase = config.entityPatterns().stream().collect(Collectors.partitioningBy(
                EntityPattern::needsMixedCaseContext, Collectors.mapping(EntityPattern::phrase, Collectors.toList())));
        return new RelevanceFilter(byCase.get(false), byCase.get(true));
    }

    private static String skipped(AnnotationStats stats, ExtractJob.Summary summary) {
        return String.format(Locale.ROOT, "relevance filter: %d of %d sentences skipped (%.0f%% of tokens), "
                        + "%d of %d documents skipped entirely", stats.sentencesSkipped(), stats.sentences(),
                100 * stats.skippedTokenShare(), summary.filtered(), summary.documents());
    }
}
