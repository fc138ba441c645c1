package org.borderwatch.store.extraction;

import java.util.List;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.core.time.FuzzyDate;

/**
 * An incident as listed: its stored fields, the document it was read from and its first evidence.
 *
 * @param type     the incident type name (an {@link org.borderwatch.core.incident.IncidentType} for machine facts)
 * @param document the document of its first evidence (else its first report), if any
 * @param place    where it happened: its most precise resolved place, if any place mention resolved
 * @param evidence its first evidence span with the quoted words, if it has one
 */
public record StoredIncident(
        long id,
        FactSource source,
        Optional<DocumentRef> document,
        String type,
        Optional<FuzzyDate> date,
        List<String> places,
        Optional<StoredPlace> place,
        List<StoredPerpetrator> perpetrators,
        List<VictimGroup> victims,
        Optional<Count> killed,
        Optional<Count> injured,
        Optional<Count> captured,
        Optional<Evidence> evidence) {

    public StoredIncident {
        places = List.copyOf(places);
        perpetrators = List.copyOf(perpetrators);
        victims = List.copyOf(victims);
    }
}
