package org.borderwatch.resolve.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.borderwatch.resolve.place.Names;

/**
 * How alike two reports' victims are, by class (security forces, militants, civilians) from
 * {@code victim-classes.tsv}: the same classes agree, overlapping ones partly, disjoint ones are a
 * strong sign of two events ("soldiers killed" and "militants killed"). Empty when either report
 * names no victim of a known class.
 */
final class VictimSimilarity {
    private static volatile Map<String, Integer> classes;

    private VictimSimilarity() {
    }

    static OptionalDouble of(List<String> a, List<String> b) {
        return of(mask(a), mask(b));
    }

    /** For victim classes as {@link #mask} gives them. */
    static OptionalDouble of(int x, int y) {
        if (x == 0 || y == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(x == y ? 1 : (x & y) != 0 ? 0.7 : 0.1);
    }

    /** The classes of the categories, one bit per class in the lexicon (0: none known). */
    static int mask(List<String> categories) {
        Map<String, Integer> lexicon = lexicon();
        int out = 0;
        for (String category : categories) {
            for (String word : Names.fold(category).split(" ")) {
                Integer c = lexicon.get(word);
                if (c != null) {
                    out |= c;
                    break;
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> lexicon() {
        Map<String, Integer> m = classes;
        if (m == null) {
            Map<String, Integer> read = new HashMap<>();
            Map<String, Integer> bits = new HashMap<>();
            for (String line : Lexicon.lines("victim-classes.tsv")) {
                String[] f = line.split("\t");
                int bit = bits.computeIfAbsent(f[1].strip(), k -> 1 << bits.size());
                read.put(Names.fold(f[0]), bit);
            }
            m = Map.copyOf(read);
            classes = m;
        }
        return m;
    }
}
