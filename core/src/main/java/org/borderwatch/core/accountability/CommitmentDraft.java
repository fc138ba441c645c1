package org.borderwatch.core.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A commitment a rule suggests from statements, before an analyst confirms it.
 *
 * @param suggestionKey    names the suggestion across runs (its statement's key and the clause), so that
 *                         suggesting again adds nothing and a rejected suggestion stays rejected
 * @param rule             which rule suggested it, shown to the analyst ("demand: addressee owes")
 * @param relatedIncidents incident report ids the source statements or their context name
 */
public record CommitmentDraft(Optional<PartyRef> obligor, Optional<PartyRef> obligee, String owed,
                              Optional<LocalDate> start, String suggestionKey, List<StatementFact> sources,
                              List<Long> relatedIncidents, String rule) {
    public CommitmentDraft {
        Objects.requireNonNull(obligor, "obligor");
        Objects.requireNonNull(obligee, "obligee");
        Objects.requireNonNull(owed, "owed");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(suggestionKey, "suggestionKey");
        Objects.requireNonNull(rule, "rule");
        sources = List.copyOf(sources);
        relatedIncidents = List.copyOf(relatedIncidents);
        if (owed.isBlank()) {
            throw new IllegalArgumentException("a commitment needs what is owed");
        }
    }
}
