package org.borderwatch.core.consolidation;

import java.util.Objects;
import java.util.Set;
import org.borderwatch.core.fact.FactOrigin;

/**
 * A consolidated incident as stored before a run: the keys of the reports it held, and whether an
 * analyst owns its fields.
 */
public record PreviousGroup(long id, Set<String> reportKeys, FactOrigin origin) {
    public PreviousGroup {
        Objects.requireNonNull(origin, "origin");
        reportKeys = Set.copyOf(reportKeys);
    }
}
