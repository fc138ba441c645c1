package org.borderwatch.ingest;

import org.borderwatch.core.document.IncomingDocument;

/** Receives what {@link Ingestor} reads, in input order, on the calling thread. */
public interface IngestListener {
    void accepted(IncomingDocument document);

    void rejected(Rejection rejection);

    /** Bytes of input consumed so far out of the total, for progress display. */
    default void progress(long bytesDone, long bytesTotal) {
    }
}
