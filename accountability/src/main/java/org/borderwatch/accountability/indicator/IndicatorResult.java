package org.borderwatch.accountability.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.accountability.IncidentRef;

/**
 * What an indicator evaluated to on a day, with the incidents behind every number.
 */
public sealed interface IndicatorResult {
    Indicator indicator();

    LocalDate asOf();

    Coverage coverage();

    /**
     * The one number conditions compare: the total; a series' last bucket; 1 when an absence holds,
     * else 0; a comparison's rate ratio.
     */
    double value();

    /** Every incident counted, in date order. */
    List<IncidentRef> incidents();

    /** One line for a terminal or a brief. */
    String summary();

    /**
     * What could not be counted: matching incidents without a date, and (for filters on place) incidents
     * in the window without a place; and the latest incident day in the data, so a window past it reads
     * as "no data", not "no incidents".
     */
    record Coverage(int undated, int unplaced, Optional<LocalDate> dataEnd) {
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (undated > 0) {
                parts.add(undated + " matching incident" + (undated == 1 ? " has" : "s have") + " no date");
            }
            if (unplaced > 0) {
                parts.add(unplaced + " incident" + (unplaced == 1 ? "" : "s") + " in the window could not be placed");
            }
            return String.join("; ", parts);
        }
    }

    /** The days counted and what they hold. */
    record Cell(String label, DateRange range, double value, List<IncidentRef> incidents) {
        public Cell {
            incidents = List.copyOf(incidents);
        }
    }

    record Total(Indicator indicator, LocalDate asOf, Cell cell, Coverage coverage) implements IndicatorResult {
        @Override
        public double value() {
            return cell.value();
        }

        @Override
        public List<IncidentRef> incidents() {
            return cell.incidents();
        }

        @Override
        public String summary() {
            return Comparison.number(cell.value()) + " (" + cell.range() + ")";
        }
    }

    record Series(Indicator indicator, LocalDate asOf, DateRange range, Period per, List<Cell> buckets,
                  Coverage coverage) implements IndicatorResult {
        public Series {
            buckets = List.copyOf(buckets);
        }

        @Override
        public double value() {
            return buckets.isEmpty() ? 0 : buckets.get(buckets.size() - 1).value();
        }

        @Override
        public List<IncidentRef> incidents() {
            return buckets.stream().flatMap(b -> b.incidents().stream()).toList();
        }

        public double total() {
            return buckets.stream().mapToDouble(Cell::value).sum();
        }

        @Override
        public String summary() {
            return Comparison.number(total()) + " in " + buckets.size() + " " + per.word() + "s (" + range + "), last "
                    + Comparison.number(value());
        }
    }

    record Absence(Indicator indicator, LocalDate asOf, Cell cell, Coverage coverage) implements IndicatorResult {
        public boolean holds() {
            return cell.incidents().isEmpty();
        }

        @Override
        public double value() {
            return holds() ? 1 : 0;
        }

        @Override
        public List<IncidentRef> incidents() {
            return cell.incidents();
        }

        @Override
        public String summary() {
            return holds() ? "holds: no matching incident (" + cell.range() + ")"
                    : "does not hold: " + cell.incidents().size() + " matching incident"
                    + (cell.incidents().size() == 1 ? "" : "s") + " (" + cell.range() + ")";
        }
    }

    /** A current window against a reference window. */
    record Versus(Indicator indicator, LocalDate asOf, Cell current, Cell reference, RateRatio ratio,
                  Coverage coverage) implements IndicatorResult {
        @Override
        public double value() {
            return ratio.ratio();
        }

        @Override
        public List<IncidentRef> incidents() {
            List<IncidentRef> all = new ArrayList<>(reference.incidents());
            all.addAll(current.incidents());
            return all;
        }

        @Override
        public String summary() {
            return Comparison.number(current.value()) + " in " + current.range().days() + " days (" + current.range()
                    + ") versus " + Comparison.number(reference.value()) + " in " + reference.range().days() + " days ("
                    + reference.range() + "): rate ratio " + ratio.describe();
        }
    }
}
