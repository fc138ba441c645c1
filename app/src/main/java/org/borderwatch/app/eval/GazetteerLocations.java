package org.borderwatch.app.eval;

import java.util.Optional;
import org.borderwatch.resolve.place.Gazetteer;
import org.borderwatch.resolve.place.PlaceContext;
import org.borderwatch.resolve.place.Precision;

/**
 * The bundled gazetteer as the evaluation's geocoder, with the region's countries as context. Only
 * towns and districts locate an event: a province or country is placed at its seat or centroid, and
 * "Sindh" must not count as "within 25 km" of an event in Karachi because Karachi is its seat.
 */
final class GazetteerLocations {
    /** Below this score a match is a fuzzy guess (see the gazetteer's scoring), not a location. */
    private static final double TRUSTED_SCORE = 0.62;
    private static final PlaceContext REGION = PlaceContext.countries("PK", "AF");

    private GazetteerLocations() {
    }

    static PlaceMatcher within25Km() {
        Gazetteer gazetteer = Gazetteer.bundled();
        return new DistanceMatcher(name -> gazetteer.resolve(name, REGION)
                .filter(m -> m.score() >= TRUSTED_SCORE)
                .filter(m -> m.precision() == Precision.TOWN || m.precision() == Precision.DISTRICT)
                .map(m -> new DistanceMatcher.Located(m.latitude(), m.longitude(), Optional.ofNullable(m.admin2()))),
                25);
    }
}
