package org.borderwatch.store.accountability;

import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.jdbi.v3.core.Handle;

/**
 * Evidence rows of accountability records' own: a copy of a statement's first evidence, or a span of a
 * document cut from its stored text. Re-extraction removes only the evidence its facts cite, never these.
 */
final class EvidenceCopies {
    private static final String INSERT = """
            INSERT INTO evidence (document_id, span_start, span_end, sentence, quote)
            VALUES (:document, :start, :end, :sentence, :quote) RETURNING id
            """;
    private static final String TEXT = "SELECT text FROM document WHERE id = :id";
    static final String COLUMNS = """
            ev.document_id AS ev_document, ev.span_start AS ev_start, ev.span_end AS ev_end,
            ev.sentence AS ev_sentence, ev.quote AS ev_quote
            """;

    private EvidenceCopies() {
    }

    static Long insert(Handle h, Optional<Evidence> evidence) {
        return evidence.map(e -> h.createQuery(INSERT).bind("document", e.documentId()).bind("start", e.span().start())
                .bind("end", e.span().end()).bind("sentence", e.sentence()).bind("quote", e.quote())
                .mapTo(Long.class).one()).orElse(null);
    }

    /**
     * The words of a document span, checked against the stored text.
     *
     * @throws IllegalArgumentException when the document does not exist or the span does not fit it
     */
    static String quote(Handle h, long documentId, int start, int end) {
        String text = h.createQuery(TEXT).bind("id", documentId).mapTo(String.class).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no document with id " + documentId));
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("span " + start + "-" + end + " does not fit document " + documentId
                    + " (" + text.length() + " characters)");
        }
        return text.substring(start, end);
    }
}
