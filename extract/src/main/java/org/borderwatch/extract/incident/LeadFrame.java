package org.borderwatch.extract.incident;

import java.util.List;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Where and when a news story's lead sentence sets it: "In Khost province last night, a joint force
 * searched a compound." News tells the place and time first and the outcome after ("During the
 * search the force captured a facilitator"), so an event told in the next sentences without a place
 * or date of its own took place there and then. Only a lead that reports no event itself frames the
 * story this way; otherwise its event carries the place and date.
 *
 * @param sentence the lead's sentence index
 */
record LeadFrame(int sentence, Span evidence, List<PlaceMention> places, Optional<FuzzyDate> date) {
    /** How many sentences after the lead it still frames. */
    static final int REACH = 3;

    static LeadFrame of(ParsedSentence lead) {
        return new LeadFrame(lead.index(), lead.span(), new PlaceReader(lead).read(i -> true),
                new DateReader(lead, Optional.empty()).read(i -> true, 0));
    }

    /**
     * A sentence deeper in the story that sets a scene without telling an event ("In Helmand province,
     * several insurgents tried to enter an observation post in Sangin district."): its places frame
     * the event told next ("Coalition forces engaged the enemy position, killing one insurgent"). Its
     * dates are left out: past the lead they tell background as often as the event's time.
     */
    static Optional<LeadFrame> scene(ParsedSentence sentence) {
        List<PlaceMention> places = new PlaceReader(sentence).read(i -> true).stream()
                .filter(p -> !IncidentLexicon.get().isCountry(p.text())).toList();
        return places.isEmpty() ? Optional.empty()
                : Optional.of(new LeadFrame(sentence.index(), sentence.span(), places, Optional.empty()));
    }

    boolean frames(int sentenceIndex) {
        return sentenceIndex > sentence && sentenceIndex <= sentence + REACH;
    }
}
