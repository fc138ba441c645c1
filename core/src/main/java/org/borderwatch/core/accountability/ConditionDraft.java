package org.borderwatch.core.accountability;

import java.util.Objects;

/**
 * A condition a rule suggests from a statement made under a condition ("investments are made only when
 * the Taliban take significant CT actions"): the measure, and the commitment it waits for.
 *
 * @param requirement what the measure waits for, suggested as a commitment of its own
 * @param whenKept    the measure goes ahead when the requirement is kept (else: when it is broken, as in a
 *                    threat "if Kabul did not respond")
 */
public record ConditionDraft(String measure, CommitmentDraft requirement, boolean whenKept, String suggestionKey,
                             StatementFact source) {
    public ConditionDraft {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(suggestionKey, "suggestionKey");
        Objects.requireNonNull(source, "source");
        if (measure.isBlank()) {
            throw new IllegalArgumentException("a condition needs the measure it governs");
        }
    }
}
