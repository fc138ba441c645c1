package org.borderwatch.accountability.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days from {@code start} to {@code end}, both included; empty when the end is before the start. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean isEmpty() {
        return end.isBefore(start);
    }

    /** How many days it spans: the exposure of a rate. */
    public long days() {
        return isEmpty() ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The part of it up to {@code day}. */
    public DateRange until(LocalDate day) {
        return end.isAfter(day) ? new DateRange(start, day) : this;
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
