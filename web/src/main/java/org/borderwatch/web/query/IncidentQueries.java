package org.borderwatch.web.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.IncidentPage;
import org.borderwatch.web.query.Views.PerpetratorRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Incidents as analysts see them: every consolidated incident, and every report that no consolidated
 * incident holds yet (consolidation not run, or a report added since) as an incident of its own. So the
 * API and pages work before and after consolidation; ids say which is which ({@code c12}, {@code r34}).
 */
public final class IncidentQueries {
    /** Attributions strongest first: claimed, attributed, suspected, the rest. */
    static final String STRENGTH =
            "CASE p.attribution WHEN 'CLAIMED' THEN 0 WHEN 'ATTRIBUTED' THEN 1 WHEN 'SUSPECTED' THEN 2 ELSE 3 END";
    /**
     * The perpetrator keys (see V12's {@code perpetrator_keys}) an actor filter looks for: those of the
     * registry actors named so and of the mention itself, with or without an article. Read first and bound
     * as a value, so that the planner sees how common they are.
     */
    private static final String ACTOR_KEYS = """
            SELECT ARRAY(SELECT 'a:' || a.id FROM actor a WHERE %s) || ARRAY['m:' || lower(:actor), 'm:the ' || lower(:actor)]"""
            .formatted(ActorQueries.REGISTRY_MATCH);
    /** The two kinds of incident as one relation {@code inc}; cid or rid is set, never both. */
    public static final String INCIDENTS = """
            (SELECT c.id AS cid, CAST(NULL AS bigint) AS rid, c.id AS oid, 0 AS kind, c.incident_type,
                    c.date_earliest, c.date_latest, c.date_precision, c.place_id, c.place_precision,
                    c.killed_low, c.killed_best, c.killed_high, c.injured_low, c.injured_best, c.injured_high,
                    c.report_count, c.fact_origin, c.review_status, c.version,
                    c.perpetrator_keys, c.primary_actor_id, c.primary_mention, c.border_km
             FROM consolidated_incident c
             UNION ALL
             SELECT NULL, i.id, i.id, 1, i.incident_type, i.date_earliest, i.date_latest, i.date_precision,
                    i.place_id, i.place_precision, i.killed_low, i.killed_best, i.killed_high,
                    i.injured_low, i.injured_best, i.injured_high, 1, i.fact_origin, i.review_status, i.version,
                    ARRAY(SELECT k.key FROM incident_perpetrator p,
                                 LATERAL (VALUES ('m:' || lower(p.mention)), ('a:' || p.actor_id)) AS k(key)
                          WHERE p.incident_id = i.id AND k.key IS NOT NULL),
                    b.actor_id, b.mention, (SELECT border_km FROM place WHERE id = i.place_id)
             FROM incident i
             LEFT JOIN LATERAL (SELECT p.actor_id, p.mention FROM incident_perpetrator p WHERE p.incident_id = i.id
                                ORDER BY %s, p.id LIMIT 1) b ON true
             WHERE i.consolidated_id IS NULL) inc
            LEFT JOIN place pl ON pl.id = inc.place_id
            """.formatted(IncidentQueries.STRENGTH);
    /** The id of an incident of {@link #INCIDENTS}: computed only for the rows a query returns. */
    static final String KEY = "COALESCE('c' || inc.cid, 'r' || inc.rid)";
    /** The incident a report belongs to, as the key {@link #INCIDENTS} gives it. */
    public static final String REPORT_KEY = "CASE WHEN r.consolidated_id IS NOT NULL THEN 'c' || r.consolidated_id ELSE 'r' || r.id END";
    /** A perpetrator's display name: the registry actor's, else the mention without a leading article. */
    static final String PERPETRATOR_NAME = "COALESCE(a.canonical_name, regexp_replace(p.mention, '^(the|The|THE)\\s+', ''))";
    private static final String TEXT_MATCH = ofReports("incident r JOIN document d ON d.id = r.document_id",
            "d.search @@ websearch_to_tsquery('english', :q)");
    private static final String PERPETRATORS = """
            SELECT %s AS key, p.actor_id, %s AS name, p.mention, p.attribution,
                   COALESCE(p.attributed_by_mention, ab.canonical_name) AS attributed_by
            FROM incident r JOIN incident_perpetrator p ON p.incident_id = r.id
            LEFT JOIN actor a ON a.id = p.actor_id
            LEFT JOIN actor ab ON ab.id = p.attributed_by
            WHERE (r.consolidated_id = ANY(:cids) OR r.id = ANY(:rids)) AND r.review_status <> 'REJECTED'
            ORDER BY %s, p.id
            """.formatted(REPORT_KEY, PERPETRATOR_NAME, STRENGTH);

    private final Jdbi jdbi;
    /** Totals by filter and snapshot: counting every incident is the dearest part of a page. */
    private final SnapshotCache<IncidentFilter, Long> totals = new SnapshotCache<>(64);

    /** SQL true for the incidents of {@link #INCIDENTS} that have a report ({@code r}) meeting the condition. */
    private static String ofReports(String from, String condition) {
        return "(inc.cid IN (SELECT r.consolidated_id FROM " + from + " WHERE r.consolidated_id IS NOT NULL AND "
                + condition + ")\n OR inc.rid IN (SELECT r.id FROM " + from + " WHERE r.consolidated_id IS NULL AND "
                + condition + "))";
    }

    public IncidentQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The WHERE clause of a filter over {@link #INCIDENTS}. */
    static Sql where(Handle h, IncidentFilter f) {
        Sql sql = new Sql();
        f.from().ifPresent(d -> sql.and("COALESCE(inc.date_latest, inc.date_earliest) >= :from", "from", d));
        f.to().ifPresent(d -> sql.and("inc.date_earliest <= :to", "to", d));
        f.type().ifPresent(t -> sql.and("inc.incident_type = :type", "type", t));
        f.country().ifPresent(c -> sql.and("pl.country = :country", "country", c));
        f.admin1().ifPresent(a -> sql.and("lower(pl.admin1) = lower(:admin1)", "admin1", a));
        f.borderKm().ifPresent(km -> sql.and("inc.border_km <= :borderKm", "borderKm", km));
        f.place().ifPresent(id -> sql.and("inc.place_id = :place", "place", id));
        f.actor().ifPresent(a -> sql.and("inc.perpetrator_keys && CAST(:actorKeys AS text[])", "actorKeys",
                h.createQuery(ACTOR_KEYS).bind("actor", ActorQueries.bindable(a))
                        .map((rs, ctx) -> (String[]) rs.getArray(1).getArray()).one()));
        f.q().ifPresent(q -> sql.and(TEXT_MATCH, "q", q));
        String status = f.status().orElse(null);
        if (status == null) {
            sql.and("inc.review_status <> 'REJECTED'");
        } else if (!status.equals("all")) {
            sql.and("inc.review_status = CAST(:status AS review_status)", "status", status.toUpperCase(java.util.Locale.ROOT));
        }
        return sql;
    }

    private static String order(String sort) {
        String dir = sort.startsWith("-") ? "DESC" : "ASC";
        // oid: the row's id in its own table, so the default order is that of the two *_newest indexes;
        // kind (constant in each table) orders a report after the consolidated incident of the same id
        return "ORDER BY inc." + Cursor.column(sort) + " " + dir + " NULLS LAST, inc.oid " + dir + ", inc.kind " + dir;
    }

    /**
     * A page of incidents: at an offset, or after a cursor. After a cursor the rows are read from the
     * index in the list's order from the cursor on ({@code (value, id)} compared as a row), then, when the
     * page is not full, the incidents without a value (which sort last).
     */
    public IncidentPage list(IncidentFilter f) {
        return jdbi.inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ, h -> {
            Sql where = where(h, f);
            long total = totals.get(h, f.page(1, 0), () -> where.bind(h.createQuery("SELECT count(*) FROM " + INCIDENTS
                    + where.where())).mapTo(Long.class).one());
            String column = "inc." + Cursor.column(f.sort());
            String order = order(f.sort());
            String cmp = f.sort().startsWith("-") ? "<" : ">";
            List<IncidentSummary> items;
            if (f.after().isEmpty()) {
                items = summaries(h, where, order + " LIMIT :limit OFFSET :offset",
                        Map.of("limit", f.limit(), "offset", f.offset()));
            } else {
                Cursor c = f.after().get();
                if (c.value() != null) {
                    items = new ArrayList<>(summaries(h, where.copy().and("(" + column + ", inc.oid, inc.kind) " + cmp
                            + " (:afterValue, :afterId, :afterKind)", "afterValue", c.bindable(f.sort()))
                            .bind("afterId", c.id()).bind("afterKind", c.report() ? 1 : 0),
                            order + " LIMIT :limit", Map.of("limit", f.limit())));
                    if (items.size() < f.limit()) {
                        items.addAll(summaries(h, where.copy().and(column + " IS NULL"), order + " LIMIT :limit",
                                Map.of("limit", f.limit() - items.size())));
                    }
                } else {
                    items = summaries(h, where.copy().and(column + " IS NULL AND (inc.oid, inc.kind) " + cmp
                            + " (:afterId, :afterKind)", "afterId", c.id()).bind("afterKind", c.report() ? 1 : 0),
                            order + " LIMIT :limit", Map.of("limit", f.limit()));
                }
            }
            Cursor next = items.size() < f.limit() ? null : cursor(h, items.get(items.size() - 1), f.sort());
            return new IncidentPage(total, f.limit(), f.after().isPresent() ? null : f.offset(), items,
                    next == null ? null : next.toString(), null);
        });
    }

    /** How many incidents the filter selects per year of their (earliest) date, undated ones left out. */
    public Map<String, Integer> perYear(IncidentFilter f) {
        return jdbi.withHandle(h -> {
            Sql where = where(h, f).and("inc.date_earliest IS NOT NULL");
            Map<String, Integer> out = new LinkedHashMap<>();
            where.bind(h.createQuery("SELECT to_char(inc.date_earliest, 'YYYY') AS year, count(*) AS n FROM " + INCIDENTS
                    + where.where() + " GROUP BY 1 ORDER BY 1"))
                    .map((rs, ctx) -> Map.entry(rs.getString("year"), rs.getInt("n")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /** The cursor after an incident: its sort value as stored (a summary shows dates rounded to their precision). */
    private static Cursor cursor(Handle h, IncidentSummary last, String sort) {
        Key key = Key.parse(last.id()).orElseThrow();
        String table = key.consolidated() ? "consolidated_incident" : "incident";
        // A report not yet consolidated counts as an incident of one report (as INCIDENTS lists it).
        String column = !key.consolidated() && Cursor.column(sort).equals("report_count") ? "1" : Cursor.column(sort);
        Object value = h.createQuery("SELECT CAST(" + column + " AS text) FROM " + table + " WHERE id = :id")
                .bind("id", key.id()).mapTo(String.class).findOne().orElse(null);
        return new Cursor((String) value, key.id(), !key.consolidated());
    }

    /** One incident by its {@code c}/{@code r} id. A report consolidated since is found as its group. */
    public Optional<IncidentSummary> find(String id) {
        Key key = Key.parse(id).orElse(null);
        if (key == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> {
            String resolved = key.consolidated() ? id : h.createQuery(
                            "SELECT " + REPORT_KEY + " FROM incident r WHERE r.id = :id")
                    .bind("id", key.id()).mapTo(String.class).findOne().orElse(null);
            if (resolved == null) {
                return Optional.empty();
            }
            Key k = Key.parse(resolved).orElseThrow();
            // By the id column of its branch of the union, so the primary key index finds it.
            Sql where = new Sql().and(k.consolidated() ? "inc.cid = :id" : "inc.rid = :id", "id", k.id());
            return summaries(h, where, "", Map.of()).stream().findFirst();
        });
    }

    static List<IncidentSummary> summaries(Handle h, Sql where, String tail, Map<String, Object> extra) {
        var query = h.createQuery("SELECT inc.*, " + KEY + " AS key, " + Rows.PLACE_COLUMNS + " FROM " + INCIDENTS
                + where.where() + tail);
        where.bind(query);
        extra.forEach(query::bind);
        List<IncidentSummary> rows = query.map((rs, ctx) -> summary(rs, List.of())).list();
        Map<String, List<PerpetratorRef>> perpetrators = perpetrators(h, rows.stream().map(IncidentSummary::id).toList());
        List<IncidentSummary> out = new ArrayList<>(rows.size());
        for (IncidentSummary s : rows) {
            out.add(new IncidentSummary(s.id(), s.type(), s.date(), s.datePrecision(), s.place(),
                    perpetrators.getOrDefault(s.id(), List.of()), s.killed(), s.injured(), s.reports(), s.origin(),
                    s.reviewStatus(), s.version()));
        }
        return out;
    }

    private static IncidentSummary summary(ResultSet rs, List<PerpetratorRef> perpetrators) throws SQLException {
        FuzzyDate date = Rows.date(rs);
        return new IncidentSummary(rs.getString("key"), Rows.lower(rs.getString("incident_type")), Rows.iso(date),
                Rows.precision(date), Rows.place(rs, rs.getString("place_precision")), perpetrators,
                Rows.estimate(rs, "killed"), Rows.estimate(rs, "injured"), rs.getInt("report_count"),
                Rows.lower(rs.getString("fact_origin")), Rows.lower(rs.getString("review_status")), rs.getInt("version"));
    }

    private static final String SOURCES = """
            SELECT %s AS key, r.id AS report_id, d.id AS doc_id, d.title AS doc_title, d.published_on AS doc_published,
                   d.publisher AS doc_publisher, d.url, r.source_dataset, r.source_record,
                   (SELECT e.quote FROM incident_evidence ie JOIN evidence e ON e.id = ie.evidence_id
                    WHERE ie.incident_id = r.id ORDER BY e.span_start LIMIT 1) AS quote
            FROM incident r LEFT JOIN document d ON d.id = r.document_id
            WHERE (r.consolidated_id = ANY(:cids) OR r.id = ANY(:rids)) AND r.review_status <> 'REJECTED'
            ORDER BY r.id
            """.formatted(REPORT_KEY);

    /** The sources of the incidents' reports, by incident id. */
    public Map<String, List<Views.Source>> sources(List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Views.Source>> out = new HashMap<>();
        jdbi.useHandle(h -> byReports(h.createQuery(SOURCES), keys)
                .map((rs, ctx) -> Map.entry(rs.getString("key"), new Views.Source(rs.getLong("report_id"),
                        Rows.document(rs), rs.getString("url"), rs.getString("source_dataset") == null ? null
                        : rs.getString("source_dataset") + ":" + rs.getString("source_record"), rs.getString("quote"))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return out;
    }

    /** Binds {@code :cids} and {@code :rids}: the consolidated and the lone-report ids among the keys. */
    static org.jdbi.v3.core.statement.Query byReports(org.jdbi.v3.core.statement.Query query, List<String> keys) {
        List<Long> cids = new ArrayList<>();
        List<Long> rids = new ArrayList<>();
        for (String k : keys) {
            Key key = Key.parse(k).orElseThrow();
            (key.consolidated() ? cids : rids).add(key.id());
        }
        return query.bindArray("cids", Long.class, cids).bindArray("rids", Long.class, rids);
    }

    /** The perpetrators named by the incidents' reports, the strongest attribution first, one per name and status. */
    static Map<String, List<PerpetratorRef>> perpetrators(Handle h, List<String> keys) {
        Map<String, Set<PerpetratorRef>> byKey = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return Map.of();
        }
        byReports(h.createQuery(PERPETRATORS), keys)
                .map((rs, ctx) -> Map.entry(rs.getString("key"), new PerpetratorRef(rs.getString("name"),
                        rs.getObject("actor_id", Long.class), rs.getString("mention"),
                        Rows.lower(rs.getString("attribution")), rs.getString("attributed_by"))))
                .forEach(e -> byKey.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(dedupe(e.getValue())));
        Map<String, List<PerpetratorRef>> out = new HashMap<>();
        byKey.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Two reports naming "the TTP" and "TTP" with the same status are one line. */
    private static PerpetratorRef dedupe(PerpetratorRef p) {
        return new PerpetratorRef(p.name(), p.actorId(), p.name(), p.attribution(), p.attributedBy());
    }

    /** An incident id: {@code c} and a consolidated incident's id, or {@code r} and a report's. */
    public record Key(boolean consolidated, long id) {
        public static Optional<Key> parse(String s) {
            if (s == null || s.length() < 2 || s.length() > 20 || (s.charAt(0) != 'c' && s.charAt(0) != 'r')) {
                return Optional.empty();
            }
            try {
                long id = Long.parseLong(s.substring(1));
                return id > 0 ? Optional.of(new Key(s.charAt(0) == 'c', id)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** A consolidated incident's id as an analyst may type it: {@code c12}, or just {@code 12}. */
        public static Optional<Long> consolidatedId(String s) {
            String t = s == null ? "" : s.strip();
            return parse(!t.isEmpty() && Character.isDigit(t.charAt(0)) ? "c" + t : t).filter(Key::consolidated)
                    .map(Key::id);
        }

        @Override
        public String toString() {
            return (consolidated ? "c" : "r") + id;
        }
    }
}
