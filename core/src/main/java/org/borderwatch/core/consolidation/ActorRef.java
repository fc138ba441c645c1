package org.borderwatch.core.consolidation;

import java.util.Objects;
import java.util.Optional;

/**
 * A perpetrator as consolidation compares them: the registry actor once the mention is resolved to
 * one, and always the words that named it.
 */
public record ActorRef(Optional<Long> actorId, String mention) {
    public ActorRef {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(mention, "mention");
    }

    public static ActorRef mention(String mention) {
        return new ActorRef(Optional.empty(), mention);
    }
}
