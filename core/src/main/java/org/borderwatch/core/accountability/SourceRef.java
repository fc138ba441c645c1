package org.borderwatch.core.accountability;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a counted incident comes from: a document it was read from, or a record of an imported dataset.
 *
 * @param dataset and {@code record}: "ucdp" and its event id, for imported reports
 */
public record SourceRef(Optional<Long> documentId, Optional<String> title, Optional<LocalDate> published,
                        Optional<String> dataset, Optional<String> record) {
    public SourceRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(record, "record");
        if (documentId.isEmpty() && dataset.isEmpty()) {
            throw new IllegalArgumentException("a source is a document or a dataset record");
        }
    }

    /** "document 12" or "ucdp 51733". */
    public String label() {
        return documentId.map(id -> "document " + id).orElseGet(() -> dataset.get() + " " + record.orElse("?"));
    }
}
