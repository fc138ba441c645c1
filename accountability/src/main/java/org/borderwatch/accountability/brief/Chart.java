package org.borderwatch.accountability.brief;

import java.util.List;

/**
 * What a figure draws: bars with labels (a series per period, or the rates before and after an
 * engagement with their interval), or a strip of met / not met days.
 *
 * @param low  and {@code high}: an interval drawn on the last bar (a rate ratio's), or empty lists
 */
public record Chart(Kind kind, String title, String valueLabel, List<String> labels, List<Double> values,
                    List<Double> low, List<Double> high) {
    public enum Kind { BARS, STRIP }

    public Chart {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
        low = List.copyOf(low);
        high = List.copyOf(high);
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
    }

    public static Chart bars(String title, String valueLabel, List<String> labels, List<Double> values) {
        return new Chart(Kind.BARS, title, valueLabel, labels, values, List.of(), List.of());
    }

    public static Chart strip(String title, List<String> days, List<Boolean> met) {
        return new Chart(Kind.STRIP, title, "met", days, met.stream().map(b -> b ? 1.0 : 0.0).toList(), List.of(), List.of());
    }
}
