package org.borderwatch.resolve.consolidate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How strongly two incident types can describe one event, and which type is a more specific kind of
 * which, read from {@code type-compatibility.tsv}. Immutable.
 */
final class TypeCompatibility {
    private static final String WILDCARD = "*";
    private static volatile TypeCompatibility bundled;

    private final double fallback;
    private final Map<String, Double> pairs;
    private final Map<String, Double> wildcards;
    private final Map<String, Set<String>> kindOf;
    private final Set<String> kindOfAny;

    private TypeCompatibility(double fallback, Map<String, Double> pairs, Map<String, Double> wildcards,
                              Map<String, Set<String>> kindOf, Set<String> kindOfAny) {
        this.fallback = fallback;
        this.pairs = Map.copyOf(pairs);
        this.wildcards = Map.copyOf(wildcards);
        this.kindOf = Map.copyOf(kindOf);
        this.kindOfAny = Set.copyOf(kindOfAny);
    }

    static TypeCompatibility bundled() {
        TypeCompatibility t = bundled;
        if (t == null) {
            t = read(Lexicon.lines("type-compatibility.tsv"));
            bundled = t;
        }
        return t;
    }

    static TypeCompatibility read(java.util.List<String> lines) {
        double fallback = 0;
        Map<String, Double> pairs = new HashMap<>();
        Map<String, Double> wildcards = new HashMap<>();
        Map<String, Set<String>> kindOf = new HashMap<>();
        Set<String> kindOfAny = new HashSet<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String[] f = line.split("\t");
            if (f[0].equals("default") && f.length == 2) {
                fallback = score(f[1], n);
            } else if (f[0].equals("kind-of") && f.length == 3) {
                if (f[1].equals(WILDCARD)) {
                    kindOfAny.add(norm(f[2]));
                } else {
                    kindOf.computeIfAbsent(norm(f[1]), k -> new HashSet<>()).add(norm(f[2]));
                }
            } else if (f.length == 3) {
                double s = score(f[2], n);
                if (f[1].equals(WILDCARD)) {
                    wildcards.put(norm(f[0]), s);
                } else {
                    pairs.put(pairKey(norm(f[0]), norm(f[1])), s);
                }
            } else {
                throw new IllegalArgumentException("type-compatibility.tsv entry " + n + ": expected TYPE TYPE SCORE, "
                        + "kind-of TYPE TYPE or default SCORE, was '" + line + "'");
            }
        }
        return new TypeCompatibility(fallback, pairs, wildcards, kindOf, kindOfAny);
    }

    private static double score(String s, int line) {
        double v = Double.parseDouble(s.strip());
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("type-compatibility.tsv entry " + line + ": score outside 0..1: " + s);
        }
        return v;
    }

    private static String norm(String type) {
        return type.strip().toUpperCase(Locale.ROOT);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** 1 for the same type, 0 when the two never describe one event. */
    double score(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) {
            return 1;
        }
        Double pair = pairs.get(pairKey(x, y));
        if (pair != null) {
            return pair;
        }
        Double wx = wildcards.get(x);
        Double wy = wildcards.get(y);
        if (wx != null && wy != null) {
            return Math.min(wx, wy);
        }
        return wx != null ? wx : wy != null ? wy : fallback;
    }

    /** Whether {@code specific} is a kind of {@code general} (directly or through kinds between). */
    boolean isKindOf(String specific, String general) {
        String s = norm(specific);
        String g = norm(general);
        if (s.equals(g)) {
            return false;
        }
        if (kindOfAny.contains(g)) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        return reaches(s, g, seen);
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        for (String parent : kindOf.getOrDefault(from, Set.of())) {
            if (parent.equals(target) || (seen.add(parent) && reaches(parent, target, seen))) {
                return true;
            }
        }
        return false;
    }

    /** How many kinds lie above the type: ATTACK 0, BOMBING 1, SUICIDE_ATTACK 2. */
    int depth(String type) {
        return depth(norm(type), 0);
    }

    private int depth(String t, int guard) {
        if (kindOfAny.contains(t) || guard > 16) {
            return 0;
        }
        int above = 0;
        for (String parent : kindOf.getOrDefault(t, Set.of())) {
            above = Math.max(above, depth(parent, guard + 1));
        }
        return 1 + above;
    }
}
