package org.borderwatch.web.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What the dashboard shows for a filter: counts, incidents and deaths per month by perpetrator (each
 * incident under its strongest-attributed perpetrator, so none is counted twice), and incidents per place.
 */
public final class DashboardQueries {
    /** Perpetrators drawn on their own; the rest are summed as "other". */
    static final int TOP_PERPETRATORS = 6;
    static final int MAX_POINTS = 3000;
    public static final String UNKNOWN = "unknown";
    public static final String OTHER = "other";

    public record Counts(long incidents, long reports, long killed, long documents, long statements, long actors) {
    }

    /** One perpetrator's monthly figures, aligned with {@link Dashboard#months()}. */
    public record Series(String perpetrator, int[] incidents, int[] deaths) {
        public int totalIncidents() {
            int n = 0;
            for (int v : incidents) {
                n += v;
            }
            return n;
        }
    }

    /** @param incident the incident's id when the place has only one, so the map can link to it */
    public record MapPoint(long placeId, String name, String admin1, String country, double latitude, double longitude,
                           Double borderKm, int incidents, int killed, String incident) {
    }

    public record Dashboard(Counts counts, List<String> months, List<Series> series, int undated,
                            List<MapPoint> points) {
    }

    /**
     * Every figure in one pass over the incidents selected: grouped by month and strongest-attributed
     * perpetrator (kept on the incident, V12, so none is counted twice), by place, and in total.
     */
    private static final String FIGURES = """
            SELECT GROUPING(x.month, x.primary_actor_id, x.primary_mention) = 0 AS by_month,
                   GROUPING(x.place_id) = 0 AS by_place, x.month, x.primary_actor_id, x.primary_mention, x.place_id,
                   count(*) AS incidents, COALESCE(sum(x.report_count), 0) AS reports,
                   COALESCE(sum(x.killed_best), 0) AS killed, count(*) FILTER (WHERE x.month IS NULL) AS undated,
                   min(x.cid) AS cid, min(x.rid) AS rid
            FROM (SELECT CAST(date_trunc('month', CAST(inc.date_earliest AS timestamp)) AS date) AS month,
                         inc.primary_actor_id, inc.primary_mention, inc.place_id, inc.report_count, inc.killed_best, inc.cid, inc.rid
                  FROM %s %s) x
            GROUP BY GROUPING SETS ((x.month, x.primary_actor_id, x.primary_mention), (x.place_id), ())
            """;
    private static final String PLACES = """
            SELECT id, name, admin1, country, latitude, longitude, border_km FROM place
            WHERE id = ANY(:ids) AND latitude IS NOT NULL
            """;
    private static final String ACTOR_NAMES = "SELECT id, canonical_name FROM actor WHERE id = ANY(:ids)";
    private static final String OTHER_COUNTS = """
            SELECT (SELECT count(*) FROM document) AS documents,
                   (SELECT count(*) FROM statement WHERE review_status <> 'REJECTED') AS statements,
                   (SELECT count(*) FROM actor) AS actors
            """;

    private final Jdbi jdbi;
    private final SnapshotCache<IncidentFilter, Dashboard> cache = new SnapshotCache<>(32);

    public DashboardQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The figures for a filter, computed once per database snapshot (see {@link SnapshotCache}). */
    public Dashboard dashboard(IncidentFilter f) {
        return jdbi.inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ,
                h -> cache.get(h, f, () -> {
                    h.execute("SET LOCAL work_mem = '64MB'");
                    return compute(h, f);
                }));
    }

    /** A row of {@link #FIGURES}: a month's cell, a place's, or the totals. */
    private record Figure(boolean byMonth, boolean byPlace, String month, Long actorId, String mention, Long placeId,
                          long incidents, long reports, long killed, long undated, Long cid, Long rid) {
    }

    private static Dashboard compute(Handle h, IncidentFilter f) {
        Sql where = IncidentQueries.where(h, f);
        List<Figure> figures = where.bind(h.createQuery(FIGURES.formatted(IncidentQueries.INCIDENTS, where.where())))
                .map((rs, ctx) -> new Figure(rs.getBoolean("by_month"), rs.getBoolean("by_place"),
                        rs.getObject("month", java.time.LocalDate.class) == null ? null
                                : YearMonth.from(rs.getObject("month", java.time.LocalDate.class)).toString(),
                        rs.getObject("primary_actor_id", Long.class), rs.getString("primary_mention"),
                        rs.getObject("place_id", Long.class), rs.getLong("incidents"), rs.getLong("reports"),
                        rs.getLong("killed"), rs.getLong("undated"), rs.getObject("cid", Long.class),
                        rs.getObject("rid", Long.class))).list();
        Figure totals = figures.stream().filter(x -> !x.byMonth() && !x.byPlace()).findFirst()
                .orElse(new Figure(false, false, null, null, null, null, 0, 0, 0, 0, null, null));
        long[] other = h.createQuery(OTHER_COUNTS).map((rs, ctx) -> new long[] {rs.getLong("documents"),
                rs.getLong("statements"), rs.getLong("actors")}).one();
        Counts counts = new Counts(totals.incidents(), totals.reports(), totals.killed(), other[0], other[1], other[2]);
        List<Figure> months = figures.stream().filter(x -> x.byMonth() && x.month() != null).toList();
        Map<Long, String> actorNames = new java.util.HashMap<>();
        List<Long> actorIds = months.stream().map(Figure::actorId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!actorIds.isEmpty()) {
            h.createQuery(ACTOR_NAMES).bindArray("ids", Long.class, actorIds)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> actorNames.put(e.getKey(), e.getValue()));
        }
        List<Cell> cells = months.stream().map(x -> new Cell(x.month(), name(x.actorId() != null
                && actorNames.containsKey(x.actorId()) ? actorNames.get(x.actorId()) : x.mention()),
                (int) x.incidents(), (int) x.killed())).toList();
        Monthly monthly = monthly(cells);
        Map<Long, Figure> byPlace = new java.util.HashMap<>();
        figures.stream().filter(x -> x.byPlace() && x.placeId() != null).forEach(x -> byPlace.put(x.placeId(), x));
        List<MapPoint> points = byPlace.isEmpty() ? List.of() : h.createQuery(PLACES)
                .bindArray("ids", Long.class, List.copyOf(byPlace.keySet()))
                .map((rs, ctx) -> {
                    Figure x = byPlace.get(rs.getLong("id"));
                    int n = (int) x.incidents();
                    return new MapPoint(rs.getLong("id"), rs.getString("name"), rs.getString("admin1"),
                            rs.getString("country"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                            rs.getObject("border_km", Double.class), n, (int) x.killed(),
                            n != 1 ? null : x.cid() != null ? "c" + x.cid() : "r" + x.rid());
                }).list().stream()
                .sorted(Comparator.comparingInt(MapPoint::incidents).reversed().thenComparingLong(MapPoint::placeId))
                .limit(MAX_POINTS).toList();
        return new Dashboard(counts, monthly.months, monthly.series, (int) totals.undated(), points);
    }

    /** As {@link IncidentQueries#PERPETRATOR_NAME} names them: without a leading article; none is unknown. */
    static String name(String mention) {
        return mention == null ? UNKNOWN : mention.strip().replaceFirst("^(?i)the\\s+", "");
    }

    private record Monthly(List<String> months, List<Series> series) {
    }

    private record Cell(String month, String perpetrator, int incidents, int killed) {
    }

    private static Monthly monthly(List<Cell> cells) {
        if (cells.isEmpty()) {
            return new Monthly(List.of(), List.of());
        }
        // Names differing only in case ("TTP", "Ttp") are one perpetrator, shown as first seen.
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        YearMonth first = null;
        YearMonth last = null;
        for (Cell c : cells) {
            String k = c.perpetrator().toLowerCase(Locale.ROOT);
            display.putIfAbsent(k, c.perpetrator());
            totals.merge(k, c.incidents(), Integer::sum);
            YearMonth m = YearMonth.parse(c.month());
            first = first == null || m.isBefore(first) ? m : first;
            last = last == null || m.isAfter(last) ? m : last;
        }
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        List<String> top = totals.entrySet().stream()
                .filter(e -> !e.getKey().equals(UNKNOWN))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_PERPETRATORS).map(Map.Entry::getKey).toList();
        Map<String, int[][]> byName = new LinkedHashMap<>();
        top.forEach(k -> byName.put(display.get(k), new int[2][months.size()]));
        for (Cell c : cells) {
            String k = c.perpetrator().toLowerCase(Locale.ROOT);
            String name = top.contains(k) ? display.get(k) : k.equals(UNKNOWN) ? UNKNOWN : OTHER;
            int[][] v = byName.computeIfAbsent(name, n -> new int[2][months.size()]);
            int i = months.indexOf(c.month());
            v[0][i] += c.incidents();
            v[1][i] += c.killed();
        }
        List<Series> series = new ArrayList<>();
        byName.forEach((name, v) -> series.add(new Series(name, v[0], v[1])));
        return new Monthly(months, series);
    }
}
