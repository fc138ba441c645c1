package org.borderwatch.resolve.place;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the document says around a mention, used to choose between places of the same name.
 *
 * @param countryCodes ISO alpha-2 codes known to apply (e.g. the publisher's country), upper case
 * @param nearbyNames  names of countries, provinces or districts written near the mention, as written
 *                     ("Pakistan", "KP", "Shangla district"); the gazetteer works out what each one is
 */
public record PlaceContext(Set<String> countryCodes, Set<String> nearbyNames) {
    /** No context: matches are ranked on name and prominence only. */
    public static final PlaceContext NONE = new PlaceContext(Set.of(), Set.of());

    public PlaceContext {
        // Tolerant of what extraction hands over: nulls and repeats are dropped, not thrown on.
        countryCodes = countryCodes == null ? Set.of() : countryCodes.stream().filter(Objects::nonNull)
                .map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        nearbyNames = nearbyNames == null ? Set.of() : nearbyNames.stream().filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A context of names seen near the mention. */
    public static PlaceContext of(String... nearbyNames) {
        return new PlaceContext(Set.of(), new LinkedHashSet<>(Arrays.asList(nearbyNames)));
    }

    /** A context of known country codes. */
    public static PlaceContext countries(String... codes) {
        return new PlaceContext(new LinkedHashSet<>(Arrays.asList(codes)), Set.of());
    }

    /** This context with more nearby names. */
    public PlaceContext and(String... names) {
        Set<String> all = new LinkedHashSet<>(nearbyNames);
        all.addAll(Arrays.asList(names));
        return new PlaceContext(countryCodes, all);
    }

    public boolean isEmpty() {
        return countryCodes.isEmpty() && nearbyNames.isEmpty();
    }
}
