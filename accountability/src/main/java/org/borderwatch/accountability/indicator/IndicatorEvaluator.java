package org.borderwatch.accountability.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.accountability.indicator.Indicator.Measure;
import org.borderwatch.accountability.indicator.IndicatorResult.Cell;
import org.borderwatch.accountability.indicator.IndicatorResult.Coverage;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.incident.Count;

/**
 * Evaluates indicators over a fixed set of incidents as of a day: only incidents dated on or before
 * that day are known then, and windows end on it at the latest. An incident counts on the first day
 * its date may denote. Immutable and thread-safe.
 */
public final class IndicatorEvaluator {
    private final List<IncidentFact> incidents;
    private final Anchors anchors;

    public IndicatorEvaluator(List<IncidentFact> incidents, Anchors anchors) {
        this.incidents = incidents.stream().sorted(Comparator.comparing((IncidentFact f) -> f.day().orElse(LocalDate.MAX))
                .thenComparing(f -> f.ref().label())).toList();
        this.anchors = Objects.requireNonNull(anchors, "anchors");
    }

    /** @throws IllegalArgumentException when the indicator names a commitment or engagement that does not exist */
    public IndicatorResult evaluate(Indicator indicator, LocalDate asOf) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(asOf, "asOf");
        Filter filter = indicator.filter();
        DateRange range = indicator.window().map(w -> resolve(w, asOf)).orElseGet(() -> allTime(filter, asOf));
        Optional<DateRange> reference = indicator.reference().map(w -> resolve(w, asOf));
        Coverage coverage = coverage(filter, range, reference, asOf);
        if (indicator.per().isPresent()) {
            Period per = indicator.per().get();
            List<Cell> buckets = new ArrayList<>();
            if (!range.isEmpty()) {
                for (LocalDate b = per.bucketStart(range.start()); !b.isAfter(range.end()); b = per.plus(b, 1)) {
                    LocalDate end = per.plus(b, 1).minusDays(1);
                    DateRange cellRange = new DateRange(b.isBefore(range.start()) ? range.start() : b,
                            end.isAfter(range.end()) ? range.end() : end);
                    buckets.add(cell(per.label(b), cellRange, indicator.measure(), filter));
                }
            }
            return new IndicatorResult.Series(indicator, asOf, range, per, buckets, coverage);
        }
        Cell current = cell(range.toString(), range, indicator.measure(), filter);
        if (indicator.measure() == Measure.NONE) {
            return new IndicatorResult.Absence(indicator, asOf, current, coverage);
        }
        if (reference.isPresent()) {
            Cell ref = cell(reference.get().toString(), reference.get(), indicator.measure(), filter);
            RateRatio ratio = indicator.measure() == Measure.COUNT
                    ? RateRatio.exact((long) current.value(), current.range().days(), (long) ref.value(),
                    ref.range().days(), 0.95)
                    : RateRatio.withoutInterval(current.value(), current.range().days(), ref.value(), ref.range().days());
            return new IndicatorResult.Versus(indicator, asOf, current, ref, ratio, coverage);
        }
        return new IndicatorResult.Total(indicator, asOf, current, coverage);
    }

    private Cell cell(String label, DateRange range, Measure measure, Filter filter) {
        List<org.borderwatch.core.accountability.IncidentRef> refs = new ArrayList<>();
        double value = 0;
        for (int i = firstOnOrAfter(range.start()); i < incidents.size(); i++) {
            IncidentFact f = incidents.get(i);
            LocalDate day = f.day().orElse(LocalDate.MAX);
            if (day.isAfter(range.end())) {
                break; // sorted by day, undated last
            }
            if (!filter.test(f)) {
                continue;
            }
            refs.add(f.ref());
            value += switch (measure) {
                case COUNT, NONE -> 1;
                case KILLED -> f.killed().map(Count::best).orElse(0);
                case INJURED -> f.injured().map(Count::best).orElse(0);
            };
        }
        return new Cell(label, range, value, refs);
    }

    /** The index of the first incident dated on or after the day (binary search over the sorted list). */
    private int firstOnOrAfter(LocalDate day) {
        int lo = 0;
        int hi = incidents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (incidents.get(mid).day().orElse(LocalDate.MAX).isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** With no window: from the first matching incident (else the day itself) to the evaluation day. */
    private DateRange allTime(Filter filter, LocalDate asOf) {
        for (IncidentFact f : incidents) {
            if (f.day().isPresent() && !f.day().get().isAfter(asOf) && filter.test(f)) {
                return new DateRange(f.day().get(), asOf);
            }
        }
        return DateRange.day(asOf);
    }

    private Coverage coverage(Filter filter, DateRange range, Optional<DateRange> reference, LocalDate asOf) {
        int undated = 0;
        int unplaced = 0;
        LocalDate dataEnd = null;
        for (IncidentFact f : incidents) {
            Filter.Truth truth = filter.truth(f);
            if (f.day().isEmpty()) {
                undated += truth != Filter.Truth.FALSE ? 1 : 0;
                continue;
            }
            LocalDate day = f.day().get();
            if (!day.isAfter(asOf)) {
                dataEnd = day;
            }
            boolean inWindow = range.contains(day) || reference.map(r -> r.contains(day)).orElse(false);
            if (inWindow && truth == Filter.Truth.UNKNOWN) {
                unplaced++;
            }
        }
        return new Coverage(undated, unplaced, Optional.ofNullable(dataEnd));
    }

    private DateRange resolve(Window window, LocalDate asOf) {
        return window.range(asOf, anchors);
    }
}
