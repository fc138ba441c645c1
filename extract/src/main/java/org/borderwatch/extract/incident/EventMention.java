package org.borderwatch.extract.incident;

import java.util.List;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.time.FuzzyDate;

/**
 * One clause's account of an event, before mentions of the same event in a document are merged.
 *
 * @param type         the event type; empty for a clause that only adds to an event told before
 *                     ("The BLA claimed responsibility.")
 * @param typeFromWord whether an event word gave the type, rather than the casualties alone
 * @param eventNoun    whether a noun names the event ("a blast", "the raid"), not only verbs
 * @param securityActs whether state forces did the violence the clause tells ("troops returned fire,
 *                     killing one insurgent")
 * @param definite     refers back to a known event ("the attack", "the Bisham attack")
 * @param separate     announces a further event ("another attack", "a separate raid")
 * @param roundup      sums up several events ("killed 12 insurgents during separate operations"), which
 *                     the report usually tells one by one after it
 * @param several      refers back to several events told, and only that ("the BLA claimed the coordinated
 *                     attacks"): what it adds is every one's
 */
record EventMention(int sentence, Span evidence, Optional<IncidentType> type, boolean typeFromWord,
                    boolean eventNoun, boolean securityActs, boolean definite, boolean separate,
                    boolean roundup, boolean several, List<PlaceMention> places, Optional<FuzzyDate> date,
                    List<CasualtyClause> clauses, List<Perpetrator> perpetrators) {

    /**
     * A clause that names no place or date of its own carries on the story told so far; so does one
     * told with verbs alone and no toll ("the force targeted a compound near Sarkari Kala"): without
     * an event noun ("a blast", "another attack") news does not introduce a new event.
     */
    boolean continuation() {
        if (separate || date.isPresent()) {
            return false;
        }
        return places.isEmpty() || (!eventNoun && clauses.stream().noneMatch(c -> c.total().isPresent()));
    }
}
