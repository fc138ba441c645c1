package org.borderwatch.accountability.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.Engagement;

/**
 * The days that commitments and engagements named in an indicator stand for: a range, since an engagement
 * may be known to the month only. A window before an anchor ends before its first day; after, it starts
 * after its last day.
 */
public interface Anchors {
    Optional<DateRange> commitmentStart(long id);

    Optional<DateRange> engagementDate(long id);

    /** The start days of these commitments (those that have one) and the dates of these engagements. */
    static Anchors of(List<Commitment> commitments, List<Engagement> engagements) {
        Map<Long, DateRange> starts = new HashMap<>();
        for (Commitment c : commitments) {
            c.start().ifPresent(s -> starts.put(c.id(), DateRange.day(s)));
        }
        Map<Long, DateRange> dates = new HashMap<>();
        for (Engagement e : engagements) {
            dates.put(e.id(), new DateRange(e.date().earliest(), e.date().latest()));
        }
        return new Anchors() {
            @Override
            public Optional<DateRange> commitmentStart(long id) {
                return Optional.ofNullable(starts.get(id));
            }

            @Override
            public Optional<DateRange> engagementDate(long id) {
                return Optional.ofNullable(dates.get(id));
            }
        };
    }

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
