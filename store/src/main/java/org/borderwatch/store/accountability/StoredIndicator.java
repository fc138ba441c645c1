package org.borderwatch.store.accountability;

import java.time.Instant;
import java.util.Optional;

/** An indicator as stored: its name, its expression in the indicator language, and who defined it. */
public record StoredIndicator(long id, String name, String expression, Optional<String> description, String author,
                              Instant updatedAt) {
}
