package org.borderwatch.extract.text;

import java.util.Locale;
import org.borderwatch.core.evidence.Span;

/** Small text helpers shared by the rules. */
public final class Texts {
    private Texts() {
    }

    /** The text of a span with typographic quotes straightened and white space folded. */
    public static String clean(String documentText, Span span) {
        return fold(span.of(documentText));
    }

    public static String fold(String s) {
        return s.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ").strip();
    }

    /** Lower case, no quotes, no trailing punctuation: the comparable form of a proposition. */
    public static String normalise(String s) {
        return fold(s).toLowerCase(Locale.ROOT)
                .replaceAll("[\"']", "")
                .replaceAll("[\\s.,;:!?]+$", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
