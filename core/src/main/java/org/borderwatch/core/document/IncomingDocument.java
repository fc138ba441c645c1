package org.borderwatch.core.document;

import java.util.Objects;

/** A parsed document not yet stored: normalised text, its hash, and provenance. */
public record IncomingDocument(Provenance provenance, String text, String sha256) {
    public IncomingDocument {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a document needs text: " + provenance.origin() + " has none");
        }
    }

    /** Normalises the text and hashes it; the one way documents should be made. */
    public static IncomingDocument of(Provenance provenance, String rawText) {
        String text = ContentHash.normalise(rawText);
        return new IncomingDocument(provenance, text, ContentHash.sha256(text));
    }
}
