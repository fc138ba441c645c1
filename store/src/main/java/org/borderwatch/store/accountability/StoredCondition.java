package org.borderwatch.store.accountability;

import java.util.Optional;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.fact.FactOrigin;

/**
 * A condition as stored: the measure, its rule in the condition language, and for a suggested one the
 * statement and words it came from.
 */
public record StoredCondition(long id, String name, String measure, String rule, ReviewState review, FactOrigin origin,
                              Optional<Long> statementId, Optional<Evidence> evidence) {
}
