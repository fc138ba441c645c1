package org.borderwatch.core.document;

import java.time.Instant;
import java.util.Objects;

/** A stored document. Its text is immutable: evidence spans point into it. */
public record Document(long id, Provenance provenance, String text, String sha256, Instant ingestedAt) {
    public Document {
        if (id <= 0) {
            throw new IllegalArgumentException("stored documents have positive ids, was " + id);
        }
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
