package org.borderwatch.core.incident;

import java.util.Objects;
import java.util.Optional;

/**
 * Victims of one kind: "five Chinese laborers" is category laborers, nationality Chinese, 5 killed;
 * "16 Russian advisers" kidnapped is category advisers, nationality Russian, 16 captured.
 *
 * @param nationality a demonym as written ("Chinese"), or "local", or empty when unsaid
 * @param captured    how many were taken: kidnapped, abducted, detained or captured
 */
public record VictimGroup(String category, Optional<String> nationality, Optional<Count> killed,
                          Optional<Count> injured, Optional<Count> captured) {
    public VictimGroup {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        Objects.requireNonNull(captured, "captured");
    }

    /** Victims who were killed or injured, not taken. */
    public VictimGroup(String category, Optional<String> nationality, Optional<Count> killed, Optional<Count> injured) {
        this(category, nationality, killed, injured, Optional.empty());
    }
}
