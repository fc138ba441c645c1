package org.borderwatch.core.incident;

import java.util.Objects;
import java.util.Optional;

/**
 * Victims of one kind: "five Chinese laborers" is category laborers, nationality Chinese, 5 killed.
 *
 * @param nationality a demonym as written ("Chinese"), or "local", or empty when unsaid
 */
public record VictimGroup(String category, Optional<String> nationality, Optional<Count> killed,
                          Optional<Count> injured) {
    public VictimGroup {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
    }
}
