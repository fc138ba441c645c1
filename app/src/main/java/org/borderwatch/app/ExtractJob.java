package org.borderwatch.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Annotator;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.document.Document;
import org.borderwatch.core.document.DocumentStore;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.extraction.Extractor;
import org.borderwatch.core.place.ResolvedPlace;
import org.borderwatch.resolve.place.IncidentPlacer;
import org.borderwatch.store.extraction.PostgresExtractionStore;
import org.borderwatch.store.actor.LinkReport;
import org.borderwatch.store.extraction.Replaced;

/**
 * Annotates, extracts and stores documents on a pool of threads sharing one annotator. Document ids are
 * read a page at a time and only a few documents per thread are in flight, so memory stays bounded
 * whatever the corpus size. A document that fails is reported and the rest go on.
 */
final class ExtractJob {
    static final int PAGE = 500;

    record Failure(long documentId, String reason) {
    }

    /** The resolve stage for actors, run on a document's stored facts. */
    interface ActorStage {
        /** Leaves actors unresolved: for runs that measure or test extraction alone. */
        ActorStage NONE = id -> new LinkReport(0, 0);

        LinkReport link(long documentId);
    }

    /**
     * @param filtered documents in which the relevance filter refused every sentence
     */
    record Summary(long documents, long incidents, long statements, long filtered, List<Failure> failures) {
        String describe() {
            return plural(documents, "document") + " processed, " + plural(incidents, "incident") + " and "
                    + plural(statements, "statement") + " found"
                    + (failures.isEmpty() ? "" : ", " + plural(failures.size(), "document") + " failed");
        }
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private final DocumentStore documents;
    private final PostgresExtractionStore facts;
    private final Annotator annotator;
    private final Extractor extractor;
    private final int threads;
    private final Progress progress;
    private final Consumer<Failure> onFailure;
    private final int pageSize;
    private final Supplier<IncidentPlacer> placers;
    private final ActorStage actors;

    private final LongAdder done = new LongAdder();
    private final LongAdder incidents = new LongAdder();
    private final LongAdder statements = new LongAdder();
    private final LongAdder filtered = new LongAdder();
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private long total;
    /** Loaded on the first incident with a place (the gazetteer and border data take a second or two). */
    private IncidentPlacer placer;

    ExtractJob(DocumentStore documents, PostgresExtractionStore facts, Annotator annotator, Extractor extractor,
               int threads, Progress progress, Consumer<Failure> onFailure) {
        this(documents, facts, annotator, extractor, threads, progress, onFailure, PAGE);
    }

    ExtractJob(DocumentStore documents, PostgresExtractionStore facts, Annotator annotator, Extractor extractor,
               int threads, Progress progress, Consumer<Failure> onFailure, int pageSize) {
        this(documents, facts, annotator, extractor, threads, progress, onFailure, pageSize, IncidentPlacer::bundled,
                ActorStage.NONE);
    }

    /**
     * @param placers makes the placer, called once, on the first incident with a place
     * @param actors  links the stored facts' mentions to actors
     */
    ExtractJob(DocumentStore documents, PostgresExtractionStore facts, Annotator annotator, Extractor extractor,
               int threads, Progress progress, Consumer<Failure> onFailure, int pageSize,
               Supplier<IncidentPlacer> placers, ActorStage actors) {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, was " + threads);
        }
        this.documents = documents;
        this.facts = facts;
        this.annotator = annotator;
        this.extractor = extractor;
        this.threads = threads;
        this.progress = progress;
        this.onFailure = onFailure;
        this.pageSize = pageSize;
        this.placers = placers;
        this.actors = actors;
    }

    /** Extracts the one document, or every stored document when {@code only} is empty. One run per job. */
    Summary run(Optional<Long> only) {
        return run(only, false);
    }

    /**
     * @param pendingOnly only documents this extractor version has not extracted yet (new documents,
     *                    or documents extracted by older rules)
     */
    Summary run(Optional<Long> only, boolean pendingOnly) {
        total = only.isPresent() ? 1 : pendingOnly ? facts.countPending(extractor.version()) : facts.countExtractable();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        try {
            if (only.isPresent()) {
                submit(pool, inFlight, only.get());
            } else {
                long after = 0;
                for (List<Long> page = page(after, pendingOnly); !page.isEmpty(); page = page(after, pendingOnly)) {
                    for (long id : page) {
                        submit(pool, inFlight, id);
                    }
                    after = page.get(page.size() - 1);
                }
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // the workers report progress themselves
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } finally {
            pool.shutdownNow();
        }
        List<Failure> failed = List.copyOf(failures);
        return new Summary(done.sum() - failed.size(), incidents.sum(), statements.sum(), filtered.sum(), failed);
    }

    private List<Long> page(long after, boolean pendingOnly) {
        return pendingOnly ? facts.pendingDocumentIdsAfter(after, pageSize, extractor.version())
                : facts.documentIdsAfter(after, pageSize);
    }

    private void submit(ExecutorService pool, Semaphore inFlight, long id) throws InterruptedException {
        inFlight.acquire();
        pool.execute(() -> {
            try {
                extract(id);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail(new Failure(id, reason(e)));
            } finally {
                done.increment();
                advance();
                inFlight.release();
            }
        });
    }

    /** One line: the exception's kind and the first line of its message. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** ingest (done) → annotate → extract → resolve places → store → resolve actors on the stored facts. */
    private void extract(long id) {
        Document document = documents.find(id).orElseThrow(() -> new IllegalStateException("no longer stored"));
        AnnotatedDocument annotated = annotator.annotate(id, document.text(), document.provenance().published().value());
        Extraction extraction = extractor.extract(annotated);
        if (extraction.documentId() != id) {
            throw new IllegalStateException("the extractor returned facts for document " + extraction.documentId());
        }
        List<List<Optional<ResolvedPlace>>> places = extraction.incidents().stream().allMatch(i -> i.places().isEmpty())
                ? List.of() : placer().place(annotated, extraction.incidents());
        Replaced replaced = facts.replaceMachineFacts(extraction, annotated.sentences().stream().map(Sentence::span).toList(),
                places);
        actors.link(id);
        incidents.add(replaced.incidentsAdded());
        statements.add(replaced.statementsAdded());
        if (annotated.sentences().stream().allMatch(s -> s.tokens().isEmpty())) {
            filtered.increment();
        }
    }

    private synchronized IncidentPlacer placer() {
        if (placer == null) {
            placer = placers.get();
        }
        return placer;
    }

    private synchronized void fail(Failure failure) {
        failures.add(failure);
        onFailure.accept(failure);
    }

    private synchronized void advance() {
        progress.update(done.sum(), total, done.sum() + "/" + total + " documents, " + incidents.sum() + " incidents, "
                + statements.sum() + " statements" + (failures.isEmpty() ? "" : ", " + failures.size() + " failed"));
    }
}
