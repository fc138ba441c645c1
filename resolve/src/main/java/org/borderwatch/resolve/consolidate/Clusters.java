package org.borderwatch.resolve.consolidate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.borderwatch.core.consolidation.Decision;

/**
 * Reports joined into groups (union-find), with what keeps groups apart: an analyst's decision that two
 * of their reports are different incidents, or two reports of one origin (one document, one dataset).
 */
final class Clusters {
    private final int[] parent;
    private final int[] size;
    private final int[] origin;
    /** Origins of groups of more than one report, by root; a single report's origin is {@link #origin}. */
    private final Map<Integer, Set<Integer>> origins = new HashMap<>();
    /** By root: the roots it must stay apart from and the decision that says so. */
    private final Map<Integer, Map<Integer, Decision>> apart = new HashMap<>();

    /** @param origin an id per report; reports with the same id come from one document or dataset */
    Clusters(int[] origin) {
        this.origin = origin;
        this.parent = new int[origin.length];
        this.size = new int[origin.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            size[i] = 1;
        }
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
        parent[rb] = ra;
        size[ra] += size[rb];
    }
}
