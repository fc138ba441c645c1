package org.borderwatch.store.consolidation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.store.extraction.Columns;
import org.borderwatch.store.extraction.StoredPlace;
import org.jdbi.v3.core.Handle;

/** Lists consolidated incidents with their reports, newest first. */
final class ConsolidatedReader {
    private static final String FILTER = """
            WHERE (CAST(:type AS text) IS NULL OR c.incident_type = :type)
              AND c.report_count >= :minReports
              AND (CAST(:id AS bigint) IS NULL OR c.id = :id)
            """;
    private static final String LIST = """
            SELECT c.id, c.incident_type, c.date_earliest, c.date_latest, c.date_precision,
                   c.place_precision AS place_precision,
                   c.killed_low, c.killed_best, c.killed_high, c.injured_low, c.injured_best, c.injured_high,
                   c.report_count, c.fact_origin, c.review_status, c.version,
                   CAST(c.reconciliation AS text) AS reconciliation, CAST(c.notes AS text) AS notes,
                   p.id AS place_id, p.geonames_id AS place_geonames_id, p.name AS place_name,
                   p.country AS place_country, p.admin1 AS place_admin1, p.admin2 AS place_admin2,
                   p.latitude AS place_latitude, p.longitude AS place_longitude, p.border_km AS place_border_km,
                   p.nearest_border AS place_nearest_border
            FROM consolidated_incident c
            LEFT JOIN place p ON p.id = c.place_id
            """ + FILTER + """
            ORDER BY c.date_earliest DESC NULLS LAST, c.id DESC
            LIMIT :limit OFFSET :offset
            """;
    private static final String COUNT = "SELECT count(*) FROM consolidated_incident c " + FILTER;
    private static final String MEMBERS = """
            SELECT i.consolidated_id, i.id, i.report_key, i.incident_type, i.date_earliest, i.date_latest,
                   i.date_precision, i.killed_low, i.killed_best, i.killed_high, i.injured_low, i.injured_best,
                   i.injured_high, i.match_score, CAST(i.match_features AS text) AS match_features, i.document_id,
                   i.source_dataset, i.source_record, p.name AS place_name,
                   d.publisher, d.published_on, d.title
            FROM incident i
            LEFT JOIN place p ON p.id = i.place_id
            LEFT JOIN document d ON d.id = i.document_id
            WHERE i.consolidated_id = ANY(:ids)
            ORDER BY i.consolidated_id, i.match_score IS NOT NULL, i.match_score DESC, i.report_key, i.id
            """;

    private ConsolidatedReader() {
    }

    static long count(Handle handle, ConsolidatedQuery query, Long id) {
        return bind(handle.createQuery(COUNT), query, id).mapTo(Long.class).one();
    }

    static List<StoredConsolidated> list(Handle handle, ConsolidatedQuery query, Long id) {
        List<StoredConsolidated> rows = bind(handle.createQuery(LIST), query, id)
                .bind("limit", query.limit()).bind("offset", query.offset())
                .map((rs, ctx) -> row(rs)).list();
        Map<Long, List<StoredMember>> members = new HashMap<>();
        if (!rows.isEmpty()) {
            handle.createQuery(MEMBERS).bindArray("ids", Long.class, rows.stream().map(StoredConsolidated::id).toList())
                    .map((rs, ctx) -> Map.entry(rs.getLong("consolidated_id"), member(rs)))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        List<StoredConsolidated> out = new ArrayList<>(rows.size());
        for (StoredConsolidated c : rows) {
            out.add(new StoredConsolidated(c.id(), c.type(), c.date(), c.place(), c.killed(), c.injured(),
                    c.reportCount(), c.origin(), c.reviewStatus(), c.version(), members.getOrDefault(c.id(), List.of()),
                    c.chosenFrom(), c.notes()));
        }
        return out;
    }

    private static <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bind(Q q, ConsolidatedQuery query, Long id) {
        return q.bind("type", query.type().orElse(null)).bind("minReports", query.minReports()).bind("id", id);
    }

    @SuppressWarnings("unchecked")
    private static StoredConsolidated row(ResultSet rs) throws SQLException {
        Map<String, Object> reconciliation = ConsolidationJson.readObject(rs.getString("reconciliation"));
        Map<String, String> chosenFrom = new LinkedHashMap<>();
        Object from = reconciliation.get("chosenFrom");
        if (from instanceof Map<?, ?> m) {
            m.forEach((k, v) -> chosenFrom.put(String.valueOf(k), String.valueOf(v)));
        }
        return new StoredConsolidated(rs.getLong("id"), rs.getString("incident_type"), Columns.date(rs), Columns.place(rs),
                Columns.count(rs, "killed"), Columns.count(rs, "injured"), rs.getInt("report_count"),
                FactOrigin.valueOf(rs.getString("fact_origin")), rs.getString("review_status"), rs.getInt("version"),
                List.of(), chosenFrom, ConsolidationJson.readNotes(rs.getString("notes")));
    }


    private static StoredMember member(ResultSet rs) throws SQLException {
        Long document = rs.getObject("document_id", Long.class);
        String source = ReportKeys.label(rs.getString("source_dataset"), rs.getString("source_record"), document,
                rs.getString("publisher"), rs.getObject("published_on", java.time.LocalDate.class), rs.getString("title"));
        return new StoredMember(rs.getLong("id"), rs.getString("report_key"), source, rs.getString("incident_type"),
                Columns.date(rs), Optional.ofNullable(rs.getString("place_name")), Columns.count(rs, "killed"),
                Columns.count(rs, "injured"), Optional.ofNullable(rs.getObject("match_score", Double.class)),
                ConsolidationJson.readObject(rs.getString("match_features")), Optional.ofNullable(document));
    }
}
