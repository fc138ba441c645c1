package org.borderwatch.core.consolidation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two reports are: a score from 0 to 1 and the similarity on each feature that made it.
 *
 * @param features similarity 0..1 per feature in {@link #FEATURES}; a feature missing from the map was
 *                 unknown for one of the reports (and counted as neither for nor against)
 */
public record Match(double score, Map<String, Double> features) {
    /** The features, in the order they are shown. */
    public static final List<String> FEATURES = List.of("type", "date", "place", "actors", "victims", "counts");

    public Match {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a match score lies in 0..1, was " + score);
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String f : FEATURES) {
            Double v = features.get(f);
            if (v != null) {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("feature " + f + " lies in 0..1, was " + v);
                }
                ordered.put(f, v);
            }
        }
        if (ordered.size() != features.size()) {
            throw new IllegalArgumentException("unknown features in " + features.keySet() + "; known: " + FEATURES);
        }
        features = Collections.unmodifiableMap(ordered);
    }
}
