package org.borderwatch.core.accountability;

import java.util.List;
import java.util.Objects;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.time.FuzzyDate;

/**
 * An engagement a rule suggests from a statement or a sentence of a document.
 *
 * @param suggestionKey names the suggestion across runs ({@code doc:<document>:<offset>:<kind>})
 */
public record EngagementDraft(EngagementKind kind, String title, FuzzyDate date, List<PartyRef> parties,
                              String suggestionKey, Evidence evidence) {
    public EngagementDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(suggestionKey, "suggestionKey");
        Objects.requireNonNull(evidence, "evidence");
        parties = List.copyOf(parties);
    }
}
