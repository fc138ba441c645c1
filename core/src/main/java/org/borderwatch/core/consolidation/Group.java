package org.borderwatch.core.consolidation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One consolidated incident as a run computed it.
 *
 * @param consolidatedId the existing consolidated incident it continues, or empty for a new one
 * @param members        its reports, the first report first
 * @param notes          explanations for a reviewer (decisions overridden, matches kept apart)
 */
public record Group(Optional<Long> consolidatedId, List<Membership> members, Reconciled reconciled, List<String> notes) {
    public Group {
        Objects.requireNonNull(consolidatedId, "consolidatedId");
        Objects.requireNonNull(reconciled, "reconciled");
        members = List.copyOf(members);
        notes = List.copyOf(notes);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one report");
        }
    }
}
