package org.borderwatch.store.extraction;

/**
 * The place an incident is located at: its most precise resolved place mention.
 *
 * @param geonamesId    null for curated, UCDP and derived entries
 * @param precision     TOWN, DISTRICT, PROVINCE or COUNTRY
 * @param latitude      null when the place row has no coordinates
 * @param borderKm      km to the nearest international land border, null when not measured
 * @param nearestBorder that border's country pair ("AF–PK"), or null
 */
public record StoredPlace(
        long id,
        Long geonamesId,
        String name,
        String countryCode,
        String admin1,
        String admin2,
        Double latitude,
        Double longitude,
        String precision,
        Double borderKm,
        String nearestBorder) {
}
