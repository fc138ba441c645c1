package org.borderwatch.app.eval;

import java.util.Optional;
import org.borderwatch.resolve.place.BorderDistance;

/**
 * A place matches when a geocoder puts it within a distance of the gold point, or in the gold adm_2
 * (compared by {@link AdminNames}, so UCDP's "Kurram Agency" is the gazetteer's "Kurram District").
 * The evaluation places names with the bundled gazetteer ({@link GazetteerLocations}).
 */
public final class DistanceMatcher implements PlaceMatcher {
    /** Where a name lies, and the second-level division it lies in when known. */
    public record Located(double latitude, double longitude, Optional<String> adm2) {
    }

    /** Places a name on the map, or says it cannot. */
    @FunctionalInterface
    public interface Geocoder {
        Optional<Located> locate(String placeName);
    }

    private final Geocoder geocoder;
    private final double kilometres;

    public DistanceMatcher(Geocoder geocoder, double kilometres) {
        this.geocoder = geocoder;
        this.kilometres = kilometres;
    }

    @Override
    public boolean matches(String placeName, UcdpItem gold) {
        Optional<Located> at = geocoder.locate(placeName);
        if (at.isEmpty()) {
            return false;
        }
        Located p = at.get();
        if (p.adm2().isPresent() && AdminNames.same(p.adm2().get(), gold.adm2())) {
            return true;
        }
        if (gold.latitude().isEmpty() || gold.longitude().isEmpty()) {
            return false;
        }
        return BorderDistance.haversineKm(p.latitude(), p.longitude(), gold.latitude().getAsDouble(),
                gold.longitude().getAsDouble()) <= kilometres;
    }
}
