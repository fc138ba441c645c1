package org.borderwatch.store.actor;

import java.util.Objects;
import java.util.Optional;

/**
 * A mention of an actor in a stored machine fact, to resolve.
 *
 * @param factId      the statement id (SPEAKER, ADDRESSEE) or incident_perpetrator id (PERPETRATOR, ATTRIBUTED_BY)
 * @param role        the office the text gives the speaker or addressee ("interior minister"), if any
 * @param authorVoice the speaker of a statement in the author's own voice (an editorial's): the document's
 *                    author, no registry actor
 */
public record MentionRef(SeenAs seenAs, long factId, String mention, Optional<String> role, boolean authorVoice) {
    public MentionRef {
        Objects.requireNonNull(seenAs, "seenAs");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(role, "role");
    }
}
