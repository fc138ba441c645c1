package org.borderwatch.core.evidence;

import java.util.Objects;

/**
 * The words a fact came from: a span of a stored document, the sentence it lies in, and the quoted
 * text itself (kept so a fact can be shown even where the document is not loaded).
 */
public record Evidence(long documentId, Span span, int sentence, String quote) {
    public Evidence {
        if (documentId <= 0) {
            throw new IllegalArgumentException("evidence needs a stored document id, was " + documentId);
        }
        Objects.requireNonNull(span, "span");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, was " + sentence);
        }
        Objects.requireNonNull(quote, "quote");
        if (quote.length() != span.length()) {
            throw new IllegalArgumentException(
                    "quote length " + quote.length() + " does not match span " + span);
        }
    }
}
