package org.borderwatch.core.annotation;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.time.FuzzyDate;

/**
 * A time expression resolved against the document date: "March" in a paper of 2024-05-28 is
 * 2024-03 at month precision; "a few weeks prior" is an approximate range before the anchor.
 *
 * @param timex    the normalised TIMEX3 value ({@code 2024-03}, {@code 2024-05-26}, {@code PXW})
 * @param resolved the dates it denotes, empty where it denotes none (durations, sets)
 */
public record TimeMention(Span span, String text, int sentence, String timex, Optional<FuzzyDate> resolved) {
    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(resolved, "resolved");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, was " + sentence);
        }
    }
}
