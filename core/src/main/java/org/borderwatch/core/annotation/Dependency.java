package org.borderwatch.core.annotation;

/**
 * A dependency edge inside one sentence (Universal Dependencies relation names).
 *
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad dependency indices " + governor + " -> " + dependent);
        }
        if (relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("dependency needs a relation");
        }
    }
}
