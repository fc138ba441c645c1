package org.borderwatch.resolve.consolidate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.borderwatch.core.consolidation.Match;
import org.borderwatch.core.consolidation.Report;

/**
 * Scores two reports: a weighted mean of their similarity on type, date, place, perpetrators and
 * counts. A feature one report lacks counts as {@link #UNKNOWN}, a little below neutral, so that two
 * reports sharing only a type and a day do not pass for one event. Date and place weigh most: they
 * are what sources agree on; perpetrators are named loosely and counts change as news comes in.
 */
final class MatchScorer {
    static final double UNKNOWN = 0.4;
    private static final Map<String, Double> WEIGHTS = Map.of(
            "type", 1.0, "date", 2.0, "place", 2.0, "actors", 1.0, "counts", 1.5);
    private static final double TOTAL_WEIGHT = WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum();

    private final TypeCompatibility types;
    private final ActorMatcher actors;

    MatchScorer(TypeCompatibility types, ActorMatcher actors) {
        this.types = Objects.requireNonNull(types, "types");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    /** Whether the two reports' types can describe one event at all; blocking skips them otherwise. */
    boolean compatible(Report a, Report b) {
        return types.score(a.type(), b.type()) > 0;
    }

    Match score(Report a, Report b) {
        return score(a, b, DateWindow.of(a), DateWindow.of(b));
    }

    Match score(Report a, Report b, Optional<DateWindow> wa, Optional<DateWindow> wb) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("type", types.score(a.type(), b.type()));
        if (wa.isPresent() && wb.isPresent()) {
            f.put("date", round(DateSimilarity.of(wa.get(), wb.get())));
        }
        if (a.place().isPresent() && b.place().isPresent()) {
            f.put("place", round(PlaceSimilarity.of(a.place().get(), b.place().get())));
        }
        put(f, "actors", actors.similarity(a.perpetrators(), b.perpetrators()));
        put(f, "counts", CountSimilarity.of(a.killed(), a.injured(), b.killed(), b.injured()));
        double sum = 0;
        for (Map.Entry<String, Double> w : WEIGHTS.entrySet()) {
            sum += w.getValue() * f.getOrDefault(w.getKey(), UNKNOWN);
        }
        return new Match(round(sum / TOTAL_WEIGHT), f);
    }

    private static void put(Map<String, Double> features, String name, OptionalDouble value) {
        if (value.isPresent()) {
            features.put(name, round(value.getAsDouble()));
        }
    }

    /** Three decimals: what is stored and shown, so a re-run compares equal. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
