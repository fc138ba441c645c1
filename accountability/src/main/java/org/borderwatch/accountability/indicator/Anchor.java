package org.borderwatch.accountability.indicator;

import java.time.LocalDate;

/** A day a window is measured from: a date, the evaluation day, a commitment's start, an engagement's date. */
public sealed interface Anchor {
    /** The days it stands for, evaluated on {@code asOf}. */
    DateRange days(LocalDate asOf, Anchors anchors);

    record On(LocalDate day) implements Anchor {
        @Override
        public DateRange days(LocalDate asOf, Anchors anchors) {
            return DateRange.day(day);
        }

        @Override
        public String toString() {
            return day.toString();
        }
    }

    record Today() implements Anchor {
        @Override
        public DateRange days(LocalDate asOf, Anchors anchors) {
            return DateRange.day(asOf);
        }

        @Override
        public String toString() {
            return "today";
        }
    }

    record CommitmentStart(long id) implements Anchor {
        @Override
        public DateRange days(LocalDate asOf, Anchors anchors) {
            return anchors.commitmentStart(id).orElseThrow(() ->
                    new IllegalArgumentException("commitment " + id + " does not exist or has no start date"));
        }

        @Override
        public String toString() {
            return "commitment " + id;
        }
    }

    record EngagementDate(long id) implements Anchor {
        @Override
        public DateRange days(LocalDate asOf, Anchors anchors) {
            return anchors.engagementDate(id).orElseThrow(() ->
                    new IllegalArgumentException("engagement " + id + " does not exist"));
        }

        @Override
        public String toString() {
            return "engagement " + id;
        }
    }
}
