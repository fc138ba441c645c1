package org.borderwatch.resolve.place;

/** How precisely a match locates a place: an exact town (or site), a district, a province, or a whole country. */
public enum Precision {
    TOWN,
    DISTRICT,
    PROVINCE,
    COUNTRY
}
