package org.borderwatch.resolve.actor;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.actor.Actor;

/**
 * The outcome of resolving one mention: a match, or a candidate for review. There is no third outcome, so
 * no mention is silently dropped.
 */
public sealed interface Resolution permits Resolution.Matched, Resolution.Candidate {
    /** The mention as written. */
    String mention();

    /** The normalised mention (lower case, no punctuation, determiners and possessives stripped). */
    String normalised();

    /** Why, in words a reviewer can check: which alias, role, country and date matched, or why nothing did. */
    String why();

    /**
     * @param role  the office the mention names, when it names one ("head" for "the head of Nacta", whose
     *              actor is then Nacta when the registry does not know the holder)
     * @param score confidence in (0, 1]: 1 for one of the actor's own names, lower for readings that depend
     *              on the document's country or on spelling
     */
    record Matched(String mention, String normalised, Actor actor, Optional<String> role, double score, MatchKind how,
            String why) implements Resolution {
        public Matched {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(how, "how");
            if (!(score > 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be in (0, 1]: " + score);
            }
            mention = mention == null ? "" : mention;
            normalised = normalised == null ? "" : normalised;
            why = why == null ? "" : why;
        }
    }

    /** A mention the registry cannot resolve; it becomes a candidate actor for a human to add or map. */
    record Candidate(String mention, String normalised, String why) implements Resolution {
        public Candidate {
            mention = mention == null ? "" : mention;
            normalised = normalised == null ? "" : normalised;
            why = why == null ? "" : why;
        }
    }
}
