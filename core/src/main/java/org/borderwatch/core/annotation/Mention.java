package org.borderwatch.core.annotation;

import java.util.Objects;
import org.borderwatch.core.evidence.Span;

/**
 * A named-entity mention: consecutive tokens with one entity type.
 *
 * @param type      entity type as in {@link Token#ner()}
 * @param sentence  index of the sentence it lies in
 * @param tokens    token index range in that sentence, {@code [firstToken, endToken)}
 */
public record Mention(Span span, String text, String type, int sentence, int firstToken, int endToken) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (sentence < 0 || firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad mention position: sentence " + sentence + ", tokens "
                    + firstToken + ".." + endToken);
        }
    }
}
