package org.borderwatch.core.place;

import java.util.List;
import java.util.Objects;

/**
 * A place mention resolved in the gazetteer, with its distance to the nearest international border.
 *
 * @param countryCode   ISO 3166-1 alpha-2
 * @param admin1        province name, or null (unknown, or the place is a country)
 * @param admin2        district name, or null
 * @param geonamesId    the GeoNames id, or null for curated, UCDP and derived entries
 * @param precision     TOWN, DISTRICT, PROVINCE or COUNTRY
 * @param source        where the gazetteer entry comes from
 * @param borderKm      great-circle distance in km to the nearest international land border
 * @param nearestBorder that border's country pair ("AF–PK")
 */
public record ResolvedPlace(
        String name,
        String countryCode,
        String admin1,
        String admin2,
        double latitude,
        double longitude,
        Long geonamesId,
        String precision,
        String source,
        double borderKm,
        String nearestBorder) {

    /** The precisions, finest first. */
    public static final List<String> PRECISIONS = List.of("TOWN", "DISTRICT", "PROVINCE", "COUNTRY");

    public ResolvedPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nearestBorder, "nearestBorder");
        if (name.isBlank()) {
            throw new IllegalArgumentException("place name is blank");
        }
        if (!PRECISIONS.contains(precision)) {
            throw new IllegalArgumentException("precision must be one of " + PRECISIONS + ", was " + precision);
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
        if (!(borderKm >= 0) || Double.isInfinite(borderKm)) {
            throw new IllegalArgumentException("border distance must be a finite non-negative km, was " + borderKm);
        }
    }

    /** Rank of the precision: 0 for a town, up to 3 for a country; lower is more precise. */
    public int precisionRank() {
        return PRECISIONS.indexOf(precision);
    }
}
