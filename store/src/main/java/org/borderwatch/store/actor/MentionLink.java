package org.borderwatch.store.actor;

import java.util.Objects;
import java.util.Optional;

/**
 * How a mention resolved: to a registered actor (its registry id) with how and how sure, or to a
 * candidate named by the normalised mention.
 *
 * @param actor     the registry id, empty for a candidate
 * @param candidate the candidate's name (the normalised mention) when {@code actor} is empty
 * @param matchKind how it matched, empty for a candidate
 */
public record MentionLink(MentionRef ref, Optional<String> actor, String candidate, Optional<String> role,
        Optional<String> matchKind, double score, String why) {
    public MentionLink {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(matchKind, "matchKind");
        Objects.requireNonNull(why, "why");
        if (actor.isEmpty() && (candidate == null || candidate.isBlank())) {
            throw new IllegalArgumentException("a candidate needs a name: " + ref.mention());
        }
        if (actor.isPresent() != matchKind.isPresent()) {
            throw new IllegalArgumentException("a match has a kind and a candidate has none: " + ref.mention());
        }
    }

    public static MentionLink matched(MentionRef ref, String actor, Optional<String> role, String kind, double score,
                                      String why) {
        return new MentionLink(ref, Optional.of(actor), null, role, Optional.of(kind), score, why);
    }

    public static MentionLink candidate(MentionRef ref, String name, String why) {
        return new MentionLink(ref, Optional.empty(), name, Optional.empty(), Optional.empty(), 0, why);
    }
}
