package org.borderwatch.app.eval;

import java.util.Optional;

/**
 * A place matches when a geocoder puts it within a distance of the gold point, or in the gold adm_2.
 * Ready for the gazetteer's geocoder; until one exists the evaluation uses {@link NameTokenMatcher}.
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

    private static final double EARTH_RADIUS_KM = 6371.0088;

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
        if (p.adm2().isPresent() && !gold.adm2().isBlank()
                && NameList.normalise(p.adm2().get()).equals(NameList.normalise(gold.adm2()))) {
            return true;
        }
        if (gold.latitude().isEmpty() || gold.longitude().isEmpty()) {
            return false;
        }
        return distanceKm(p.latitude(), p.longitude(), gold.latitude().getAsDouble(), gold.longitude().getAsDouble())
                <= kilometres;
    }

    /** Great-circle distance by the haversine formula. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
