package org.borderwatch.core.consolidation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;

/**
 * The fields of a consolidated incident as its reports together give them.
 *
 * @param sources    every report's counts with its source, in the group's order
 * @param chosenFrom for {@code type}, {@code date} and {@code place}: the key of the report the value came from
 */
public record Reconciled(String type, Optional<FuzzyDate> date, Optional<ReportPlace> place, Optional<Count> killed,
                         Optional<Count> injured, List<CountSource> sources, Map<String, String> chosenFrom) {
    public Reconciled {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        sources = List.copyOf(sources);
        chosenFrom = Map.copyOf(chosenFrom);
    }
}
