package org.borderwatch.store.extraction;

import java.util.Objects;
import java.util.Optional;

/**
 * Which facts to list: those reported by one document and/or of one type, a page of them.
 *
 * @param type the stored type name ({@code BOMBING}, {@code ACCUSE}); callers validate it
 */
public record FactQuery(Optional<Long> documentId, Optional<String> type, int limit, int offset) {
    public FactQuery {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(type, "type");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be at least 0, was " + offset);
        }
    }

    public static FactQuery all(int limit) {
        return new FactQuery(Optional.empty(), Optional.empty(), limit, 0);
    }
}
