package org.borderwatch.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Annotator;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.extraction.Extractor;

/**
 * Annotates and extracts every gold text, in parallel, keeping input order. A text that fails is
 * recorded with its error and the run goes on: one bad text must not hide the scores of the rest.
 */
final class ExtractionRun {
    /** What one text gave: its annotation and extraction, or the error that stopped them. */
    record Result(GoldText text, AnnotatedDocument annotated, Extraction extraction, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private final Annotator annotator;
    private final Extractor extractor;
    private final int threads;

    ExtractionRun(Annotator annotator, Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.annotator = annotator;
        this.extractor = extractor;
        this.threads = threads;
    }

    List<Result> run(List<GoldText> texts, ProgressListener progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "eval-extract");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        progress.progress(0, texts.size());
        try {
            List<Future<Result>> futures = new ArrayList<>(texts.size());
            for (GoldText text : texts) {
                futures.add(pool.submit(() -> {
                    Result r = one(text);
                    progress.progress(done.incrementAndGet(), texts.size());
                    return r;
                }));
            }
            List<Result> out = new ArrayList<>(texts.size());
            for (Future<Result> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Result one(GoldText text) {
        try {
            AnnotatedDocument annotated = annotator.annotate(0, text.text(), text.date());
            return new Result(text, annotated, extractor.extract(annotated), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(text, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
