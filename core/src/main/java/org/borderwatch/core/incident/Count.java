package org.borderwatch.core.incident;

/**
 * A reported number as a range: "at least 12" is 12/12/open, "dozens" 24/36/99, "six" 6/6/6.
 *
 * @param high the upper bound, or {@link #OPEN} when the source gives none
 */
public record Count(int low, int best, int high) {
    public static final int OPEN = Integer.MAX_VALUE;

    public Count {
        if (low < 0 || best < low || high < best) {
            throw new IllegalArgumentException("a count needs 0 <= low <= best <= high, was " + low + "/" + best + "/" + high);
        }
    }

    public static Count exactly(int n) {
        return new Count(n, n, n);
    }

    public static Count atLeast(int n) {
        return new Count(n, n, OPEN);
    }

    public Count plus(Count other) {
        return new Count(low + other.low, best + other.best,
                high == OPEN || other.high == OPEN ? OPEN : high + other.high);
    }

    @Override
    public String toString() {
        return low == high ? Integer.toString(best) : low + ".." + (high == OPEN ? "" : high) + " (best " + best + ")";
    }
}
