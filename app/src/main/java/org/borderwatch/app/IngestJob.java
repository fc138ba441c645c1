package org.borderwatch.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.borderwatch.core.document.DocumentStore;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.StoreOutcome;
import org.borderwatch.ingest.IngestListener;
import org.borderwatch.ingest.IngestOptions;
import org.borderwatch.ingest.Ingestor;
import org.borderwatch.ingest.Rejection;

/**
 * Ingest into the store: documents are read in order and stored in batches, each batch one
 * transaction. A crash loses at most the batches in flight, and running the same job again stores them
 * then, since content already stored is recognised by its hash. Storing runs on its own thread so that
 * parsing the next batch overlaps writing the last (two cores: about twice the throughput).
 */
final class IngestJob implements IngestListener {
    private static final int BATCHES_IN_FLIGHT = 2;

    /** What a run did. */
    record Summary(long added, long unchanged, long rejected) {
        String describe() {
            return added + " new, " + unchanged + " already stored (unchanged), " + rejected + " rejected";
        }
    }

    private final DocumentStore store;
    private final int batchSize;
    private final Consumer<Rejection> onRejection;
    private final Progress progress;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            r -> new Thread(r, "ingest-writer"));
    private final ArrayDeque<Future<?>> inFlight = new ArrayDeque<>();
    private List<IncomingDocument> batch = new ArrayList<>();
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private long rejected;

    IngestJob(DocumentStore store, int batchSize, Consumer<Rejection> onRejection, Progress progress) {
        if (batchSize < 1) {
            throw new UserError("--batch-size must be at least 1, was " + batchSize);
        }
        this.store = store;
        this.batchSize = batchSize;
        this.onRejection = onRejection;
        this.progress = progress;
    }

    Summary run(List<Path> paths, IngestOptions options) {
        try {
            new Ingestor(options).read(paths, this);
            flush();
            while (!inFlight.isEmpty()) {
                await(inFlight.poll());
            }
            return new Summary(added.get(), unchanged.get(), rejected);
        } finally {
            writer.shutdownNow();
        }
    }

    @Override
    public void accepted(IncomingDocument document) {
        batch.add(document);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        rejected++;
        onRejection.accept(rejection);
    }

    @Override
    public void progress(long bytesDone, long bytesTotal) {
        progress.update(bytesDone, bytesTotal, added.get() + " new, " + unchanged.get() + " unchanged, "
                + rejected + " rejected");
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<IncomingDocument> full = batch;
        batch = new ArrayList<>();
        while (inFlight.size() >= BATCHES_IN_FLIGHT) {
            await(inFlight.poll());
        }
        inFlight.add(writer.submit(() -> {
            for (StoreOutcome outcome : store.storeAll(full)) {
                (outcome.added() ? added : unchanged).incrementAndGet();
            }
        }));
    }

    private static void await(Future<?> stored) {
        try {
            stored.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing documents", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
