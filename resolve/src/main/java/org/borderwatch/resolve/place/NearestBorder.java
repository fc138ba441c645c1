package org.borderwatch.resolve.place;

/**
 * The nearest point of an international land border to a point.
 *
 * @param pair        the two countries the border separates, ISO alpha-2 codes in alphabetical order
 *                    joined by an en dash ("AF–PK")
 * @param distanceKm  great-circle distance in km from the point to the border
 * @param latitude    the nearest border point
 * @param longitude   the nearest border point
 */
public record NearestBorder(String pair, String countryA, String countryB, double distanceKm, double latitude, double longitude) {}
