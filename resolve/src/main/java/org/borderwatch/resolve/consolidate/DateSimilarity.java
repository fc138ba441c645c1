package org.borderwatch.resolve.consolidate;

/**
 * How alike two reports' dates are. Overlapping dates agree as strongly as they are precise (the same
 * day more than the same month) and as much as they coincide; dates a day or three apart still agree a
 * little, since sources date one event by its day or by its report. A report dated only by its
 * publication is compared by the reporting lag: news of an event mostly appears the same day or the
 * next (84% in the UCDP GED sample), rarely two or three days later.
 */
final class DateSimilarity {
    /** Reports whose dates lie further apart than this are never compared. */
    static final int WINDOW_DAYS = 3;
    /** Similarity by days between an event day and a report of it, or between two reports' publication. */
    private static final double[] BY_LAG = {0.9, 0.85, 0.6, 0.5};

    private record OptionalLag(boolean known, double score) {
    }

    private DateSimilarity() {
    }

    static double of(DateWindow a, DateWindow b) {
        if (a.inferred() || b.inferred()) {
            OptionalLag lag = lag(a, b);
            if (lag.known) {
                return lag.score;
            }
        }
        long gap = a.gap(b);
        if (gap > 0) {
            return gap == 1 ? 0.6 : gap == 2 ? 0.45 : gap <= WINDOW_DAYS ? 0.3 : 0;
        }
        long width = Math.max(a.width(), b.width());
        double specificity = width <= 1 ? 1 : width <= 4 ? 0.9 : width <= 8 ? 0.8 : width <= 31 ? 0.7
                : width <= 92 ? 0.6 : 0.5;
        double alignment = (double) a.overlap(b) / Math.min(a.width(), b.width());
        return specificity * (0.7 + 0.3 * alignment);
    }

    /**
     * For an inferred window and a single day (or another inferred window), the lag between the event
     * day and the publication, when the day falls in the window; unknown otherwise (wider dates, or a day
     * outside the window, are compared as ranges).
     */
    private static OptionalLag lag(DateWindow a, DateWindow b) {
        if (a.inferred() && b.inferred()) {
            long d = Math.abs(a.latest() - b.latest());
            return d < BY_LAG.length ? new OptionalLag(true, BY_LAG[(int) d] - (d == 0 ? 0 : 0.05))
                    : new OptionalLag(false, 0);
        }
        DateWindow report = a.inferred() ? a : b;
        DateWindow event = a.inferred() ? b : a;
        if (event.width() != 1) {
            return new OptionalLag(false, 0);
        }
        long d = report.latest() - event.earliest();
        if (d < 0) {
            // An event after the report that tells of it: only dating slips allow it (1% in the UCDP GED sample).
            return new OptionalLag(true, Math.max(0, 0.4 + 0.1 * d));
        }
        return d < BY_LAG.length ? new OptionalLag(true, BY_LAG[(int) d]) : new OptionalLag(false, 0);
    }
}
