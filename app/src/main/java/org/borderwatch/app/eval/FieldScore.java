package org.borderwatch.app.eval;

/**
 * How one field scored over a gold set. Set-valued fields (provinces, event types) count true and
 * false positives and negatives over all items; single-valued ones (a date, a count) also count the
 * items predicted exactly right, which is their accuracy.
 *
 * @param items        gold items the field was scored on
 * @param correctItems items whose prediction was exactly right
 */
public record FieldScore(String field, String description, long truePositives, long falsePositives,
                         long falseNegatives, long items, long correctItems) {

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return ratio(correctItems, items);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
