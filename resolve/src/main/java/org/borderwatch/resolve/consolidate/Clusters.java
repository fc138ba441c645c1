package org.borderwatch.resolve.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.borderwatch.core.consolidation.Decision;
import org.borderwatch.resolve.place.BorderDistance;

/**
 * Reports joined into groups (union-find), with what keeps groups apart: an analyst's decision that two
 * of their reports are different incidents, two reports of one origin (one document, one dataset), or
 * a group that would no longer hold together. Each group keeps the span of its reports' dates and of
 * its precisely placed reports' coordinates; a machine match may join two groups only if every date of
 * the result still lies within {@link DateSimilarity#WINDOW_DAYS} days of every other and its precise
 * places within {@link #SPREAD_KM} km of each other. Without this, a chain of reports each like the
 * next would join events a week and a province apart.
 */
final class Clusters {
    private final int[] parent;
    private final int[] size;
    private final int[] origin;
    /** Origins of groups of more than one report, by root; a single report's origin is {@link #origin}. */
    private final Map<Integer, Set<Integer>> origins = new HashMap<>();
    /** By root: the roots it must stay apart from and the decision that says so. */
    private final Map<Integer, Map<Integer, Decision>> apart = new HashMap<>();
    /** By root: the latest earliest day and the earliest latest day of its dated reports (Long.MIN/MAX: none). */
    private final long[] latestStart;
    private final long[] earliestEnd;
    /** By root: the bounding box of its town- and district-placed reports (NaN: none). */
    private final double[][] box;
    /** By root: its reports, for groups of more than one. */
    private final Map<Integer, List<Integer>> members = new HashMap<>();

    static final double SPREAD_KM = 60;

    /**
     * @param origin  an id per report; reports with the same id come from one document or dataset
     * @param windows each report's dates, if any
     * @param points  each report's coordinates {lat, lon} when it is placed at a town or district, else null
     */
    Clusters(int[] origin, List<Optional<DateWindow>> windows, List<double[]> points) {
        this.origin = origin;
        this.parent = new int[origin.length];
        this.size = new int[origin.length];
        this.latestStart = new long[origin.length];
        this.earliestEnd = new long[origin.length];
        this.box = new double[origin.length][];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            size[i] = 1;
            Optional<DateWindow> w = windows.get(i);
            latestStart[i] = w.map(DateWindow::earliest).orElse(Long.MIN_VALUE);
            earliestEnd[i] = w.map(DateWindow::latest).orElse(Long.MAX_VALUE);
            double[] p = points.get(i);
            box[i] = p == null ? null : new double[] {p[0], p[0], p[1], p[1]};
        }
    }

    /** The reports of the group of x. */
    List<Integer> members(int x) {
        int root = find(x);
        List<Integer> m = members.get(root);
        return m != null ? m : List.of(root);
    }

    /** Whether the two groups together would still hold together in time and place. */
    boolean coherent(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        long start = Math.max(latestStart[ra], latestStart[rb]);
        long end = Math.min(earliestEnd[ra], earliestEnd[rb]);
        if (start != Long.MIN_VALUE && end != Long.MAX_VALUE && start - end > DateSimilarity.WINDOW_DAYS) {
            return false;
        }
        double[] x = box[ra];
        double[] y = box[rb];
        if (x == null || y == null) {
            return true;
        }
        double[] m = merged(x, y);
        return BorderDistance.haversineKm(m[0], m[2], m[1], m[3]) <= SPREAD_KM;
    }

    private static double[] merged(double[] x, double[] y) {
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        return new double[] {Math.min(x[0], y[0]), Math.max(x[1], y[1]), Math.min(x[2], y[2]), Math.max(x[3], y[3])};
    }

    int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    boolean together(int a, int b) {
        return find(a) == find(b);
    }

    /** The decision keeping the groups of a and b apart, or null. */
    Decision apart(int a, int b) {
        Map<Integer, Decision> m = apart.get(find(a));
        return m == null ? null : m.get(find(b));
    }

    boolean shareOrigin(int a, int b) {
        Set<Integer> x = originsOf(find(a));
        Set<Integer> y = originsOf(find(b));
        Set<Integer> small = x.size() <= y.size() ? x : y;
        Set<Integer> large = small == x ? y : x;
        for (int o : small) {
            if (large.contains(o)) {
                return true;
            }
        }
        return false;
    }

    private Set<Integer> originsOf(int root) {
        Set<Integer> s = origins.get(root);
        return s != null ? s : Set.of(origin[root]);
    }

    void keepApart(int a, int b, Decision decision) {
        int ra = find(a);
        int rb = find(b);
        apart.computeIfAbsent(ra, k -> new HashMap<>()).putIfAbsent(rb, decision);
        apart.computeIfAbsent(rb, k -> new HashMap<>()).putIfAbsent(ra, decision);
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        Set<Integer> merged = new HashSet<>(originsOf(ra));
        merged.addAll(originsOf(rb));
        origins.remove(rb);
        origins.put(ra, merged);
        Map<Integer, Decision> moved = apart.remove(rb);
        if (moved != null) {
            Map<Integer, Decision> into = apart.computeIfAbsent(ra, k -> new HashMap<>());
            for (Map.Entry<Integer, Decision> e : moved.entrySet()) {
                Map<Integer, Decision> other = apart.get(e.getKey());
                other.remove(rb);
                other.putIfAbsent(ra, e.getValue());
                into.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        List<Integer> joined = new java.util.ArrayList<>(members(ra));
        joined.addAll(members(rb));
        members.remove(rb);
        members.put(ra, joined);
        latestStart[ra] = Math.max(latestStart[ra], latestStart[rb]);
        earliestEnd[ra] = Math.min(earliestEnd[ra], earliestEnd[rb]);
        box[ra] = merged(box[ra], box[rb]);
        parent[rb] = ra;
        size[ra] += size[rb];
    }
}
