package org.borderwatch.store.extraction;

import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;

/**
 * Who stands behind a stored fact and whether an analyst has looked at it.
 *
 * @param reviewStatus UNREVIEWED, ACCEPTED, REJECTED or EDITED
 * @param extractor    the extractor version for machine facts
 */
public record FactSource(FactOrigin origin, String reviewStatus, Optional<String> extractor) {
}
