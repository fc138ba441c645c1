package org.borderwatch.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as precisely as the source gives it: the earliest and latest day it may denote.
 * "March 2024" is {@code 2024-03-01..2024-03-31} at {@link DatePrecision#MONTH}.
 */
public record FuzzyDate(LocalDate earliest, LocalDate latest, DatePrecision precision) {
    public FuzzyDate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("date range ends " + latest + " before it starts " + earliest);
        }
        if (precision == DatePrecision.DAY && !earliest.equals(latest)) {
            throw new IllegalArgumentException("a day-precise date is a single day, not " + earliest + ".." + latest);
        }
    }

    public static FuzzyDate day(LocalDate day) {
        return new FuzzyDate(day, day, DatePrecision.DAY);
    }

    public static FuzzyDate month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new FuzzyDate(first, first.withDayOfMonth(first.lengthOfMonth()), DatePrecision.MONTH);
    }

    /** ISO 8601 with the precision kept: {@code 2024-05-26}, {@code 2024-03}, {@code 2024}, or a range. */
    public String iso() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> earliest.toString().substring(0, 7);
            case YEAR -> Integer.toString(earliest.getYear());
            case WEEK, APPROXIMATE -> earliest + "/" + latest;
        };
    }
}
