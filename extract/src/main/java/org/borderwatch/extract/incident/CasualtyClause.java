package org.borderwatch.extract.incident;

import java.util.List;
import java.util.Optional;
import org.borderwatch.core.incident.Count;
import org.borderwatch.extract.incident.IncidentLexicon.Outcome;

/**
 * One report of what happened to people: "claimed the lives of five Chinese laborers and one local" is
 * KILLED with two victim phrases.
 *
 * @param predicate the casualty word's token ("killed", "death", "lives")
 * @param agent     the token of who did it, when the clause names them ("gunmen shot dead"), else -1
 * @param additive  the clause adds to counts given before ("also detained one")
 * @param update    the clause restates a total ("the death toll rose to 30")
 */
record CasualtyClause(Outcome outcome, int predicate, List<VictimPhrase> victims, int agent, boolean additive,
                      boolean update) {

    /** The number of people the clause counts, when every phrase it names gives one. */
    Optional<Count> total() {
        Count sum = null;
        for (VictimPhrase v : victims) {
            if (v.count().isEmpty()) {
                return Optional.empty();
            }
            sum = sum == null ? v.count().get() : sum.plus(v.count().get());
        }
        return Optional.ofNullable(sum);
    }

    /**
     * Whether the clause only refers back to people already counted: "the insurgents killed", "killing
     * the two insurgents". A definite singular with no number ("killed the Taliban leader") may be the
     * first report of that person and counts.
     */
    boolean repeatsOnly() {
        return victims.stream().allMatch(v -> v.definite() && (v.count().isEmpty() || v.numbered()));
    }
}
