package org.borderwatch.store.extraction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.statement.Voice;
import org.jdbi.v3.core.Handle;

/** Lists statements with their document, first evidence and linked incidents, newest first. */
final class StatementReader {
    private static final String FILTER = """
            WHERE (CAST(:document AS bigint) IS NULL OR s.document_id = :document)
              AND (CAST(:type AS text) IS NULL OR s.statement_type = :type)
            """;
    private static final String LIST = """
            SELECT s.id, s.statement_type, COALESCE(s.speaker_mention, sa.canonical_name) AS speaker, s.speaker_role,
                   COALESCE(s.addressee_mention, aa.canonical_name) AS addressee, s.addressee_role,
                   s.proposition, s.quote, s.date_earliest, s.date_latest, s.date_precision, s.negated,
                   s.condition_text, s.voice, s.fact_origin, s.review_status, s.extractor,
                   d.id AS doc_id, d.title AS doc_title, d.published_on AS doc_published,
                   e.document_id AS ev_document, e.span_start AS ev_start, e.span_end AS ev_end,
                   e.sentence AS ev_sentence, e.quote AS ev_quote
            FROM statement s
            JOIN document d ON d.id = s.document_id
            LEFT JOIN actor sa ON sa.id = s.speaker_id
            LEFT JOIN actor aa ON aa.id = s.addressee_id
            LEFT JOIN LATERAL (SELECT ev.* FROM statement_evidence se JOIN evidence ev ON ev.id = se.evidence_id
                               WHERE se.statement_id = s.id ORDER BY ev.id LIMIT 1) e ON true
            """ + FILTER + """
            ORDER BY COALESCE(s.date_earliest, d.published_on) DESC NULLS LAST, s.id DESC
            LIMIT :limit OFFSET :offset
            """;
    private static final String COUNT = "SELECT count(*) FROM statement s " + FILTER;
    private static final String INCIDENTS = """
            SELECT statement_id, incident_id FROM statement_incident
            WHERE statement_id = ANY(:ids) ORDER BY incident_id
            """;

    private StatementReader() {
    }

    static long count(Handle handle, FactQuery query) {
        return IncidentReader.bindFilter(handle.createQuery(COUNT), query).mapTo(Long.class).one();
    }

    static List<StoredStatement> list(Handle handle, FactQuery query) {
        List<StoredStatement> rows = IncidentReader.bindFilter(handle.createQuery(LIST), query)
                .bind("limit", query.limit())
                .bind("offset", query.offset())
                .map((rs, ctx) -> row(rs))
                .list();
        Map<Long, List<Long>> incidents = Columns.children(handle, INCIDENTS,
                rows.stream().map(StoredStatement::id).toList(), rs -> rs.getLong("incident_id"));
        List<StoredStatement> out = new ArrayList<>(rows.size());
        for (StoredStatement s : rows) {
            out.add(new StoredStatement(s.id(), s.source(), s.document(), s.type(), s.speaker(), s.speakerRole(),
                    s.addressee(), s.addresseeRole(), s.proposition(), s.quote(), s.date(), s.negated(),
                    s.condition(), s.voice(), incidents.getOrDefault(s.id(), List.of()), s.evidence()));
        }
        return out;
    }

    private static StoredStatement row(ResultSet rs) throws SQLException {
        FactSource source = new FactSource(FactOrigin.valueOf(rs.getString("fact_origin")),
                rs.getString("review_status"), Optional.ofNullable(rs.getString("extractor")));
        DocumentRef document = new DocumentRef(rs.getLong("doc_id"), Optional.ofNullable(rs.getString("doc_title")),
                Optional.ofNullable(rs.getObject("doc_published", LocalDate.class)));
        return new StoredStatement(rs.getLong("id"), source, document, rs.getString("statement_type"),
                Columns.text(rs, "speaker"), Columns.text(rs, "speaker_role"),
                Columns.text(rs, "addressee"), Columns.text(rs, "addressee_role"),
                Columns.text(rs, "proposition"), Columns.text(rs, "quote"), Columns.date(rs),
                rs.getBoolean("negated"), Columns.text(rs, "condition_text"), Voice.valueOf(rs.getString("voice")),
                List.of(), Columns.evidence(rs));
    }
}
