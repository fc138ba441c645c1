package org.borderwatch.core.accountability;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;

/**
 * A statement a commitment comes from. The evidence is copied, so the commitment keeps its words
 * when re-extraction replaces the statement (its id then becomes empty; the key finds the new one).
 */
public record CommitmentSource(Optional<Long> statementId, String statementKey, Optional<Evidence> evidence) {
    public CommitmentSource {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(statementKey, "statementKey");
        Objects.requireNonNull(evidence, "evidence");
    }
}
