package org.borderwatch.accountability.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The rate ratio and its exact interval against a hand computation: Clopper–Pearson limits found by
 * bisection on binomial tail sums written out term by term (no beta function involved), and the values
 * R's binom.test gives (checked with scipy's beta quantiles).
 */
class RateRatioTest {
    /** P(X >= k) for X ~ Binomial(n, p), summed term by term. */
    static double upperTail(int k, int n, double p) {
        double sum = 0;
        for (int i = k; i <= n; i++) {
            sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return sum;
    }

    static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }

    /** The Clopper–Pearson limits by their definition: P(X >= x | pL) = α/2 and P(X <= x | pU) = α/2. */
    static double[] handLimits(int x, int n) {
        double low = 0;
        if (x > 0) {
            double a = 0;
            double b = 1;
            for (int i = 0; i < 100; i++) {
                double m = (a + b) / 2;
                if (upperTail(x, n, m) < 0.025) {
                    a = m;
                } else {
                    b = m;
                }
            }
            low = a;
        }
        double high = 1;
        if (x < n) {
            double a = 0;
            double b = 1;
            for (int i = 0; i < 100; i++) {
                double m = (a + b) / 2;
                if (1 - upperTail(x + 1, n, m) > 0.025) {
                    a = m;
                } else {
                    b = m;
                }
            }
            high = a;
        }
        return new double[] {low, high};
    }

    static void assertMatchesHand(int current, int currentDays, int reference, int referenceDays) {
        RateRatio r = RateRatio.exact(current, currentDays, reference, referenceDays, 0.95);
        double[] p = handLimits(current, current + reference);
        double scale = (double) referenceDays / currentDays;
        assertThat(r.low()).isCloseTo(p[0] / (1 - p[0]) * scale, within(1e-9));
        if (p[1] >= 1) {
            assertThat(r.high()).isInfinite();
        } else {
            assertThat(r.high()).isCloseTo(p[1] / (1 - p[1]) * scale, within(1e-7 * Math.max(1, r.high())));
        }
    }

    @Test
    void agreesWithTheHandComputationAndWithBinomTest() {
        RateRatio r = RateRatio.exact(3, 90, 12, 90, 0.95);
        assertThat(r.ratio()).isEqualTo(0.25);
        assertThat(r.low()).isCloseTo(0.045272864, within(1e-8));
        assertThat(r.high()).isCloseTo(0.926378194, within(1e-8));
        RateRatio unequal = RateRatio.exact(10, 60, 30, 120, 0.95);
        assertThat(unequal.ratio()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(unequal.low()).isCloseTo(0.290727179, within(1e-8));
        assertThat(unequal.high()).isCloseTo(1.401140628, within(1e-8));
        assertThat(RateRatio.exact(1, 1, 1, 1, 0.95).high()).isCloseTo(78.49683532, within(1e-6));
        for (int[] c : new int[][] {{3, 90, 12, 90}, {10, 60, 30, 120}, {1, 1, 1, 1}, {17, 365, 40, 365}, {55, 90, 61, 91},
            {0, 30, 5, 30}, {4, 30, 0, 30}, {1, 200, 0, 10}}) {
            assertMatchesHand(c[0], c[1], c[2], c[3]);
        }
    }

    @Test
    void zeroCountsGiveOpenEndedLimitsNotErrors() {
        RateRatio noneAfter = RateRatio.exact(0, 30, 5, 30, 0.95);
        assertThat(noneAfter.ratio()).isZero();
        assertThat(noneAfter.low()).isZero();
        assertThat(noneAfter.high()).isCloseTo(1.091279105, within(1e-8)); // 1 - 0.025^(1/5), as odds
        RateRatio noneBefore = RateRatio.exact(4, 30, 0, 30, 0.95);
        assertThat(noneBefore.ratio()).isInfinite();
        assertThat(noneBefore.high()).isInfinite();
        assertThat(noneBefore.low()).isCloseTo(0.660124019, within(1e-8)); // 0.025^(1/4), as odds
        RateRatio none = RateRatio.exact(0, 30, 0, 30, 0.95);
        assertThat(none.ratio()).isNaN();
        assertThat(none.describe()).contains("no estimate");
        assertThat(noneBefore.describe()).isEqualTo("∞ (95% CI 0.66–∞)");
        assertThat(RateRatio.exact(3, 90, 12, 90, 0.95).describe()).isEqualTo("0.25 (95% CI 0.05–0.93)");
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> RateRatio.exact(1, 0, 1, 30, 0.95)).hasMessageContaining("no days");
        assertThatThrownBy(() -> RateRatio.exact(-1, 30, 1, 30, 0.95)).hasMessageContaining("negative");
        assertThatThrownBy(() -> RateRatio.exact(1, 30, 1, 30, 1.0)).hasMessageContaining("confidence");
        assertThat(RateRatio.withoutInterval(10, 30, 5, 30).hasInterval()).isFalse();
    }
}
