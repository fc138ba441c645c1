package org.borderwatch.store.consolidation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.extraction.StoredPlace;

/**
 * A consolidated incident as listed: its reconciled (or analyst-edited) fields, its reports with their
 * sources and scores, which report each field came from, and notes for a reviewer.
 *
 * @param origin     MACHINE while consolidation owns the fields, CORRECTED once an analyst edited them
 * @param chosenFrom for type, date and place: the key of the report the value came from
 */
public record StoredConsolidated(long id, String type, Optional<FuzzyDate> date, Optional<StoredPlace> place,
                                 Optional<Count> killed, Optional<Count> injured, int reportCount, FactOrigin origin,
                                 String reviewStatus, int version, List<StoredMember> reports,
                                 Map<String, String> chosenFrom, List<String> notes) {
    public StoredConsolidated {
        reports = List.copyOf(reports);
        chosenFrom = Map.copyOf(chosenFrom);
        notes = List.copyOf(notes);
    }
}
