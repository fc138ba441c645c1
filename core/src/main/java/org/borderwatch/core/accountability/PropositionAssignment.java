package org.borderwatch.core.accountability;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;

/**
 * Where grouping puts one statement: an existing proposition, or a new one with the given key and label.
 *
 * @param score  how well it matches the proposition: 1 for the same normalised words, less for a similarity
 * @param origin MACHINE for the grouping's choice, HUMAN for an analyst's link
 */
public record PropositionAssignment(long statementId, Optional<Long> propositionId, String key, String label,
                                    Stance stance, double score, FactOrigin origin) {
    public PropositionAssignment {
        Objects.requireNonNull(propositionId, "propositionId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(origin, "origin");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a match score lies in [0, 1], was " + score);
        }
    }
}
