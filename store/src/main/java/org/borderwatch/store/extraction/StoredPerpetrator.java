package org.borderwatch.store.extraction;

import java.util.Optional;
import org.borderwatch.core.incident.Attribution;

/** A perpetrator as stored: the words naming it, how it is known, and who attributed it. */
public record StoredPerpetrator(String mention, Attribution attribution, Optional<String> attributedBy) {
}
