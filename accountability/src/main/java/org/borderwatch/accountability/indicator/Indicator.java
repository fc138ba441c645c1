package org.borderwatch.accountability.indicator;

import java.util.Objects;
import java.util.Optional;

/**
 * A parsed indicator: what it adds up over which incidents, in which window, compared with which
 * reference window, in which buckets. {@link #toString()} prints the canonical expression, which parses
 * back to an equal indicator.
 *
 * @param window    the days counted (default: everything up to the evaluation day)
 * @param reference with {@code versus}: the window the first is compared with
 * @param per       with {@code per}: a series of calendar buckets instead of one total
 */
public record Indicator(Measure measure, Filter filter, Optional<Window> window, Optional<Window> reference,
                        Optional<Period> per) {
    /** What an indicator adds up. */
    public enum Measure {
        /** How many incidents. */
        COUNT("count"),
        /** Their killed (best estimates). */
        KILLED("sum killed"),
        /** Their injured (best estimates). */
        INJURED("sum injured"),
        /** Whether there is none: holds when the count is zero. */
        NONE("none");

        private final String word;

        Measure(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Indicator {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(per, "per");
        if (reference.isPresent() && window.isEmpty()) {
            throw new IllegalArgumentException("'versus' compares two windows: name the first one too");
        }
        if (reference.isPresent() && per.isPresent()) {
            throw new IllegalArgumentException("a comparison of two windows cannot also be a series ('per')");
        }
        if (measure == Measure.NONE && (reference.isPresent() || per.isPresent())) {
            throw new IllegalArgumentException("'none' tests one window: it takes neither 'versus' nor 'per'");
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(measure.word());
        String f = filter.toString();
        if (!f.isEmpty()) {
            s.append(" where ").append(f);
        }
        window.ifPresent(w -> s.append(' ').append(w));
        reference.ifPresent(w -> s.append(" versus ").append(w));
        per.ifPresent(p -> s.append(" per ").append(p.word()));
        return s.toString();
    }
}
