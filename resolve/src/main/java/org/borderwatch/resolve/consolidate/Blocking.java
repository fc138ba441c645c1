package org.borderwatch.resolve.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.consolidation.ReportPlace;

/**
 * Finds the pairs of reports worth scoring without comparing all pairs. Two reports are candidates when
 * their dates lie at most {@link DateSimilarity#WINDOW_DAYS} days apart and their places are near enough
 * for their precisions: within about one grid cell of {@value #CELL_DEGREES}° (50 km) for two towns, two
 * cells for a district, six for a province (300 km), the same country for a country, anywhere for a
 * report without a place. Reports are indexed by week and, for located ones, grid cell at their own
 * precision; each report looks up only the buckets that can hold its candidates among the reports
 * before it, so every pair is found once. A report with no date, or one wider than a year and a month,
 * has no candidates: only an analyst's decision joins it to another.
 */
final class Blocking {
    static final double CELL_DEGREES = 0.5;
    static final long MAX_WIDTH_DAYS = 400;
    private static final int NONE = 4;
    private static final int COUNTRY = 3;
    /** Cells searched around a report, by the coarser precision of the two (town, district, province). */
    private static final int[][] RADIUS = {{1, 2, 6}, {2, 2, 6}, {6, 6, 6}};

    /** Receives each candidate pair once: the index of the earlier report in the list, then the later. */
    interface PairSink {
        void pair(int earlier, int later);
    }

    private final List<Report> reports;
    private final List<Optional<DateWindow>> windows;
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    private final Map<Long, List<Integer>> countryAll = new HashMap<>();
    private final Map<Long, List<Integer>> countryOnly = new HashMap<>();
    private final Map<Long, List<Integer>> placeless = new HashMap<>();
    private final Map<Long, List<Integer>> everything = new HashMap<>();
    private final Map<String, Integer> countries = new HashMap<>();

    Blocking(List<Report> reports, List<Optional<DateWindow>> windows) {
        this.reports = reports;
        this.windows = windows;
    }

    /** Calls the sink for every candidate pair; returns how many there were. */
    long run(PairSink sink, java.util.function.IntConsumer progress) {
        int[] seen = new int[reports.size()];
        java.util.Arrays.fill(seen, -1);
        long pairs = 0;
        for (int i = 0; i < reports.size(); i++) {
            Optional<DateWindow> w = windows.get(i);
            if (w.isPresent() && w.get().width() <= MAX_WIDTH_DAYS) {
                Located at = located(reports.get(i));
                long firstWeek = week(w.get().earliest() - DateSimilarity.WINDOW_DAYS);
                long lastWeek = week(w.get().latest() + DateSimilarity.WINDOW_DAYS);
                List<List<Integer>> buckets = new ArrayList<>();
                for (long wk = firstWeek; wk <= lastWeek; wk++) {
                    lookUp(at, wk, buckets);
                }
                for (List<Integer> bucket : buckets) {
                    for (int j : bucket) {
                        if (seen[j] == i) {
                            continue;
                        }
                        seen[j] = i;
                        if (windows.get(j).get().gap(w.get()) <= DateSimilarity.WINDOW_DAYS) {
                            sink.pair(j, i);
                            pairs++;
                        }
                    }
                }
                for (long wk = week(w.get().earliest()); wk <= week(w.get().latest()); wk++) {
                    insert(at, wk, i);
                }
            }
            progress.accept(i + 1);
        }
        return pairs;
    }

    /** A report's blocking position: precision level (0 town … 3 country, 4 none), grid cell, country. */
    private record Located(int level, int cellX, int cellY, int country) {
    }

    private Located located(Report r) {
        if (r.place().isEmpty()) {
            return new Located(NONE, 0, 0, -1);
        }
        ReportPlace p = r.place().get();
        int country = p.countryCode() == null ? -1 : countries.computeIfAbsent(p.countryCode(), k -> countries.size());
        if (p.precisionRank() < COUNTRY && p.hasCoordinates()) {
            return new Located(p.precisionRank(), cell(p.longitude() + 180), cell(p.latitude() + 90), country);
        }
        return country < 0 ? new Located(NONE, 0, 0, -1) : new Located(COUNTRY, 0, 0, country);
    }

    private void lookUp(Located at, long wk, List<List<Integer>> out) {
        if (at.level < COUNTRY) {
            for (int level = 0; level < COUNTRY; level++) {
                int radius = RADIUS[at.level][level];
                for (int dx = -radius; dx <= radius; dx++) {
                    for (int dy = -radius; dy <= radius; dy++) {
                        add(out, cells.get(cellKey(level, at.cellX + dx, at.cellY + dy, wk)));
                    }
                }
            }
            if (at.country >= 0) {
                add(out, countryOnly.get(countryKey(at.country, wk)));
            }
            add(out, placeless.get(wk));
        } else if (at.level == COUNTRY) {
            add(out, countryAll.get(countryKey(at.country, wk)));
            add(out, placeless.get(wk));
        } else {
            add(out, everything.get(wk));
        }
    }

    private void insert(Located at, long wk, int i) {
        everything.computeIfAbsent(wk, k -> new ArrayList<>()).add(i);
        if (at.level == NONE) {
            placeless.computeIfAbsent(wk, k -> new ArrayList<>()).add(i);
            return;
        }
        if (at.country >= 0) {
            countryAll.computeIfAbsent(countryKey(at.country, wk), k -> new ArrayList<>()).add(i);
        }
        if (at.level == COUNTRY) {
            countryOnly.computeIfAbsent(countryKey(at.country, wk), k -> new ArrayList<>()).add(i);
        } else {
            cells.computeIfAbsent(cellKey(at.level, at.cellX, at.cellY, wk), k -> new ArrayList<>()).add(i);
        }
    }

    private static void add(List<List<Integer>> out, List<Integer> bucket) {
        if (bucket != null) {
            out.add(bucket);
        }
    }

    private static int cell(double degreesFromOrigin) {
        return (int) Math.floor(degreesFromOrigin / CELL_DEGREES);
    }

    private static long week(long epochDay) {
        return Math.floorDiv(epochDay, 7);
    }

    private static long cellKey(int level, int x, int y, long week) {
        return ((week + (1L << 24)) << 24) | ((long) level << 22) | ((long) (x & 0x7FF) << 11) | (y & 0x7FF);
    }

    private static long countryKey(int country, long week) {
        return ((long) country << 32) | (week + (1L << 24));
    }
}
