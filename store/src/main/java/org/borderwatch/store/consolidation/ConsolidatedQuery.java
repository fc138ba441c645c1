package org.borderwatch.store.consolidation;

import java.util.Objects;
import java.util.Optional;

/**
 * Which consolidated incidents to list: of one type, with at least so many reports, a page of them.
 *
 * @param type the stored type name ({@code BOMBING}); callers validate it
 */
public record ConsolidatedQuery(Optional<String> type, int minReports, int limit, int offset) {
    public ConsolidatedQuery {
        Objects.requireNonNull(type, "type");
        if (minReports < 0) {
            throw new IllegalArgumentException("minReports must be at least 0, was " + minReports);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be at least 0, was " + offset);
        }
    }

    public static ConsolidatedQuery all(int limit) {
        return new ConsolidatedQuery(Optional.empty(), 0, limit, 0);
    }
}
