package org.borderwatch.core.annotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document after the annotate stage: what extraction reads. Sentences skipped by the relevance
 * filter are present with their spans but without tokens.
 *
 * @param documentId   the stored document, or 0 for text that is not stored (tests, benchmarks)
 * @param documentDate the date relative expressions were resolved against, if the document has one
 */
public record AnnotatedDocument(
        long documentId,
        String text,
        Optional<LocalDate> documentDate,
        List<Sentence> sentences,
        List<Mention> mentions,
        List<TimeMention> times) {

    public AnnotatedDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        if (documentId < 0) {
            throw new IllegalArgumentException("document id must be >= 0, was " + documentId);
        }
    }

    public String textOf(org.borderwatch.core.evidence.Span span) {
        return span.of(text);
    }
}
