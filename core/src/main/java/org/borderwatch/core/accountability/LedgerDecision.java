package org.borderwatch.core.accountability;

import java.util.Objects;
import java.util.Optional;

/**
 * An analyst's word on a statement and a proposition: it belongs there (link, optionally with its
 * stance), or it does not (unlink). Kept by statement key, so regrouping and re-extraction respect it.
 */
public record LedgerDecision(String statementKey, long propositionId, boolean link, Optional<Stance> stance) {
    public LedgerDecision {
        Objects.requireNonNull(statementKey, "statementKey");
        Objects.requireNonNull(stance, "stance");
    }
}
