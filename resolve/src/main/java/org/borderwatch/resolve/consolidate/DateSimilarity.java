package org.borderwatch.resolve.consolidate;

/**
 * How alike two reports' dates are. Overlapping dates agree as strongly as they are precise (the same
 * day more than the same month) and as much as they coincide; dates a day or three apart still agree a
 * little, since sources date one event by its day or by its report.
 */
final class DateSimilarity {
    /** Reports whose dates lie further apart than this are never compared. */
    static final int WINDOW_DAYS = 3;

    private DateSimilarity() {
    }

    static double of(DateWindow a, DateWindow b) {
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
}
