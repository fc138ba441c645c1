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
     * Each incident under its strongest-attributed perpetrator, kept on the incident (V12), so the monthly
     * figures are one aggregate over the incidents selected; registry names are looked up per cell.
     */
    private static final String MONTHLY = """
            SELECT m.month, COALESCE(a.canonical_name, m.primary_mention) AS perpetrator, m.incidents, m.killed
            FROM (SELECT to_char(date_trunc('month', inc.date_earliest), 'YYYY-MM') AS month, inc.primary_actor_id,
                         inc.primary_mention, count(*) AS incidents, COALESCE(sum(inc.killed_best), 0) AS killed
                  FROM %1$s %2$s
                  GROUP BY 1, 2, 3) m
            LEFT JOIN actor a ON a.id = m.primary_actor_id
            """;
    private static final String POINTS = """
            SELECT pl.id, pl.name, pl.admin1, pl.country, pl.latitude, pl.longitude, pl.border_km,
                   count(*) AS incidents, COALESCE(sum(inc.killed_best), 0) AS killed, min(inc.cid) AS cid,
                   min(inc.rid) AS rid
            FROM %s %s
            GROUP BY pl.id ORDER BY count(*) DESC, pl.id LIMIT %d
            """;
    private static final String TOTALS = """
            SELECT count(*) AS incidents, COALESCE(sum(inc.report_count), 0) AS reports,
                   COALESCE(sum(inc.killed_best), 0) AS killed,
                   count(*) FILTER (WHERE inc.date_earliest IS NULL) AS undated
            FROM %s %s
            """;
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

    private static Dashboard compute(Handle h, IncidentFilter f) {
        Sql where = IncidentQueries.where(f);
        long[] totals = where.bind(h.createQuery(TOTALS.formatted(IncidentQueries.INCIDENTS, where.where())))
                .map((rs, ctx) -> new long[] {rs.getLong("incidents"), rs.getLong("reports"), rs.getLong("killed"),
                        rs.getLong("undated")}).one();
        long[] other = h.createQuery(OTHER_COUNTS).map((rs, ctx) -> new long[] {rs.getLong("documents"),
                rs.getLong("statements"), rs.getLong("actors")}).one();
        Counts counts = new Counts(totals[0], totals[1], totals[2], other[0], other[1], other[2]);
        Monthly monthly = monthly(h, where);
        Sql located = IncidentQueries.where(f).and("pl.latitude IS NOT NULL");
        List<MapPoint> points = located.bind(h.createQuery(POINTS.formatted(IncidentQueries.INCIDENTS,
                        located.where(), MAX_POINTS)))
                .map((rs, ctx) -> {
                    int n = rs.getInt("incidents");
                    return new MapPoint(rs.getLong("id"), rs.getString("name"), rs.getString("admin1"),
                            rs.getString("country"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                            rs.getObject("border_km", Double.class), n, rs.getInt("killed"),
                            n != 1 ? null : rs.getObject("cid") != null ? "c" + rs.getLong("cid") : "r" + rs.getLong("rid"));
                }).list();
        return new Dashboard(counts, monthly.months, monthly.series, (int) totals[3], points);
    }

    /** As {@link IncidentQueries#PERPETRATOR_NAME} names them: without a leading article; none is unknown. */
    static String name(String mention) {
        return mention == null ? UNKNOWN : mention.strip().replaceFirst("^(?i)the\\s+", "");
    }

    private record Monthly(List<String> months, List<Series> series) {
    }

    private record Cell(String month, String perpetrator, int incidents, int killed) {
    }

    private static Monthly monthly(Handle h, Sql where) {
        String sql = MONTHLY.formatted(IncidentQueries.INCIDENTS, where.where().isEmpty()
                ? "WHERE inc.date_earliest IS NOT NULL\n" : where.where() + "  AND inc.date_earliest IS NOT NULL\n");
        List<Cell> cells = where.bind(h.createQuery(sql)).map((rs, ctx) -> new Cell(rs.getString("month"),
                name(rs.getString("perpetrator")), rs.getInt("incidents"), rs.getInt("killed"))).list();
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
