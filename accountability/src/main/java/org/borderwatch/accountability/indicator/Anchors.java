package org.borderwatch.accountability.indicator;

import java.util.Optional;

/**
 * The days that commitments and engagements named in an indicator stand for: a range, since an engagement
 * may be known to the month only. A window before an anchor ends before its first day; after, it starts
 * after its last day.
 */
public interface Anchors {
    Optional<DateRange> commitmentStart(long id);

    Optional<DateRange> engagementDate(long id);

    /** No commitments or engagements: naming one is an error. */
    Anchors NONE = new Anchors() {
        @Override
        public Optional<DateRange> commitmentStart(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<DateRange> engagementDate(long id) {
            return Optional.empty();
        }
    };
}
