package org.borderwatch.store.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.PerpetratorFact;
import org.borderwatch.core.accountability.PlaceFact;
import org.borderwatch.core.accountability.SourceRef;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.store.extraction.Columns;
import org.jdbi.v3.core.Handle;

/**
 * Loads what indicators count: every consolidated incident (the real events) with the perpetrators and
 * sources of its reports, and every report consolidation has not grouped yet. Rejected ones are left out.
 * A perpetrator several reports name is one perpetrator, with the firmest attribution any report gives.
 */
final class IncidentFacts {
    private static final String FIELDS = """
            SELECT x.id, x.incident_type, x.date_earliest, x.date_latest, x.date_precision,
                   x.killed_low, x.killed_best, x.killed_high, x.injured_low, x.injured_best, x.injured_high,
                   p.name AS place_name, p.country, p.admin1, p.admin2, p.latitude, p.longitude, p.border_km,
                   p.nearest_border
            FROM %s x LEFT JOIN place p ON p.id = x.place_id
            WHERE x.review_status <> 'REJECTED' %s
            ORDER BY x.id
            """;
    private static final String CONSOLIDATED = FIELDS.formatted("consolidated_incident", "");
    private static final String UNGROUPED = FIELDS.formatted("incident", "AND x.consolidated_id IS NULL");
    private static final String REPORTS = """
            SELECT %s AS parent, i.id AS report, d.id AS doc_id, d.title, d.published_on, i.source_dataset, i.source_record
            FROM incident i
            LEFT JOIN document d ON d.id = COALESCE(i.document_id,
                    (SELECT min(r.document_id) FROM incident_report r WHERE r.incident_id = i.id))
            WHERE %s = ANY(:ids) AND i.review_status <> 'REJECTED'
            ORDER BY i.id
            """;
    private static final String PERPETRATORS = """
            SELECT %s AS parent, pp.mention, pp.actor_id, a.canonical_name, pp.attribution
            FROM incident_perpetrator pp
            JOIN incident i ON i.id = pp.incident_id
            LEFT JOIN actor a ON a.id = pp.actor_id
            WHERE %s = ANY(:ids) AND i.review_status <> 'REJECTED'
            ORDER BY pp.id
            """;

    private IncidentFacts() {
    }

    static List<IncidentFact> all(Handle handle) {
        List<IncidentFact> out = new ArrayList<>(load(handle, CONSOLIDATED, "i.consolidated_id", IncidentRef.Kind.CONSOLIDATED));
        out.addAll(load(handle, UNGROUPED, "i.id", IncidentRef.Kind.REPORT));
        return out;
    }

    private record Row(long id, String type, Optional<org.borderwatch.core.time.FuzzyDate> date, Optional<PlaceFact> place,
                       Optional<org.borderwatch.core.incident.Count> killed,
                       Optional<org.borderwatch.core.incident.Count> injured) {
    }

    private record Perpetrator(String mention, Long actorId, String actorName, Attribution attribution) {
    }

    private static List<IncidentFact> load(Handle handle, String sql, String parent, IncidentRef.Kind kind) {
        List<Row> rows = handle.createQuery(sql).map((rs, ctx) -> row(rs)).list();
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Long>> reports = new LinkedHashMap<>();
        Map<Long, List<SourceRef>> sources = Columns.children(handle, REPORTS.formatted(parent, parent), ids, rs -> {
            reports.computeIfAbsent(rs.getLong("parent"), k -> new ArrayList<>()).add(rs.getLong("report"));
            return source(rs);
        });
        Map<Long, List<Perpetrator>> perpetrators = Columns.children(handle, PERPETRATORS.formatted(parent, parent), ids, rs ->
                new Perpetrator(rs.getString("mention"), rs.getObject("actor_id", Long.class), rs.getString("canonical_name"),
                        Attribution.valueOf(rs.getString("attribution"))));
        List<Long> actors = perpetrators.values().stream().flatMap(List::stream).map(Perpetrator::actorId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, List<String>> aliases = Columns.children(handle, Registry.GLOBAL_ALIASES, actors, rs -> rs.getString("alias"));
        List<IncidentFact> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<SourceRef> src = sources.getOrDefault(r.id(), List.of());
            out.add(new IncidentFact(new IncidentRef(kind, r.id()), r.type(), r.date(),
                    merged(perpetrators.getOrDefault(r.id(), List.of()), aliases), r.place(), r.killed(), r.injured(),
                    src.stream().distinct().toList(), reports.getOrDefault(r.id(), kind == IncidentRef.Kind.REPORT
                    ? List.of(r.id()) : List.of())));
        }
        return out;
    }

    /** One perpetrator per actor (or per mention when unresolved), with the firmest attribution. */
    private static List<PerpetratorFact> merged(List<Perpetrator> rows, Map<Long, List<String>> aliases) {
        Map<String, PerpetratorFact> byKey = new LinkedHashMap<>();
        for (Perpetrator p : rows) {
            String key = p.actorId() != null ? "actor:" + p.actorId() : "mention:" + PartyRef.normalise(p.mention());
            List<String> names = new ArrayList<>(List.of(p.mention()));
            if (p.actorName() != null) {
                names.add(p.actorName());
                names.addAll(aliases.getOrDefault(p.actorId(), List.of()));
            }
            PerpetratorFact fact = new PerpetratorFact(p.mention(), Optional.ofNullable(p.actorId()), names, p.attribution());
            byKey.merge(key, fact, (a, b) -> Comparator.comparing(PerpetratorFact::attribution).compare(a, b) <= 0 ? a : b);
        }
        return List.copyOf(byKey.values());
    }

    private static SourceRef source(ResultSet rs) throws SQLException {
        long doc = rs.getLong("doc_id");
        boolean hasDoc = !rs.wasNull();
        String dataset = rs.getString("source_dataset");
        if (!hasDoc && dataset == null) {
            return null; // an analyst's own report: its sources are its evidence
        }
        return new SourceRef(hasDoc ? Optional.of(doc) : Optional.empty(), Optional.ofNullable(rs.getString("title")),
                Optional.ofNullable(rs.getObject("published_on", LocalDate.class)), Optional.ofNullable(dataset),
                Optional.ofNullable(rs.getString("source_record")));
    }

    private static Row row(ResultSet rs) throws SQLException {
        Optional<PlaceFact> place = Optional.empty();
        if (rs.getString("place_name") != null) {
            place = Optional.of(new PlaceFact(rs.getString("place_name"), rs.getString("country"), rs.getString("admin1"),
                    rs.getString("admin2"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                    rs.getObject("border_km", Double.class), rs.getString("nearest_border")));
        }
        return new Row(rs.getLong("id"), rs.getString("incident_type"), Columns.date(rs), place,
                Columns.count(rs, "killed"), Columns.count(rs, "injured"));
    }
}
