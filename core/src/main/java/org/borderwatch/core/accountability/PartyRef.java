package org.borderwatch.core.accountability;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A party to a claim, commitment or engagement: a registry actor when one is resolved, else the words
 * naming it. Two references denote the same party when their {@link #key()}s are equal.
 *
 * @param actorId the registry actor, when resolved
 * @param name    the actor's canonical name when resolved, else the mention as the text gives it
 */
public record PartyRef(Optional<Long> actorId, String name) {
    public PartyRef {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a party needs a name");
        }
        name = name.strip();
    }

    public static PartyRef mention(String mention) {
        return new PartyRef(Optional.empty(), mention);
    }

    public static PartyRef actor(long id, String name) {
        return new PartyRef(Optional.of(id), name);
    }

    /** "actor:12", or "mention:" and the name lower-cased without a leading article. */
    public String key() {
        return actorId.map(id -> "actor:" + id).orElseGet(() -> "mention:" + normalise(name));
    }

    /** Lower case, one space between words, without a leading "the": "The  TTP" and "the ttp" meet. */
    public static String normalise(String name) {
        String s = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
