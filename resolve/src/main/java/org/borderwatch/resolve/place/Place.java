package org.borderwatch.resolve.place;

import java.util.ArrayList;
import java.util.List;

/** One gazetteer entry while it is built and then searched; package-private, {@link PlaceMatch} is the API. */
final class Place {
    final String name;
    final List<String> alternates = new ArrayList<>();
    final String countryCode;
    /** GeoNames admin codes in their full form ("PK.03", "PK.03.7419053"), or null. */
    String admin1Code;
    String admin2Code;
    /** Names used when a code is unknown to the admin tables (UCDP's own district names). */
    String admin1Name;
    String admin2Name;
    double latitude;
    double longitude;
    final Long geonamesId;
    final Precision precision;
    final long population;
    /** GeoNames feature code (PPLA, ADM2…), or a pseudo-code for other sources (CURATED, UCDP). */
    final String featureCode;
    String source;

    Place(String name, String countryCode, double latitude, double longitude, Long geonamesId,
          Precision precision, long population, String featureCode, String source) {
        this.name = name;
        this.countryCode = countryCode;
        this.latitude = latitude;
        this.longitude = longitude;
        this.geonamesId = geonamesId;
        this.precision = precision;
        this.population = population;
        this.featureCode = featureCode;
        this.source = source;
    }

    boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
