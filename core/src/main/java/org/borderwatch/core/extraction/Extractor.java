package org.borderwatch.core.extraction;

import org.borderwatch.core.annotation.AnnotatedDocument;

/** The extract stage: incidents and statements from an annotated document. Thread-safe, no I/O. */
public interface Extractor {
    Extraction extract(AnnotatedDocument document);

    /** Stored with every machine fact, so a reviewer knows which rules produced it. */
    String version();
}
