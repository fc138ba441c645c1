package org.borderwatch.core.incident;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.time.FuzzyDate;

/**
 * One incident as one document reports it. Mentions of the same incident in a document are merged
 * into one report; reports across documents are consolidated later.
 *
 * @param evidence the spans it was read from, first the main mention
 */
public record IncidentReport(
        IncidentType type,
        Optional<FuzzyDate> date,
        List<PlaceMention> places,
        List<Perpetrator> perpetrators,
        List<VictimGroup> victims,
        Optional<Count> killed,
        Optional<Count> injured,
        Optional<Count> captured,
        List<Span> evidence) {

    public IncidentReport {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        Objects.requireNonNull(captured, "captured");
        places = List.copyOf(places);
        perpetrators = List.copyOf(perpetrators);
        victims = List.copyOf(victims);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an incident report needs at least one evidence span");
        }
    }
}
