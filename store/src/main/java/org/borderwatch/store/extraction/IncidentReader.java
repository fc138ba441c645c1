package org.borderwatch.store.extraction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.VictimGroup;
import org.jdbi.v3.core.Handle;

/** Lists incidents with their document and first evidence, newest first; children in three more queries. */
final class IncidentReader {
    static final String FILTER = """
            WHERE (CAST(:document AS bigint) IS NULL
                   OR i.document_id = :document
                   OR EXISTS (SELECT 1 FROM incident_report r WHERE r.incident_id = i.id AND r.document_id = :document))
              AND (CAST(:type AS text) IS NULL OR i.incident_type = :type)
            """;
    private static final String LIST = """
            SELECT i.id, i.incident_type, i.date_earliest, i.date_latest, i.date_precision,
                   i.killed_low, i.killed_best, i.killed_high, i.injured_low, i.injured_best, i.injured_high,
                   i.captured_low, i.captured_best, i.captured_high, i.fact_origin, i.review_status, i.extractor,
                   p.id AS place_id, p.geonames_id AS place_geonames_id, p.name AS place_name,
                   p.country AS place_country, p.admin1 AS place_admin1, p.admin2 AS place_admin2,
                   p.latitude AS place_latitude, p.longitude AS place_longitude, i.place_precision,
                   p.border_km AS place_border_km, p.nearest_border AS place_nearest_border,
                   d.id AS doc_id, d.title AS doc_title, d.published_on AS doc_published,
                   e.document_id AS ev_document, e.span_start AS ev_start, e.span_end AS ev_end,
                   e.sentence AS ev_sentence, e.quote AS ev_quote
            FROM incident i
            LEFT JOIN place p ON p.id = i.place_id
            LEFT JOIN LATERAL (SELECT ev.* FROM incident_evidence ie JOIN evidence ev ON ev.id = ie.evidence_id
                               WHERE ie.incident_id = i.id ORDER BY ev.id LIMIT 1) e ON true
            LEFT JOIN document d ON d.id = COALESCE(e.document_id, i.document_id,
                    (SELECT min(r.document_id) FROM incident_report r WHERE r.incident_id = i.id))
            """ + FILTER + """
            ORDER BY COALESCE(i.date_earliest, d.published_on) DESC NULLS LAST, i.id DESC
            LIMIT :limit OFFSET :offset
            """;
    private static final String COUNT = "SELECT count(*) FROM incident i " + FILTER;
    private static final String PLACES = """
            SELECT incident_id, mention FROM incident_place_mention WHERE incident_id = ANY(:ids) ORDER BY id
            """;
    private static final String PERPETRATORS = """
            SELECT p.incident_id, p.mention, p.attribution, COALESCE(p.attributed_by_mention, a.canonical_name) AS by
            FROM incident_perpetrator p LEFT JOIN actor a ON a.id = p.attributed_by
            WHERE p.incident_id = ANY(:ids) ORDER BY p.id
            """;
    private static final String VICTIMS = """
            SELECT incident_id, category, nationality, killed_low, killed, killed_high,
                   injured_low, injured, injured_high, captured_low, captured, captured_high
            FROM incident_victim WHERE incident_id = ANY(:ids) ORDER BY id
            """;

    private IncidentReader() {
    }

    static long count(Handle handle, FactQuery query) {
        return bindFilter(handle.createQuery(COUNT), query).mapTo(Long.class).one();
    }

    static List<StoredIncident> list(Handle handle, FactQuery query) {
        List<Row> rows = bindFilter(handle.createQuery(LIST), query)
                .bind("limit", query.limit())
                .bind("offset", query.offset())
                .map((rs, ctx) -> row(rs))
                .list();
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<String>> places = Columns.children(handle, PLACES, ids, rs -> rs.getString("mention"));
        Map<Long, List<StoredPerpetrator>> perpetrators = Columns.children(handle, PERPETRATORS, ids, rs ->
                new StoredPerpetrator(rs.getString("mention"), Attribution.valueOf(rs.getString("attribution")),
                        Optional.ofNullable(rs.getString("by"))));
        Map<Long, List<VictimGroup>> victims = Columns.children(handle, VICTIMS, ids, rs ->
                new VictimGroup(rs.getString("category"), Optional.ofNullable(rs.getString("nationality")),
                        Columns.victimCount(rs, "killed"), Columns.victimCount(rs, "injured"),
                        Columns.victimCount(rs, "captured")));
        List<StoredIncident> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            StoredIncident i = r.incident();
            out.add(new StoredIncident(i.id(), i.source(), i.document(), i.type(), i.date(),
                    places.getOrDefault(i.id(), List.of()), i.place(), perpetrators.getOrDefault(i.id(), List.of()),
                    victims.getOrDefault(i.id(), List.of()), i.killed(), i.injured(), i.captured(), i.evidence()));
        }
        return out;
    }

    static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindFilter(S statement, FactQuery query) {
        return statement.bind("document", query.documentId().orElse(null)).bind("type", query.type().orElse(null));
    }

    private record Row(long id, StoredIncident incident) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        FactSource source = new FactSource(FactOrigin.valueOf(rs.getString("fact_origin")),
                rs.getString("review_status"), Optional.ofNullable(rs.getString("extractor")));
        return new Row(id, new StoredIncident(id, source, Columns.document(rs), rs.getString("incident_type"),
                Columns.date(rs), List.of(), Columns.place(rs), List.of(), List.of(), Columns.count(rs, "killed"),
                Columns.count(rs, "injured"), Columns.count(rs, "captured"), Columns.evidence(rs)));
    }
}
