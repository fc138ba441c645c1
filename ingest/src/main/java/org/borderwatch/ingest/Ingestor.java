package org.borderwatch.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The ingest stage: reads files, directories (recursively) and .zip archives and hands each document
 * or rejection to a listener. It never stops a batch for one bad input.
 */
public final class Ingestor {
    private final IngestOptions options;

    public Ingestor(IngestOptions options) {
        this.options = options;
    }

    /** Reads every path in order; a path that does not exist is reported as a rejection. */
    public void read(List<Path> paths, IngestListener listener) {
        List<BatchWalker.Item> items = BatchWalker.expand(paths);
        long total = items.stream().mapToLong(BatchWalker.Item::size).sum();
        DocumentAssembler out = new DocumentAssembler(options, listener);
        InputProcessor processor = new InputProcessor(options, out);
        ZipArchiveReader archives = new ZipArchiveReader(options.limits(), out, processor);
        long done = 0;
        listener.progress(done, total);
        for (BatchWalker.Item item : items) {
            if (item.problem() != null) {
                out.reject(item.path().toString(), item.problem());
            } else if (item.archive()) {
                archives.read(item.path());
            } else {
                processor.process(new FileInput(item.path(), item.size()));
            }
            done += item.size();
            listener.progress(done, total);
        }
    }
}
