package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.extract.incident.IncidentLexicon.Context;
import org.borderwatch.extract.incident.IncidentLexicon.PersonRole;

/**
 * Reads who an event clause says did it, and on whose word. The group's own claim ("the BLA claimed
 * responsibility for the attack") makes it CLAIMED; a clause reported by a named speaker ("the
 * interior minister stated that the TTP was behind the attack") or a speaker's blame ("police blamed
 * the TTP for the blast") ATTRIBUTED to that speaker; a hedge ("suspected militants", "allegedly",
 * "believed to be behind", "police suspect") SUSPECTED; anything else UNKNOWN.
 */
final class PerpetratorReader {
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "conduct", "launch", "stage", "mount", "commit",
            "perpetrate", "undertake", "execute", "unleash", "orchestrate", "mastermind", "plan", "organise",
            "organize", "plot");
    private static final Set<String> CLAIM_VERBS = Set.of("claim", "accept", "own", "admit", "acknowledge");
    private static final Set<String> UNITS = Set.of("brigade", "unit", "wing", "squad", "battalion", "cadre",
            "faction", "cell", "detachment", "commando");
    private static final Set<String> CLAIM_NOUNS = Set.of("responsibility", "credit");
    private static final Set<String> ACTOR_TYPES = Set.of("ARMED_GROUP", "ORGANIZATION", "PERSON", "SECURITY_FORCE",
            "GOVERNMENT_BODY", "INTERNATIONAL_BODY", "MISC");
    private static final Set<String> EXCLUDED_RELATIONS = Set.of("acl", "acl:relcl", "appos", "conj", "cc", "punct",
            "det", "case", "dep", "parataxis", "advcl");
    private static final int REACH = 4;
    /** Verbs that only tell; "declared a state of siege" or "claimed" do something too. */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "state", "report");
    private static final Set<String> VEHICLES_AND_POSTS = Set.of("van", "car", "bus", "truck", "vehicle", "jeep",
            "convoy", "train", "motorcycle", "motorbike", "rickshaw", "boat", "post", "checkpoint", "checkpost",
            "station", "camp", "base", "office", "compound", "building", "line");
    private static final Set<String> STATE_BODIES = Set.of("government", "authority", "regime", "administration");
    /** Entities that can carry out an attack named by a modifier of the attack. */
    private static final Set<String> STATE_OR_GROUP = Set.of("ARMED_GROUP", "SECURITY_FORCE", "GOVERNMENT_BODY");

    private final ParsedSentence s;
    private final IncidentLexicon lexicon = IncidentLexicon.get();

    PerpetratorReader(ParsedSentence s) {
        this.s = s;
    }

    private record Found(int head, Attribution attribution, String attributedBy) {
    }

    /**
     * @param triggers event words of one clause
     * @param agents   who acted in its casualty clauses ("gunmen" in "gunmen shot dead two")
     * @param anchor   the clause's head, whose reporting verb (if any) attributes it
     */
    List<Perpetrator> read(List<Trigger> triggers, List<Integer> agents, int anchor) {
        List<Found> found = new ArrayList<>();
        for (int a : agents) {
            add(found, a, null);
        }
        for (Trigger t : triggers) {
            if (t.noun()) {
                nounPerpetrators(t.head(), found);
                statePerpetrators(t, found);
            } else {
                verbPerpetrators(t.head(), found);
            }
        }
        if (found.stream().noneMatch(f -> f.attribution() == Attribution.CLAIMED)) {
            surfaceClaim(triggers, found);
        }
        if (found.isEmpty() && s.isHeadline()) {
            surfaceAgent(found);
        }
        Optional<Found> reporter = reporter(anchor);
        Map<String, Perpetrator> out = new LinkedHashMap<>();
        for (Found f : found.stream().map(this::selfClaim).toList()) {
            for (int head : conjuncts(f.head())) {
                if (!isActor(head) || f.attribution() != Attribution.CLAIMED && reports(head)) {
                    continue;
                }
                Span span = npSpan(head);
                String text = clean(span);
                Attribution attribution = f.attribution();
                String by = f.attributedBy();
                if (attribution == null) {
                    if (hedged(head) || reporter.map(r -> r.attribution() == Attribution.SUSPECTED).orElse(false)) {
                        attribution = Attribution.SUSPECTED;
                    } else if (reporter.isPresent()) {
                        attribution = Attribution.ATTRIBUTED;
                        by = reporter.get().attributedBy();
                    } else {
                        attribution = Attribution.UNKNOWN;
                    }
                }
                String key = text.toLowerCase(Locale.ROOT);
                Perpetrator p = new Perpetrator(text, span, attribution, attribution == Attribution.ATTRIBUTED ? by : null);
                Perpetrator old = out.get(key);
                if (old == null || p.attribution().strongerThan(old.attribution())) {
                    out.put(key, p);
                }
            }
        }
        List<Perpetrator> all = new ArrayList<>(out.values());
        // "Pakistan army operation": "Pakistan" alone is part of the one actor named
        all.removeIf(p -> all.stream().anyMatch(o -> o != p && o.span().contains(p.span()) && !o.span().equals(p.span())));
        return all;
    }

    /**
     * "The TTP said it carried out the attack", "a TTP spokesman said they killed four soldiers": a
     * pronoun doing the act in what a named speaker reports is the speaker, or the group the speaker
     * speaks for, and the report is its claim.
     */
    private Found selfClaim(Found f) {
        int p = f.head();
        boolean own = p >= 0 && (Set.of("it", "they", "we").contains(s.lower(p)) || ownMen(p) || theGroup(p));
        if (!own || !s.tree().relation(p).equals("nsubj")) {
            return f;
        }
        int k = s.tree().head(p);
        while (k >= 0 && (s.tree().is(k, "conj") || s.tree().is(k, "xcomp"))) {
            k = s.tree().head(k);
        }
        int verb = k < 0 ? -1 : s.tree().head(k);
        if (verb < 0 || !s.tree().is(k, "ccomp") || !lexicon.is(s.lemma(verb), Context.REPORTING)
                || lexicon.is(s.lemma(verb), Context.HEDGE)) {
            return f;
        }
        for (int speaker : s.children(verb, "nsubj")) {
            if (s.pos(speaker).startsWith("PRP") || s.pos(speaker).startsWith("W")) {
                return f;
            }
            return new Found(groupSpokenFor(speaker), Attribution.CLAIMED, null);
        }
        return f;
    }

    /** "Mujahid said that the group had captured four vehicles": the group the speaker speaks for. */
    private boolean theGroup(int p) {
        return Set.of("group", "organisation", "organization", "movement", "outfit").contains(s.lemma(p))
                && s.children(p, "det").stream().anyMatch(d -> s.lower(d).equals("the"))
                && s.children(p, "compound", "amod", "nmod").isEmpty();
    }

    /** "its fighters", "our mujahideen": the speaker's own people. */
    private boolean ownMen(int p) {
        // "its fighters", and "its Majeed Brigade": a unit of the group is the group's own men
        boolean men = lexicon.person(s.lemma(p)).isPresent() || UNITS.contains(s.lemma(p).toLowerCase(Locale.ROOT));
        return men && s.children(p, "nmod:poss").stream().anyMatch(o -> Set.of("its", "their", "our").contains(s.lower(o)));
    }

    /** "a TTP spokesman", "the spokesman for the BLA": the group; anyone else speaks for themselves. */
    private int groupSpokenFor(int speaker) {
        // "Taliban spokesman Zabihullah Mujahid": the name's role noun says whom he speaks for
        boolean spokesmanByName = s.children(speaker, "compound").stream().anyMatch(c -> lexicon.person(s.lemma(c)).isPresent());
        if (lexicon.person(s.lemma(speaker)).isEmpty() && !spokesmanByName) {
            return speaker;
        }
        for (int c : s.children(speaker, "compound", "nmod:poss", "nmod")) {
            boolean of = !s.tree().is(c, "nmod") || s.tree().is(c, "nmod:poss")
                    || Set.of("of", "for").contains(s.caseOf(c));
            if (of && s.mention(c).map(m -> Set.of("ARMED_GROUP", "ORGANIZATION").contains(m.type())).orElse(false)) {
                return c;
            }
        }
        return speaker;
    }

    /**
     * "..., a provincial spokesman said": who tells of the event did not do it, however the parser linked
     * them; a group saying it did it claims it.
     */
    private boolean reports(int head) {
        int h = s.tree().head(head);
        return s.tree().is(head, "nsubj") && h >= 0 && s.isVerb(h) && SAYING.contains(s.lemma(h));
    }

    private void add(List<Found> found, int head, Found how) {
        if (head >= 0 && isEventNoun(head)) {
            modifierPerpetrators(head, found); // "Indian shelling kills one": the shelling's side, not the shelling
        } else if (head >= 0) {
            found.add(how == null ? new Found(head, null, null) : new Found(head, how.attribution(), how.attributedBy()));
        }
    }

    private void verbPerpetrators(int v, List<Found> found) {
        if (isEventNoun(v)) {
            modifierPerpetrators(v, found); // "Indian shelling", the tagger reading "shelling" as a participle
        }
        if (!s.children(v, "nsubj:pass").isEmpty() || s.pos(v).equals("VBN") && s.children(v, "nsubj").isEmpty()) {
            add(found, byAgent(v), null);
        } else if (!s.children(v, "nsubj").isEmpty()) {
            s.children(v, "nsubj").forEach(c -> add(found, c, null));
        } else if (s.tree().is(v, "xcomp") && s.tree().head(v) >= 0) {
            // "militants tried to storm the base": the one who tried
            s.children(s.tree().head(v), "nsubj").forEach(c -> add(found, c, null));
        }
    }

    /** Event words that name the doer: "a suicide bomber of the khwarij" is the khwarij's. */
    private static final Set<String> DOER_NOUNS = Set.of("bomber", "attacker", "gunman", "militant", "fighter");

    private void nounPerpetrators(int n, List<Found> found) {
        for (int c : s.children(n, "nmod", "obl")) {
            if (s.caseOf(c).equals("by")) {
                add(found, c, null); // "assaults on troops by the TTP"
            } else if (s.caseOf(c).equals("between") || s.caseOf(c).equals("of") && DOER_NOUNS.contains(s.lemma(n))) {
                add(found, c, null); // "an exchange of fire between border forces and Afghan guards", "a bomber of the khwarij"
            }
        }
        modifierPerpetrators(n, found);
        // "the TTP was behind the attack"
        if (s.hasChildLemma(n, "case", "behind")) {
            s.children(n, "nsubj").forEach(c -> add(found, c, null));
        }
        int h = s.tree().head(n);
        if (h < 0) {
            return;
        }
        String governor = s.lemma(h);
        if (LIGHT_VERBS.contains(governor) && (s.tree().is(n, "obj") || s.tree().is(n, "nsubj:pass"))) {
            if (s.tree().is(n, "nsubj:pass")) {
                add(found, byAgent(h), null); // "the attack was carried out by the TTP"
            } else {
                s.children(h, "nsubj").forEach(c -> add(found, c, null)); // "militants carried out the attack"
            }
        }
        if (governor.equals("responsible") && s.caseOf(n).equals("for")) {
            s.children(h, "nsubj").forEach(c -> add(found, c, null));
        }
        claim(n, found);
        blame(n, found);
    }

    /** "a TTP attack", "the BLA's attack", "Pakistani air strikes", "Indian shelling": who the event is named by. */
    private void modifierPerpetrators(int n, List<Found> found) {
        for (int c : s.children(n, "nmod:poss", "compound", "amod")) {
            boolean actor = s.mention(c).map(m -> STATE_OR_GROUP.contains(m.type())).orElse(false);
            // "as terrorists attack check post": a headline's plural doers, which the parser made a modifier
            boolean doers = s.tree().is(c, "compound") && s.isPlural(c)
                    && lexicon.person(s.lemma(c)).map(r -> r == PersonRole.MILITANT).orElse(false);
            if ((actor || doers || lexicon.demonym(s.lower(c)).isPresent() && !s.lower(c).startsWith("local"))
                    && !isEventNoun(c)) {
                add(found, c, null);
            }
        }
    }

    /**
     * "Pakistan air strikes kill 13", "US drone strikes": only states strike from the air or across a
     * border, so the country named before such a strike is who struck ("Pakistan school attack" is a place).
     */
    private void statePerpetrators(Trigger t, List<Found> found) {
        if (t.type() != IncidentType.AIRSTRIKE && t.type() != IncidentType.CROSS_BORDER_STRIKE) {
            return;
        }
        for (int c : java.util.stream.IntStream.rangeClosed(t.first(), t.last())
                .flatMap(w -> s.children(w, "compound").stream().mapToInt(Integer::intValue)).toArray()) {
            if (c < t.first() && s.mention(c).map(m -> PlaceReader.LOCATION_TYPES.contains(m.type())).orElse(false)
                    && lexicon.isCountry(s.text(c, s.mentionEnd(c)))) {
                add(found, c, null);
            }
        }
    }

    private boolean isEventNoun(int i) {
        // a "shelling" the tagger took for a participle is still the event
        // "suicide bomber" names an event but is someone
        if (lexicon.person(s.lemma(i)).isPresent() || lexicon.person(s.lower(i)).isPresent()) {
            return false;
        }
        return (s.isNoun(i) || s.pos(i).equals("VBG")) && (!lexicon.nounEventsEndingWith(s.lower(i)).isEmpty()
                || !lexicon.nounEventsEndingWith(s.lemma(i)).isEmpty());
    }

    /** "X claimed responsibility for the attack", "IS claim attack", "the blast, which IS claimed". */
    private void claim(int n, List<Found> found) {
        for (int r : s.children(n, "acl:relcl")) {
            if (CLAIM_VERBS.contains(s.lemma(r)) && s.isVerb(r) && relativeClaim(r) && !deniedClaim(r)) {
                s.children(r, "nsubj").forEach(c -> found.add(new Found(c, Attribution.CLAIMED, null)));
            }
        }
        int cur = n;
        boolean viaClaimNoun = false;
        for (int step = 0; step < REACH; step++) {
            int g = s.tree().head(cur);
            if (g < 0) {
                return;
            }
            if (CLAIM_NOUNS.contains(s.lemma(g))) {
                viaClaimNoun = true;
            }
            if (CLAIM_VERBS.contains(s.lemma(g)) && s.isVerb(g) && (viaClaimNoun || s.tree().is(cur, "obj"))) {
                if (deniedClaim(g)) {
                    return; // "no group has claimed responsibility", "the TTP did not claim the attack"
                }
                for (int c : s.children(g, "nsubj")) {
                    found.add(new Found(c, org.borderwatch.core.incident.Attribution.CLAIMED, null));
                }
                return;
            }
            cur = g;
        }
    }

    /**
     * "which IS claimed", "for which the TTP claimed responsibility": the relative pronoun stands for
     * the event; in "the blast, which claimed ten lives" it is the subject, and no one claimed anything.
     */
    private boolean relativeClaim(int verb) {
        return s.tree().subtree(verb).stream().anyMatch(k -> k < verb && !s.tree().is(k, "nsubj")
                && s.pos(k).startsWith("W"));
    }

    /**
     * "Pakistani Taleban claim attack on police bus": headlines often defeat the tagger ("claim" read as
     * a noun), so a name directly before a form of "claim" that precedes the event word is taken as
     * the claimant from the words alone.
     */
    private void surfaceClaim(List<Trigger> triggers, List<Found> found) {
        int event = triggers.stream().mapToInt(Trigger::first).min().orElse(-1);
        for (int i = 1; i < s.size(); i++) {
            if (!s.lower(i).matches("claims?|claimed") || (event >= 0 && event < i)) {
                continue;
            }
            int name = i - 1;
            if (s.mention(name).map(m -> ACTOR_TYPES.contains(m.type())).orElse(false) || s.pos(name).startsWith("NNP")) {
                found.add(new Found(name, Attribution.CLAIMED, null));
                return;
            }
        }
    }

    /** Headline verbs of violence in the forms headlines use, whatever the tagger made of them. */
    private static final Set<String> HEADLINE_DEEDS = Set.of("kill", "kills", "attack", "attacks", "abduct", "abducts",
            "kidnap", "kidnaps", "shoot", "shoots", "behead", "beheads", "ambush", "ambushes", "storm", "storms",
            "raid", "raids", "bomb", "bombs", "target", "targets");

    /** "Pakistani Taliban kill 12 policemen", parsed as a noun phrase: a named side right before the deed did it. */
    private void surfaceAgent(List<Found> found) {
        for (int i = 1; i < s.size(); i++) {
            boolean named = s.mention(i - 1).map(m -> STATE_OR_GROUP.contains(m.type())).orElse(false);
            if (named && HEADLINE_DEEDS.contains(s.lower(i))) {
                found.add(new Found(i - 1, null, null));
                return;
            }
        }
    }

    /** A claim made by no one or not made: its subject is "no group", or the verb is negated. */
    boolean deniedClaim(int verb) {
        for (int c : s.children(verb, "advmod", "neg", "aux")) {
            if (s.lower(c).equals("not") || s.lower(c).equals("n't") || s.lower(c).equals("never")) {
                return true;
            }
        }
        for (int subject : s.children(verb, "nsubj")) {
            for (int d : s.children(subject, "det")) {
                if (s.lemma(d).equals("no")) {
                    return true;
                }
            }
            if (s.lower(subject).equals("nobody") || s.lower(subject).equals("none")) {
                return true;
            }
        }
        return false;
    }

    /** "police blamed the TTP for the blast", "accused the BLA of the attack", "attributed the attack to X". */
    private void blame(int n, List<Found> found) {
        int cur = n;
        for (int step = 0; step < REACH; step++) {
            int g = s.tree().head(cur);
            if (g < 0) {
                return;
            }
            String lemma = s.lemma(g);
            if (lemma.equals("blame") || lemma.equals("accuse") || lemma.equals("attribute")) {
                String speaker = speakerText(g);
                String target = lemma.equals("attribute") ? "to" : null;
                for (int c : s.tree().children(g)) {
                    boolean isTarget = target == null ? s.tree().is(c, "obj") : s.caseOf(c).equals(target);
                    if (isTarget && c != cur) {
                        found.add(new Found(c, speaker == null ? Attribution.UNKNOWN : Attribution.ATTRIBUTED, speaker));
                    }
                }
                return;
            }
            cur = g;
        }
    }

    /**
     * The speaker of the reporting verb whose clause holds the event, if one is named: "The interior
     * minister and head of Nacta stated ... that the TTP was behind the attack". A verb of suspicion
     * ("police suspect") makes the attribution SUSPECTED.
     */
    private Optional<Found> reporter(int anchor) {
        int cur = anchor;
        for (int step = 0; step < REACH; step++) {
            // "Pakistani warplanes struck hideouts in Paktika, a Taliban spokesman said": the report trails
            for (int p : s.children(cur, "parataxis", "advcl", "dep")) {
                String speaker = p > cur && (s.tree().is(p, "parataxis") || endsSentence(p))
                        && lexicon.is(s.lemma(p), Context.REPORTING) ? trailingSpeaker(p) : null;
                if (speaker != null) {
                    Attribution a = lexicon.is(s.lemma(p), Context.HEDGE) ? Attribution.SUSPECTED : Attribution.ATTRIBUTED;
                    return Optional.of(new Found(-1, a, speaker));
                }
            }
            int g = s.tree().head(cur);
            if (g < 0) {
                return Optional.empty();
            }
            // "..., killing eight people, a spokesman said": the parser may hang the event on the trailing report
            boolean trailing = s.tree().is(cur, "dep") && g > cur && endsSentence(g);
            boolean reported = s.tree().is(cur, "ccomp") || s.tree().is(cur, "csubj:pass")
                    || s.tree().is(cur, "obj") || s.tree().is(cur, "parataxis") || trailing;
            if (reported && lexicon.is(s.lemma(g), Context.REPORTING)) {
                String speaker = speakerText(g);
                if (speaker == null) {
                    return Optional.empty();
                }
                Attribution a = lexicon.is(s.lemma(g), Context.HEDGE) ? Attribution.SUSPECTED : Attribution.ATTRIBUTED;
                return Optional.of(new Found(-1, a, speaker));
            }
            if (!reported && !s.tree().is(cur, "xcomp") && !s.tree().is(cur, "conj")) {
                return Optional.empty();
            }
            cur = g;
        }
        return Optional.empty();
    }

    /** The subject of a trailing report, or the noun the parser left just before its verb ("people, a spokesman said"). */
    private String trailingSpeaker(int verb) {
        String named = speakerText(verb);
        if (named != null || verb == 0 || !s.isNoun(verb - 1) || !s.children(verb, "nsubj").isEmpty()) {
            return named;
        }
        List<Integer> tokens = new ArrayList<>(s.tree().subtree(verb - 1, "acl:relcl", "acl", "punct", "appos"));
        while (tokens.size() > 1 && s.tree().is(tokens.get(0), "det")) {
            tokens.remove(0);
        }
        return s.text(tokens);
    }

    /** "..., a spokesman said.": nothing but punctuation follows (the parser may call such a verb an adverbial). */
    private boolean endsSentence(int verb) {
        for (int k = verb + 1; k < s.size(); k++) {
            if (!s.pos(k).equals(".") && !s.word(k).matches("\\p{Punct}+")) {
                return false;
            }
        }
        return true;
    }

    /** The named subject of a verb of saying or blaming, without its determiner; null for a pronoun. */
    private String speakerText(int verb) {
        // where the parser found several subjects ("..., killing eight people, a spokesman said"), the nearest speaks
        List<Integer> subjects = new ArrayList<>(s.children(verb, "nsubj"));
        java.util.Collections.reverse(subjects);
        for (int c : subjects) {
            if (s.pos(c).startsWith("PRP") || s.pos(c).startsWith("W")) {
                return null;
            }
            List<Integer> tokens = new ArrayList<>(s.tree().subtree(c, "acl:relcl", "acl", "punct", "appos", "parataxis"));
            // "Afghanistan's defence ministry on Tuesday": the day is not the speaker
            for (int n : s.children(c, "nmod")) {
                if (s.mention(n).map(m -> Set.of("DATE", "TIME").contains(m.type())).orElse(false)) {
                    tokens.removeAll(s.tree().subtree(n));
                }
            }
            while (tokens.size() > 1 && s.tree().is(tokens.get(0), "det")) {
                tokens.remove(0);
            }
            return s.text(tokens);
        }
        return null;
    }

    private boolean hedged(int head) {
        for (int c : s.children(head, "amod", "compound", "advmod")) {
            if (lexicon.is(s.lemma(c), Context.HEDGE) || lexicon.is(s.lower(c), Context.HEDGE)) {
                return true;
            }
        }
        // "was allegedly behind", "believed to be behind", "reportedly carried out"
        int cur = head;
        for (int step = 0; step < REACH; step++) {
            int g = s.tree().head(cur);
            if (g < 0) {
                break;
            }
            for (int c : s.children(g, "advmod")) {
                if (lexicon.is(s.lemma(c), Context.HEDGE)) {
                    return true;
                }
            }
            if (lexicon.is(s.lemma(g), Context.HEDGE) && s.isVerb(g)) {
                return true;
            }
            if (s.tree().is(g, "ccomp") || s.tree().is(g, "root")) {
                break;
            }
            cur = g;
        }
        return false;
    }

    private List<Integer> conjuncts(int head) {
        List<Integer> out = new ArrayList<>();
        out.add(quantityOf(head));
        for (int c : s.children(head, "conj")) {
            if (s.isNoun(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** "Hundreds of Taliban fighters", "dozens of militants": the people the quantity counts. */
    private int quantityOf(int head) {
        if (!Set.of("hundreds", "dozens", "scores", "thousands", "tens").contains(s.lower(head))) {
            return head;
        }
        return s.children(head, "nmod").stream().filter(n -> s.caseOf(n).equals("of")).findFirst().orElse(head);
    }

    /** People or groups, not weapons, events or pronouns. */
    private boolean isActor(int i) {
        if (s.pos(i).startsWith("PRP") || s.pos(i).startsWith("W") || s.pos(i).equals("DT")) {
            return false;
        }
        if (lexicon.demonym(s.lower(i)).isPresent() && s.pos(i).startsWith("JJ")) {
            return true; // "Pakistani" in "Pakistani air strikes": the state behind them
        }
        if (CasualtyReader.isInstrument(s, i) || !s.isNoun(i)) {
            return false;
        }
        // "Islamic State Khorasan Province": a group's name, from the lexicon, may end in a place word
        if (s.mention(i).map(m -> m.type().equals("ARMED_GROUP")).orElse(false)) {
            return true;
        }
        // "In Andar district, Ghazni province, a force killed...": the parser may take the place for
        // the subject; a name with a place word is a place, never an actor
        if (lexicon.placeLevel(s.lower(i)).isPresent()) {
            return false;
        }
        if (s.mention(i).map(m -> ACTOR_TYPES.contains(m.type()) || PlaceReader.LOCATION_TYPES.contains(m.type()))
                .orElse(false)) {
            return true;
        }
        if (lexicon.person(s.lemma(i)).isPresent()) {
            return true;
        }
        for (int c : s.children(i, "compound", "amod")) {
            // "security force", "coalition force"; but "a police van", "an army post" are what was hit
            if ((lexicon.person(s.lemma(c)).isPresent() || s.mention(c).isPresent()) && !VEHICLES_AND_POSTS.contains(s.lemma(i))) {
                return true;
            }
        }
        return s.lemma(i).equals("force") || s.lemma(i).equals("army") || s.lemma(i).equals("military")
                || s.lemma(i).equals("group") || s.lemma(i).equals("network") || s.lemma(i).equals("drone")
                || s.lemma(i).equals("aircraft") || s.lemma(i).equals("jet") || STATE_BODIES.contains(s.lemma(i));
    }

    private int byAgent(int v) {
        for (int c : s.children(v, "obl:agent", "obl", "nmod:agent")) {
            if (s.tree().is(c, "obl:agent") || s.caseOf(c).equals("by")) {
                return c;
            }
        }
        return -1;
    }

    private Span npSpan(int head) {
        List<Integer> tokens = new ArrayList<>(s.tree().subtree(head));
        tokens.removeIf(t -> t != head && excludedBranch(t, head));
        // "Pakistan army operation": the parser hangs both names flat on the event; the run is one actor
        int h = s.tree().head(head);
        for (int k = tokens.get(0) - 1; k >= 0 && s.tree().is(head, "compound") && s.tree().is(k, "compound")
                && s.tree().head(k) == h && s.isNoun(k); k--) {
            tokens.add(0, k);
        }
        // "Pakistani Taliban" misparsed as two heads: a name is one name
        for (int k = tokens.get(0) - 1; k >= 0 && s.mention(k).isPresent() && s.mention(k).equals(s.mention(head)); k--) {
            tokens.add(0, k);
        }
        while (tokens.size() > 1 && (s.tree().is(tokens.get(0), "det") || s.tree().is(tokens.get(0), "case"))) {
            tokens.remove(0);
        }
        return s.tree().span(tokens);
    }

    /** Whether token t hangs from head through a relation that leaves the noun phrase proper. */
    private boolean excludedBranch(int t, int head) {
        for (int cur = t, guard = 0; cur != head && cur >= 0 && guard < 64; cur = s.tree().head(cur), guard++) {
            if (s.tree().head(cur) == head) {
                String rel = s.tree().relation(cur);
                // "Kandahar province Afghan and coalition forces": a missing comma made the place a modifier
                boolean place = rel.equals("compound") && lexicon.placeLevel(s.lower(cur)).isPresent()
                        && !s.mention(cur).map(m -> m.type().equals("ARMED_GROUP")).orElse(false); // "Islamic State group"
                return place || EXCLUDED_RELATIONS.contains(rel) || rel.startsWith("acl")
                        || (rel.startsWith("nmod") && !rel.equals("nmod:poss") && !s.caseOf(cur).equals("of"));
            }
        }
        return false;
    }

    private String clean(Span span) {
        return org.borderwatch.extract.text.Texts.fold(span.of(s.document().text()));
    }
}
