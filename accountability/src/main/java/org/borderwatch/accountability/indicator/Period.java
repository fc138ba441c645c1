package org.borderwatch.accountability.indicator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** Calendar periods: the buckets of a series ({@code per month}) and the units of a window ({@code last 3 months}). */
public enum Period {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** "month", "months", "Month" name a period. */
    static Optional<Period> named(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        for (Period p : values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(w)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The first day of the bucket holding {@code day} (weeks start on Monday, as ISO weeks do). */
    public LocalDate bucketStart(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    public LocalDate plus(LocalDate day, long n) {
        return switch (this) {
            case DAY -> day.plusDays(n);
            case WEEK -> day.plusWeeks(n);
            case MONTH -> day.plusMonths(n);
            case QUARTER -> day.plusMonths(3 * n);
            case YEAR -> day.plusYears(n);
        };
    }

    /** How a bucket starting on {@code start} is labelled: 2024-05-26, 2024-W21, 2024-05, 2024-Q2, 2024. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format(Locale.ROOT, "%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
