package org.borderwatch.store.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.store.extraction.Columns;
import org.borderwatch.store.extraction.StatementKeys;
import org.jdbi.v3.core.Handle;

/**
 * Loads statements as the accountability rules read them: parties as registry actors where resolved,
 * else the words naming them; the first evidence; the statement key. Rejected statements are left out.
 */
final class StatementFacts {
    /** The statement key: stable across re-extraction, which gives statements new ids. */
    static final String KEY = StatementKeys.SQL;
    static final String FIRST_EVIDENCE = StatementKeys.FIRST_EVIDENCE;
    private static final String SELECT = """
            SELECT s.id, s.document_id, s.statement_type, s.speaker_id, sa.canonical_name AS speaker_actor,
                   s.speaker_mention, s.speaker_role, s.addressee_id, aa.canonical_name AS addressee_actor,
                   s.addressee_mention, s.proposition, s.quote, s.date_earliest, s.date_latest, s.date_precision,
                   s.negated, s.condition_text, s.voice, d.published_on,
                   e.document_id AS ev_document, e.span_start AS ev_start, e.span_end AS ev_end,
                   e.sentence AS ev_sentence, e.quote AS ev_quote,
            """ + KEY + """
             AS key
            FROM statement s
            JOIN document d ON d.id = s.document_id
            LEFT JOIN actor sa ON sa.id = s.speaker_id
            LEFT JOIN actor aa ON aa.id = s.addressee_id
            """ + FIRST_EVIDENCE;
    private static final String BY_TYPES = SELECT + """
            WHERE s.review_status <> 'REJECTED' AND s.statement_type = ANY(:types)
            ORDER BY s.document_id, s.id
            """;
    private static final String ALL = SELECT + " WHERE s.review_status <> 'REJECTED' ORDER BY s.document_id, s.id";
    private static final String BY_IDS = SELECT + " WHERE s.id = ANY(:ids) ORDER BY s.id";
    private static final String BY_DOCUMENT = SELECT + """
            WHERE s.review_status <> 'REJECTED' AND s.document_id = :document ORDER BY s.id
            """;
    private static final String INCIDENTS = """
            SELECT statement_id, incident_id FROM statement_incident WHERE statement_id = ANY(:ids) ORDER BY incident_id
            """;

    private StatementFacts() {
    }

    static List<StatementFact> ofTypes(Handle handle, List<StatementType> types) {
        List<String> names = types.stream().map(Enum::name).toList();
        return withIncidents(handle, handle.createQuery(BY_TYPES).bindArray("types", String.class, names)
                .map((rs, ctx) -> row(rs)).list());
    }

    static List<StatementFact> all(Handle handle) {
        return withIncidents(handle, handle.createQuery(ALL).map((rs, ctx) -> row(rs)).list());
    }

    static List<StatementFact> byIds(Handle handle, List<Long> ids) {
        return withIncidents(handle, handle.createQuery(BY_IDS).bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> row(rs)).list());
    }

    static List<StatementFact> ofDocument(Handle handle, long documentId) {
        return withIncidents(handle, handle.createQuery(BY_DOCUMENT).bind("document", documentId)
                .map((rs, ctx) -> row(rs)).list());
    }

    private static List<StatementFact> withIncidents(Handle handle, List<StatementFact> all) {
        List<StatementFact> rows = all.stream().filter(java.util.Objects::nonNull).toList();
        Map<Long, List<Long>> incidents = Columns.children(handle, INCIDENTS, rows.stream().map(StatementFact::id).toList(),
                rs -> rs.getLong("incident_id"));
        List<StatementFact> out = new ArrayList<>(rows.size());
        for (StatementFact s : rows) {
            out.add(new StatementFact(s.id(), s.key(), s.type(), s.speaker(), s.speakerRole(), s.addressee(), s.proposition(),
                    s.quote(), s.date(), s.negated(), s.condition(), s.voice(), s.documentId(), s.published(),
                    incidents.getOrDefault(s.id(), List.of()), s.evidence()));
        }
        return out;
    }

    /** The statement, or null for a type the rules do not know (an analyst's own). */
    private static StatementFact row(ResultSet rs) throws SQLException {
        StatementType type;
        try {
            type = StatementType.valueOf(rs.getString("statement_type"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        PartyRef speaker = party(rs, "speaker_id", "speaker_actor", "speaker_mention")
                .orElse(PartyRef.mention("unknown speaker"));
        return new StatementFact(rs.getLong("id"), rs.getString("key"), type,
                speaker, Optional.ofNullable(rs.getString("speaker_role")),
                party(rs, "addressee_id", "addressee_actor", "addressee_mention"),
                Optional.ofNullable(rs.getString("proposition")).orElse(""), Optional.ofNullable(rs.getString("quote")),
                Columns.date(rs), rs.getBoolean("negated"), Optional.ofNullable(rs.getString("condition_text")),
                Voice.valueOf(rs.getString("voice")), rs.getLong("document_id"),
                Optional.ofNullable(rs.getObject("published_on", LocalDate.class)), List.of(), Columns.evidence(rs));
    }

    /** A registry actor when the column holds one, else the mention; empty when neither. */
    static Optional<PartyRef> party(ResultSet rs, String idColumn, String nameColumn, String mentionColumn)
            throws SQLException {
        long id = rs.getLong(idColumn);
        if (!rs.wasNull() && rs.getString(nameColumn) != null) {
            return Optional.of(PartyRef.actor(id, rs.getString(nameColumn)));
        }
        String mention = rs.getString(mentionColumn);
        return mention == null || mention.isBlank() ? Optional.empty() : Optional.of(PartyRef.mention(mention));
    }
}
