package org.borderwatch.app.eval;

/**
 * Decides whether a place we extracted is the gold event's location: a {@link DistanceMatcher} over
 * the gazetteer implements the rule (within 25 km of the gold point, or the same adm_2).
 */
@FunctionalInterface
public interface PlaceMatcher {
    boolean matches(String placeName, UcdpItem gold);

    default PlaceMatcher or(PlaceMatcher other) {
        return (name, gold) -> matches(name, gold) || other.matches(name, gold);
    }
}
