package org.borderwatch.accountability.indicator;

import java.time.LocalDate;

/** The days an indicator counts over. */
public sealed interface Window {
    /** The days, evaluated on {@code asOf}; never past it. */
    default DateRange range(LocalDate asOf, Anchors anchors) {
        return unclipped(asOf, anchors).until(asOf);
    }

    DateRange unclipped(LocalDate asOf, Anchors anchors);

    /** From the anchor's first day to the evaluation day. */
    record Since(Anchor from) implements Window {
        @Override
        public DateRange unclipped(LocalDate asOf, Anchors anchors) {
            return new DateRange(from.days(asOf, anchors).start(), asOf);
        }

        @Override
        public String toString() {
            return "since " + from;
        }
    }

    /** From the first day of one anchor to the last day of the other, both included. */
    record Between(Anchor from, Anchor to) implements Window {
        @Override
        public DateRange unclipped(LocalDate asOf, Anchors anchors) {
            return new DateRange(from.days(asOf, anchors).start(), to.days(asOf, anchors).end());
        }

        @Override
        public String toString() {
            return "from " + from + " to " + to;
        }
    }

    /** The last {@code n} units up to and including the evaluation day. */
    record Last(int n, Period unit) implements Window {
        public Last {
            checkPositive(n);
        }

        @Override
        public DateRange unclipped(LocalDate asOf, Anchors anchors) {
            return new DateRange(unit.plus(asOf, -n).plusDays(1), asOf);
        }

        @Override
        public String toString() {
            return "last " + n + " " + unit.word() + "s";
        }
    }

    /** {@code n} units ending the day before the anchor, or starting the day after it. */
    record Around(int n, Period unit, boolean before, Anchor anchor) implements Window {
        public Around {
            checkPositive(n);
        }

        @Override
        public DateRange unclipped(LocalDate asOf, Anchors anchors) {
            DateRange at = anchor.days(asOf, anchors);
            return before ? new DateRange(unit.plus(at.start(), -n), at.start().minusDays(1))
                    : new DateRange(at.end().plusDays(1), unit.plus(at.end(), n));
        }

        @Override
        public String toString() {
            return n + " " + unit.word() + "s " + (before ? "before " : "after ") + anchor;
        }
    }

    private static void checkPositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a window needs at least one unit, was " + n);
        }
    }
}
