package org.borderwatch.core.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;

/**
 * One incident as indicators see it: a consolidated incident with what its reports say about
 * perpetrators, or an ungrouped report.
 *
 * @param type      the incident type name ({@code SUICIDE_ATTACK})
 * @param sources   the documents and dataset records of its reports
 * @param reportIds the {@code incident} rows (reports) it stands for: its own id for an ungrouped report
 */
public record IncidentFact(IncidentRef ref, String type, Optional<FuzzyDate> date,
                           List<PerpetratorFact> perpetrators, Optional<PlaceFact> place,
                           Optional<Count> killed, Optional<Count> injured, List<SourceRef> sources,
                           List<Long> reportIds) {
    public IncidentFact {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        perpetrators = List.copyOf(perpetrators);
        sources = List.copyOf(sources);
        reportIds = List.copyOf(reportIds);
    }

    /** The day indicators count it on: the first day its date may denote. */
    public Optional<LocalDate> day() {
        return date.map(FuzzyDate::earliest);
    }
}
