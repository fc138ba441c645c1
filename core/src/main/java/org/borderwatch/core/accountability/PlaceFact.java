package org.borderwatch.core.accountability;

import java.util.Objects;

/**
 * Where an incident happened, as indicators filter it.
 *
 * @param countryCode   ISO alpha-2, or null
 * @param borderKm      km to the nearest international land border, or null when not measured
 * @param nearestBorder that border's pair of countries ("AF–PK"), or null
 */
public record PlaceFact(String name, String countryCode, String admin1, String admin2, Double latitude,
                        Double longitude, Double borderKm, String nearestBorder) {
    public PlaceFact {
        Objects.requireNonNull(name, "name");
    }
}
