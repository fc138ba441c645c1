package org.borderwatch.ingest;

import java.util.Objects;

/**
 * Where a dataset places an event: its coordinates and how precisely it knows them, with the names it
 * gives. The country is the dataset's name for it ("Pakistan"); a gazetteer turns it into a code.
 *
 * @param precision TOWN, DISTRICT, PROVINCE or COUNTRY, from the dataset's own precision code
 */
public record RecordPlace(String name, String country, String admin1, String admin2, double latitude, double longitude,
                          String precision) {
    public RecordPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
    }
}
