package org.borderwatch.core.consolidation;

import java.util.Objects;
import org.borderwatch.core.place.ResolvedPlace;

/**
 * Where a report places its incident: a stored place row and how precisely the report locates it.
 *
 * @param latitude  null when the place row has no coordinates
 * @param precision TOWN, DISTRICT, PROVINCE or COUNTRY
 */
public record ReportPlace(long placeId, String name, String countryCode, String admin1, String admin2,
                          Double latitude, Double longitude, String precision) {
    public ReportPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
        if (!ResolvedPlace.PRECISIONS.contains(precision)) {
            throw new IllegalArgumentException("precision must be one of " + ResolvedPlace.PRECISIONS + ", was " + precision);
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a place has both coordinates or neither");
        }
    }

    /** 0 for a town, up to 3 for a country; lower is more precise. */
    public int precisionRank() {
        return ResolvedPlace.PRECISIONS.indexOf(precision);
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }
}
