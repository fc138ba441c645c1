package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.PlaceMention;

/**
 * Reads the places named in an event clause: location mentions, and names followed by a place word
 * ("Andar district", "Monari village", "Bajaur agency"), which the entity tagger often misses. A name
 * and its place word become one mention ("Ghazni province"); a name that is part of an actor
 * ("Pakistan Army") is not a place.
 */
final class PlaceReader {
    static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Particles of place names written in Latin script: Persian ezafe "-e", "ye", Arabic "al", "ul", "wa". */
    private static final Set<String> NAME_PARTICLES = Set.of("e", "i", "ye", "ul", "al", "el", "wa", "da", "de",
            "e-", "-e", "-i");

    private final ParsedSentence s;
    private final IncidentLexicon lexicon = IncidentLexicon.get();

    PlaceReader(ParsedSentence s) {
        this.s = s;
    }

    /** Places whose tokens the predicate accepts, in text order, without overlaps. */
    List<PlaceMention> read(IntPredicate inClause) {
        List<int[]> ranges = new ArrayList<>();
        // "Andar district": a run of proper names (or tagged locations) before a place word
        for (int i = 0; i < s.size(); i++) {
            // "the Islamic State group": a place word inside an armed group's name names no place
            boolean group = s.mention(i).map(m -> m.type().equals("ARMED_GROUP")).orElse(false);
            if (!inClause.test(i) || lexicon.placeLevel(s.lower(i)).isEmpty() || !s.isNoun(i) || group || homeOf(i)) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && isNamePart(first - 1)) {
                first--;
            }
            while (first < i && s.word(first).equals("-")) {
                first++;
            }
            if (first < i) {
                ranges.add(new int[] {first, i});
            }
        }
        // tagged location mentions, widened to their place word when one follows
        for (int i = 0; i < s.size(); i++) {
            if (!inClause.test(i) || !(s.mention(i).map(m -> LOCATION_TYPES.contains(m.type())).orElse(false)
                    || personTaggedPlace(i)) || actorNotPlace(i) || homeOf(i)) {
                continue;
            }
            int last = s.mentionEnd(i);
            ranges.add(new int[] {i, last});
            i = last;
        }
        // "a police station in Tank": a name the tagger left untagged, where a site stands
        for (int i = 0; i < s.size(); i++) {
            if (!inClause.test(i) || !untaggedName(i) || i + 1 < s.size() && untaggedName(i + 1)) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && untaggedName(first - 1)) {
                first--;
            }
            if (first >= 2 && s.lower(first - 1).equals("in") && SITES.contains(s.lemma(first - 2))) {
                ranges.add(new int[] {first, i});
            }
        }
        return merge(ranges);
    }

    /** Places people and things are in, whose "in" phrase names a place even when the tagger does not. */
    private static final Set<String> SITES = Set.of("station", "post", "checkpost", "checkpoint", "mosque", "market",
            "school", "camp", "convoy", "office", "compound", "seminary", "madrassa", "hospital", "church", "shrine",
            "imambargah", "court", "bank", "hotel");

    private boolean untaggedName(int i) {
        String word = s.word(i);
        return s.pos(i).startsWith("NNP") && s.mention(i).isEmpty() && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
                && lexicon.person(s.lemma(i)).isEmpty() && lexicon.placeLevel(s.lower(i)).isEmpty();
    }

    /** Verbs of going somewhere: their "to" phrase is where people went, not where anything happened. */
    private static final Set<String> MOTION = Set.of("travel", "go", "head", "move", "shift", "return", "flee",
            "rush", "take", "bring", "send", "come", "drive", "fly", "transport", "evacuate", "airlift", "escape");

    /**
     * "Militants from Afghanistan attacked a post in Bajaur": where people came from is not where it
     * happened, nor is where they went ("was travelling to Quetta", "fled to Afghanistan");
     * "accused Pakistan of killing nine civilians": the one accused is an actor.
     */
    private boolean actorNotPlace(int i) {
        int h = s.tree().head(i);
        if (h < 0) {
            return false;
        }
        boolean from = s.caseOf(i).equals("from") && s.tree().is(i, "nmod")
                && lexicon.roleOfCategory(s.lower(h)) != IncidentLexicon.PersonRole.PERSON;
        boolean speaksOrReacts = lexicon.is(s.lemma(h), IncidentLexicon.Context.REPORTING)
                || lexicon.is(s.lemma(h), IncidentLexicon.Context.REACTION);
        boolean accused = s.tree().is(i, "obj") && speaksOrReacts;
        // "India on Wednesday blamed the LeT for an attack in Pahalgam": the one blaming is no place either
        boolean speaker = s.tree().relation(i).equals("nsubj") && speaksOrReacts;
        // "Afghanistan's defence ministry accused ...": nor is the speaker's country
        int hh = s.tree().head(h);
        boolean speakersOwn = s.tree().is(i, "nmod:poss") && s.tree().relation(h).equals("nsubj") && hh >= 0
                && (lexicon.is(s.lemma(hh), IncidentLexicon.Context.REPORTING) || lexicon.is(s.lemma(hh), IncidentLexicon.Context.REACTION));
        boolean destination = Set.of("to", "towards", "toward").contains(s.caseOf(i)) && s.isVerb(h)
                && MOTION.contains(s.lemma(h));
        return from || destination || accused || speaker || speakersOwn;
    }

    private static final Set<String> HOME_WORDS = Set.of("resident", "native", "inhabitant", "hail", "reside", "hometown");

    /** "Sepoy Ikramullah (resident of District Lower Dir)", "hailed from Swat": where someone is from. */
    private boolean homeOf(int i) {
        int cur = i;
        for (int up = 0; up < 3 && cur >= 0; up++) {
            int h = s.tree().head(cur);
            if (h < 0 || !(s.tree().is(cur, "nmod") || s.tree().is(cur, "obl") || s.tree().is(cur, "compound"))) {
                return false;
            }
            if (HOME_WORDS.contains(s.lemma(h))) {
                return true;
            }
            cur = h;
        }
        return false;
    }

    /**
     * "killed in Dera Ismail Khan", "in Pak's Nankana Sahib": the tagger takes some place names for
     * people, but an event happens in a place, never in a person.
     */
    private boolean personTaggedPlace(int i) {
        if (!s.mention(i).map(m -> m.type().equals("PERSON")).orElse(false)) {
            return false;
        }
        int last = s.mentionEnd(i);
        int h = s.tree().head(last);
        if (!s.pos(last).startsWith("NNP") || !s.tree().is(last, "obl") || h < 0 || !s.isVerb(h)
                || lexicon.person(s.lemma(last)).isPresent()) {
            return false;
        }
        // the "in" stands right before the name, or before a possessive that is the name's own ("Pak's");
        // a byline the parser hung on the place before it ("in Mastung AU Shahzada Zulfiqar") is no place
        int before = i - 1;
        for (int p : s.children(last, "nmod:poss")) {
            List<Integer> owner = s.tree().subtree(p);
            if (owner.get(owner.size() - 1) == before) {
                before = owner.get(0) - 1;
            }
        }
        return before >= 0 && s.lower(before).equals("in") && s.tree().head(before) == last;
    }

    private boolean isNamePart(int i) {
        String pos = s.pos(i);
        if (pos.startsWith("NNP")) {
            return true;
        }
        if (s.mention(i).map(m -> LOCATION_TYPES.contains(m.type())).orElse(false)) {
            return true;
        }
        // "Reg-e Khan Neshin", "Tarnek wa Jaldak": hyphens and name particles inside a proper name
        return (s.word(i).equals("-") || NAME_PARTICLES.contains(s.lower(i))) && i > 0
                && s.pos(i - 1).startsWith("NNP") && i + 1 < s.size() && s.pos(i + 1).startsWith("NNP");
    }

    private List<PlaceMention> merge(List<int[]> ranges) {
        ranges.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]);
        List<PlaceMention> out = new ArrayList<>();
        int lastEnd = -1;
        for (int[] r : ranges) {
            if (r[0] <= lastEnd) {
                if (r[1] > lastEnd && !out.isEmpty()) {
                    // overlapping: widen the previous mention ("Ghazni" + "Ghazni province")
                    PlaceMention prev = out.remove(out.size() - 1);
                    Span span = new Span(prev.span().start(), s.span(r[0], r[1]).end());
                    out.add(new PlaceMention(span.of(s.document().text()), span));
                    lastEnd = r[1];
                }
                continue;
            }
            Span span = s.span(r[0], r[1]);
            out.add(new PlaceMention(span.of(s.document().text()), span));
            lastEnd = r[1];
        }
        return out;
    }
}
