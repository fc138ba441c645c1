package org.borderwatch.extract.incident;

import java.util.Optional;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Sentence;

/** The edges of a sentence's parse as the tree repairs read them, before a {@code Tree} is built. */
final class Edges {
    private Edges() {
    }

    /** The edge that hangs the token from its head. */
    static Optional<Dependency> into(Sentence sentence, int dependent) {
        return sentence.dependencies().stream().filter(d -> d.dependent() == dependent).findFirst();
    }

    static int head(Sentence sentence, int dependent) {
        return into(sentence, dependent).map(Dependency::governor).orElse(-1);
    }

    static String relation(Sentence sentence, int dependent) {
        return into(sentence, dependent).map(Dependency::relation).orElse("");
    }
}
