package org.borderwatch.resolve.consolidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.borderwatch.core.consolidation.Match;
import org.borderwatch.core.consolidation.Report;

/**
 * Scores two reports: a weighted mean of their similarity on type, date, place, perpetrators,
 * victims and counts. A feature one report lacks counts as {@link #UNKNOWN}, a little below neutral,
 * so that two reports sharing only a type and a day do not pass for one event. Date weighs most, then
 * place: they are what sources agree on; perpetrators are named loosely and counts change as news
 * comes in. Reports are compared as {@link Profile}s, prepared once per run.
 */
final class MatchScorer {
    static final double UNKNOWN = 0.4;
    static final Map<String, Double> WEIGHTS = Map.of(
            "type", 1.0, "date", 3.0, "place", 2.0, "actors", 1.0, "victims", 1.0, "counts", 1.5);
    private static final int TYPE = 0;
    private static final int DATE = 1;
    private static final int PLACE = 2;
    private static final int ACTORS = 3;
    private static final int VICTIMS = 4;
    private static final int COUNTS = 5;

    private final TypeCompatibility types;
    private final ActorMatcher actors;
    private final double[] weights = new double[Match.FEATURES.size()];
    private final double unknown;
    private final double totalWeight;
    private final Map<String, Integer> typeIds = new HashMap<>();
    private final List<String> typeNames = new ArrayList<>();
    private double[][] typeScores = new double[0][];

    MatchScorer(TypeCompatibility types, ActorMatcher actors) {
        this(types, actors, WEIGHTS, UNKNOWN);
    }

    /** @param unknown the similarity a feature one report lacks counts as */
    MatchScorer(TypeCompatibility types, ActorMatcher actors, Map<String, Double> weights, double unknown) {
        this.types = Objects.requireNonNull(types, "types");
        this.actors = Objects.requireNonNull(actors, "actors");
        double total = 0;
        for (int f = 0; f < this.weights.length; f++) {
            this.weights[f] = weights.getOrDefault(Match.FEATURES.get(f), 0.0);
            total += this.weights[f];
        }
        this.unknown = unknown;
        this.totalWeight = total;
    }

    Profile profile(Report r) {
        return new Profile(r, typeId(r.type()), actors.prepare(r.perpetrators()));
    }

    /** Whether the two reports' types can describe one event at all; blocking skips them otherwise. */
    boolean compatible(Profile a, Profile b) {
        return typeScores[a.type][b.type] > 0;
    }

    Match match(Report a, Report b) {
        return match(profile(a), profile(b));
    }

    Match match(Profile a, Profile b) {
        double[] f = new double[weights.length];
        double score = score(a, b, f);
        Map<String, Double> features = new LinkedHashMap<>();
        for (int i = 0; i < f.length; i++) {
            if (!Double.isNaN(f[i])) {
                features.put(Match.FEATURES.get(i), f[i]);
            }
        }
        return new Match(score, features);
    }

    /** The score, rounded as stored; {@code features} receives each feature's similarity, NaN when unknown. */
    double score(Profile a, Profile b, double[] features) {
        features[TYPE] = typeScores[a.type][b.type];
        features[DATE] = a.window.isPresent() && b.window.isPresent()
                ? round(DateSimilarity.of(a.window.get(), b.window.get())) : Double.NaN;
        features[PLACE] = a.place != null && b.place != null
                ? round(PlaceSimilarity.of(a.place, a.district, a.province, b.place, b.district, b.province)) : Double.NaN;
        features[ACTORS] = value(a.actors.similarity(b.actors));
        features[VICTIMS] = value(VictimSimilarity.of(a.victims, b.victims));
        Report x = a.report;
        Report y = b.report;
        features[COUNTS] = value(CountSimilarity.of(x.killed(), x.injured(), y.killed(), y.injured()));
        double sum = 0;
        for (int i = 0; i < features.length; i++) {
            sum += weights[i] * (Double.isNaN(features[i]) ? unknown : features[i]);
        }
        return round(sum / totalWeight);
    }

    private static double value(OptionalDouble v) {
        return v.isPresent() ? round(v.getAsDouble()) : Double.NaN;
    }

    private synchronized int typeId(String type) {
        Integer id = typeIds.get(type);
        if (id != null) {
            return id;
        }
        typeNames.add(type);
        typeIds.put(type, typeNames.size() - 1);
        double[][] grown = new double[typeNames.size()][typeNames.size()];
        for (int i = 0; i < typeNames.size(); i++) {
            for (int j = 0; j < typeNames.size(); j++) {
                grown[i][j] = i < typeScores.length && j < typeScores.length ? typeScores[i][j]
                        : types.score(typeNames.get(i), typeNames.get(j));
            }
        }
        typeScores = grown;
        return typeNames.size() - 1;
    }

    /** Three decimals: what is stored and shown, so a re-run compares equal. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
