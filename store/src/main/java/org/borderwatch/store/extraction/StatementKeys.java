package org.borderwatch.store.extraction;

import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementReport;

/**
 * A statement's key, the same after re-extraction gives it a new id: its document, the offset of its first
 * evidence, its type and the offsets of its speaker and addressee. Re-extraction recognises a statement an
 * analyst reviewed by it, and the claim ledger keeps analysts' decisions by it.
 */
public final class StatementKeys {
    /** The key in SQL, over {@code statement s} joined with {@link #FIRST_EVIDENCE} as {@code e}. */
    public static final String SQL = "'doc:' || s.document_id || ':' || COALESCE(e.span_start, -1) || ':' || s.statement_type"
            + " || ':' || COALESCE(s.speaker_start, -1) || ':' || COALESCE(s.addressee_start, -1)";
    public static final String FIRST_EVIDENCE = """
            LEFT JOIN LATERAL (SELECT ev.* FROM statement_evidence se JOIN evidence ev ON ev.id = se.evidence_id
                               WHERE se.statement_id = s.id ORDER BY ev.span_start, ev.id LIMIT 1) e ON true
            """;

    private StatementKeys() {
    }

    /** The key the statement will have once stored in the document: as {@link #SQL} computes it. */
    static String of(long documentId, StatementReport s) {
        int first = s.evidence().stream().mapToInt(Span::start).min().orElse(-1);
        return "doc:" + documentId + ":" + first + ":" + s.type().name() + ":" + s.speaker().span().start() + ":"
                + s.addressee().map(Party::span).map(Span::start).orElse(-1);
    }
}
