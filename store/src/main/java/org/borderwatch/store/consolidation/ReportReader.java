package org.borderwatch.store.consolidation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.consolidation.ActorRef;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.consolidation.ReportPlace;
import org.borderwatch.store.extraction.Columns;
import org.jdbi.v3.core.Handle;

/**
 * Reads stored incidents as the reports consolidation works on: one query for the reports with their
 * place and document, one for their perpetrators. A report stored before report keys existed gets
 * its key computed as V7 defines it (and the next write stores it).
 */
final class ReportReader {
    private static final String SELECT = """
            SELECT i.id, i.report_key, i.incident_type, i.date_earliest, i.date_latest, i.date_precision,
                   i.killed_low, i.killed_best, i.killed_high, i.injured_low, i.injured_best, i.injured_high,
                   i.consolidated_id, i.source_dataset, i.source_record, i.document_id,
                   COALESCE(i.place_precision, p.precision) AS place_precision,
                   p.id AS place_id, p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1,
                   p.admin2 AS place_admin2, p.latitude AS place_latitude, p.longitude AS place_longitude,
                   d.published_on AS doc_published, d.publisher AS doc_publisher, d.title AS doc_title,
                   CASE WHEN i.report_key IS NULL AND i.source_dataset IS NULL AND i.document_id IS NOT NULL THEN
                       (SELECT e.span_start FROM incident_evidence ie JOIN evidence e ON e.id = ie.evidence_id
                        WHERE ie.incident_id = i.id ORDER BY e.id LIMIT 1)
                   END AS first_offset
            FROM incident i
            LEFT JOIN place p ON p.id = i.place_id
            LEFT JOIN document d ON d.id = i.document_id
            """;
    private static final String PERPETRATORS = """
            SELECT incident_id, actor_id, mention FROM incident_perpetrator WHERE incident_id = ANY(:ids)
            ORDER BY incident_id, id
            """;
    private static final String VICTIMS = """
            SELECT incident_id, category FROM incident_victim WHERE incident_id = ANY(:ids)
            ORDER BY incident_id, id
            """;

    private ReportReader() {
    }

    /** Every stored report. */
    static List<Report> all(Handle handle) {
        return read(handle, SELECT + "ORDER BY i.id", null, null);
    }

    /** The reports of the given consolidated incidents. */
    static List<Report> of(Handle handle, List<Long> consolidatedIds) {
        return read(handle, SELECT + "WHERE i.consolidated_id = ANY(:groups) ORDER BY i.id", consolidatedIds, null);
    }

    /** The reports with the given incident ids. */
    static List<Report> byId(Handle handle, List<Long> ids) {
        return read(handle, SELECT + "WHERE i.id = ANY(:reports) ORDER BY i.id", null, ids);
    }

    private static List<Report> read(Handle handle, String sql, List<Long> groups, List<Long> ids) {
        var query = handle.createQuery(sql);
        if (groups != null) {
            query.bindArray("groups", Long.class, groups);
        }
        if (ids != null) {
            query.bindArray("reports", Long.class, ids);
        }
        List<Row> rows = distinctKeys(query.map((rs, ctx) -> row(rs)).list());
        List<Long> only = rows.stream().map(r -> r.id).toList();
        Map<Long, List<ActorRef>> perpetrators = Columns.children(handle, PERPETRATORS, only, rs ->
                new ActorRef(Optional.ofNullable(rs.getObject("actor_id", Long.class)), rs.getString("mention")));
        Map<Long, List<String>> victims = Columns.children(handle, VICTIMS, only, rs -> rs.getString("category"));
        List<Report> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.report(perpetrators.getOrDefault(r.id, List.of()), victims.getOrDefault(r.id, List.of())));
        }
        return out;
    }

    /**
     * Reports stored before keys were written get them computed; two of one document starting at the same
     * offset are told apart as {@link ReportKeys} says, in id (extraction) order.
     */
    private static List<Row> distinctKeys(List<Row> rows) {
        Map<String, Integer> seen = new HashMap<>();
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            int n = r.computedKey ? seen.merge(r.key, 1, Integer::sum) : 1;
            out.add(n == 1 ? r : r.withKey(r.key + "#" + n));
        }
        return out;
    }

    /** A report row before its perpetrators are known. */
    private record Row(long id, String key, boolean computedKey, String origin, String label, String type,
                       Optional<org.borderwatch.core.time.FuzzyDate> date, Optional<LocalDate> published,
                       Optional<ReportPlace> place, Optional<org.borderwatch.core.incident.Count> killed,
                       Optional<org.borderwatch.core.incident.Count> injured, Optional<Long> consolidated) {
        Row withKey(String k) {
            return new Row(id, k, computedKey, origin, label, type, date, published, place, killed, injured, consolidated);
        }

        Report report(List<ActorRef> perpetrators, List<String> victims) {
            return new Report(id, key, origin, label, type, date, published, place, perpetrators, victims, killed,
                    injured, consolidated);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String dataset = rs.getString("source_dataset");
        String record = rs.getString("source_record");
        Long document = rs.getObject("document_id", Long.class);
        LocalDate published = rs.getObject("doc_published", LocalDate.class);
        String stored = rs.getString("report_key");
        String key = stored != null ? stored
                : ReportKeys.of(id, dataset, record, document, rs.getObject("first_offset", Integer.class));
        String origin = dataset != null ? "dataset:" + dataset : document != null ? "doc:" + document : "human:" + id;
        String label = ReportKeys.label(dataset, record, document, rs.getString("doc_publisher"), published,
                rs.getString("doc_title"));
        return new Row(id, key, stored == null, origin, label, rs.getString("incident_type"), Columns.date(rs),
                dataset != null ? Optional.empty() : Optional.ofNullable(published), place(rs),
                Columns.count(rs, "killed"), Columns.count(rs, "injured"),
                Optional.ofNullable(rs.getObject("consolidated_id", Long.class)));
    }

    private static Optional<ReportPlace> place(ResultSet rs) throws SQLException {
        long id = rs.getLong("place_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        Double lat = rs.getObject("place_latitude", Double.class);
        Double lon = rs.getObject("place_longitude", Double.class);
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
        String precision = rs.getString("place_precision");
        if (precision == null) {
            precision = lat != null ? "TOWN" : "COUNTRY";
        }
        return Optional.of(new ReportPlace(id, rs.getString("place_name"), rs.getString("place_country"),
                rs.getString("place_admin1"), rs.getString("place_admin2"), lat, lon, precision));
    }
}
