package org.borderwatch.web.query;

import java.util.List;

/**
 * A query parameter the API accepts: parsed by {@link Params}, described in the OpenAPI document by the
 * same record, so the description cannot drift from what is enforced.
 *
 * @param type OpenAPI type: string, integer, number or boolean; {@code format} refines it (date)
 */
public record Param(String name, String type, String format, String description, List<String> values) {
    public Param {
        values = List.copyOf(values);
    }

    static Param string(String name, String description) {
        return new Param(name, "string", null, description, List.of());
    }

    static Param integer(String name, String description) {
        return new Param(name, "integer", null, description, List.of());
    }

    static Param number(String name, String description) {
        return new Param(name, "number", null, description, List.of());
    }

    static Param date(String name, String description) {
        return new Param(name, "string", "date", description, List.of());
    }

    static Param oneOf(String name, String description, List<String> values) {
        return new Param(name, "string", null, description, values);
    }
}
