package org.borderwatch.core.annotation;

import java.util.List;
import java.util.Objects;
import org.borderwatch.core.evidence.Span;

/** A sentence: its span, tokens, and dependency edges (empty when the parser did not run). */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, was " + index);
        }
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (Token t : tokens) {
            if (!span.contains(t.span())) {
                throw new IllegalArgumentException("token " + t + " lies outside sentence " + span);
            }
        }
    }
}
