package org.borderwatch.resolve.consolidate;

import java.time.LocalDate;
import java.util.Optional;
import org.borderwatch.core.consolidation.Report;

/**
 * The days a report's incident may have happened on, as epoch days. A report without a date of its
 * own is taken to describe an event of the days just before its publication: in the UCDP GED sample,
 * 90% of news reports appeared within {@value #REPORTING_LAG_DAYS} days of the event. Such a window is
 * {@code inferred}: it helps to find and compare reports but is not a date any source gave.
 */
record DateWindow(long earliest, long latest, boolean inferred) {
    static final int REPORTING_LAG_DAYS = 3;

    static Optional<DateWindow> of(Report r) {
        if (r.date().isPresent()) {
            return Optional.of(new DateWindow(r.date().get().earliest().toEpochDay(), r.date().get().latest().toEpochDay(),
                    false));
        }
        return r.published().map(LocalDate::toEpochDay).map(p -> new DateWindow(p - REPORTING_LAG_DAYS, p, true));
    }

    /** Days covered, at least 1. */
    long width() {
        return latest - earliest + 1;
    }

    /** Days between the two windows, 0 when they overlap. */
    long gap(DateWindow o) {
        return Math.max(0, Math.max(earliest, o.earliest) - Math.min(latest, o.latest));
    }

    long overlap(DateWindow o) {
        return Math.max(0, Math.min(latest, o.latest) - Math.max(earliest, o.earliest) + 1);
    }

    boolean within(DateWindow o) {
        return earliest >= o.earliest && latest <= o.latest;
    }
}
