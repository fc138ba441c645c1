package org.borderwatch.resolve.place;

import java.util.Objects;

/**
 * One candidate place for a mention.
 *
 * @param name        the place's name (ASCII, as GeoNames spells it in its ascii column)
 * @param countryCode ISO 3166-1 alpha-2
 * @param admin1      province (first-level division) name, or null when unknown or for a country
 * @param admin2      district (second-level division) name, or null
 * @param geonamesId  the GeoNames id, or null for curated, UCDP and derived entries
 * @param score       0..1, higher is likelier; comparable between the matches of one lookup
 * @param source      where the entry comes from (GeoNames, UCDP GED, curated with its citation…)
 * @param matchedName the gazetteer name the mention matched (may be an alternate name)
 */
public record PlaceMatch(
        String name,
        String countryCode,
        String admin1,
        String admin2,
        double latitude,
        double longitude,
        Long geonamesId,
        Precision precision,
        double score,
        String source,
        String matchedName,
        MatchKind matchKind) {
    public PlaceMatch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(matchKind, "matchKind");
    }
}
