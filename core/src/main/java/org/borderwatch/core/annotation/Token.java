package org.borderwatch.core.annotation;

import java.util.Objects;
import org.borderwatch.core.evidence.Span;

/**
 * One token of an annotated document.
 *
 * @param index position in its sentence, from 0
 * @param span  character offsets in the document text
 * @param ner   named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code DATE},
 *              {@code NUMBER}, our registry's {@code ARMED_GROUP}, ...) or {@code O}
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {
    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index must be >= 0, was " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        lemma = lemma == null ? word : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null || ner.isEmpty() ? "O" : ner;
    }

    public boolean isEntity() {
        return !"O".equals(ner);
    }
}
