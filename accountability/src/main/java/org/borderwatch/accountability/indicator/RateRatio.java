package org.borderwatch.accountability.indicator;

import java.util.Locale;

/**
 * The ratio of two incident rates (events per day in a current window over those in a reference
 * window) with a confidence interval.
 *
 * <p>Method (exact conditional): given {@code n = current + reference} events, the current count is
 * binomial with {@code p = t1·RR / (t1·RR + t0)} if both counts are Poisson. The Clopper–Pearson limits
 * {@code pL, pU} for p (beta quantiles at α/2 and 1−α/2) give {@code RR = p/(1−p) · t0/t1}. It is exact
 * for small counts and handles zeros: no current events gives a lower limit of 0; no reference events an
 * upper limit of +∞ (and a point estimate of +∞); no events at all gives no estimate (NaN, 0..+∞).
 * Casualty sums are not Poisson counts: their ratio carries no interval ({@link #withoutInterval}).
 *
 * @param ratio  (current / currentDays) / (reference / referenceDays)
 * @param method "exact conditional (Clopper–Pearson)" or why there is no interval
 */
public record RateRatio(double current, long currentDays, double reference, long referenceDays, double ratio,
                        double low, double high, double confidence, String method) {
    public static final String EXACT = "exact conditional binomial (Clopper-Pearson)";

    public static RateRatio exact(long current, long currentDays, long reference, long referenceDays, double confidence) {
        check(currentDays, referenceDays);
        if (current < 0 || reference < 0) {
            throw new IllegalArgumentException("event counts cannot be negative");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("a confidence level lies strictly between 0 and 1, was " + confidence);
        }
        long n = current + reference;
        double scale = (double) referenceDays / currentDays;
        if (n == 0) {
            return new RateRatio(0, currentDays, 0, referenceDays, Double.NaN, 0, Double.POSITIVE_INFINITY, confidence,
                    EXACT + "; no events in either window, so no estimate");
        }
        double alpha = 1 - confidence;
        double pLow = current == 0 ? 0 : Beta.inverse(alpha / 2, current, n - current + 1);
        double pHigh = current == n ? 1 : Beta.inverse(1 - alpha / 2, current + 1, n - current);
        double low = pLow * scale / (1 - pLow);
        double high = pHigh >= 1 ? Double.POSITIVE_INFINITY : pHigh * scale / (1 - pHigh);
        double ratio = reference == 0 ? Double.POSITIVE_INFINITY : (current / (double) currentDays) / (reference / (double) referenceDays);
        return new RateRatio(current, currentDays, reference, referenceDays, ratio, low, high, confidence, EXACT);
    }

    /** The ratio of two rates of casualty sums, without an interval. */
    public static RateRatio withoutInterval(double current, long currentDays, double reference, long referenceDays) {
        check(currentDays, referenceDays);
        double ratio = reference == 0 ? (current == 0 ? Double.NaN : Double.POSITIVE_INFINITY)
                : (current / currentDays) / (reference / referenceDays);
        return new RateRatio(current, currentDays, reference, referenceDays, ratio, Double.NaN, Double.NaN, 0,
                "no interval: casualty sums are not Poisson counts");
    }

    private static void check(long currentDays, long referenceDays) {
        if (currentDays <= 0 || referenceDays <= 0) {
            throw new IllegalArgumentException("a window of no days has no rate (current " + currentDays
                    + " days, reference " + referenceDays + " days)");
        }
    }

    public boolean hasInterval() {
        return !Double.isNaN(low);
    }

    /** Events per 30 days in the current window. */
    public double currentRate() {
        return current * 30.0 / currentDays;
    }

    public double referenceRate() {
        return reference * 30.0 / referenceDays;
    }

    /** "0.25 (95% CI 0.07–0.69)", "∞ (95% CI 1.9–∞)", "no estimate". */
    public String describe() {
        if (Double.isNaN(ratio)) {
            return "no estimate (no events in either window)";
        }
        String r = format(ratio);
        if (!hasInterval()) {
            return r;
        }
        return r + " (" + Math.round(confidence * 100) + "% CI " + format(low) + "–" + format(high) + ")";
    }

    public static String format(double x) {
        if (Double.isInfinite(x)) {
            return "∞";
        }
        if (Double.isNaN(x)) {
            return "–";
        }
        return String.format(Locale.ROOT, x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f", x);
    }
}
