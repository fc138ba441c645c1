package org.borderwatch.resolve.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.core.actor.Relation;

/** Field values as the registry files write them: types and relations by name in any case, ISO dates. */
final class RegistryValues {
    private RegistryValues() {}

    static ActorType type(String value, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("type of " + id + " is required (one of " + names(ActorType.values()) + ")");
        }
        return parse(ActorType.class, value, "type of " + id);
    }

    static Relation relation(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("relation is required (one of " + names(Relation.values()) + ")");
        }
        return parse(Relation.class, value, "relation");
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO date such as 2024-03-11, was '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be one of " + names(type.getEnumConstants()) + ", was '"
                    + value + "'");
        }
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }
}
