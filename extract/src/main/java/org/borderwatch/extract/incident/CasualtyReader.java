package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.incident.Count;
import org.borderwatch.extract.incident.IncidentLexicon.CasualtyWord;
import org.borderwatch.extract.incident.IncidentLexicon.Context;
import org.borderwatch.extract.incident.IncidentLexicon.Outcome;

/**
 * Finds the clauses of a sentence that say people were killed, injured, detained or taken, and reads
 * whom and how many: the object of an active verb or subject of a passive one ("killed five", "five
 * were killed"), the subject of "die" or "dead", the "of" phrase of "death" or "arrest", and the
 * idioms "claimed the lives of", "lost their lives" and "the death toll rose to".
 */
final class CasualtyReader {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private static final Set<String> INSTRUMENTS = Set.of("bomb", "blast", "explosion", "device", "ied", "mine",
            "landmine", "shell", "rocket", "missile", "grenade", "mortar", "bullet", "fire", "vehicle", "car",
            "attack", "strike", "airstrike", "shelling", "firing", "it", "which", "that");

    /** Verb forms a headline never uses for a passive: "kills", "kill", "killing" are active. */
    private static final Set<String> ACTIVE_FORMS = Set.of("VBG", "VB", "VBZ", "VBP");
    private static final Set<String> TRIED = Set.of("try", "attempt", "seek");
    /** Verbs whose "dead" is read with them: "shot dead", "gunned down dead", and "found dead" (no attack). */
    private static final Set<String> READ_WITH_VERB = Set.of("shoot", "gun", "find");
    private static final Set<String> QUANTIFIERS = Set.of("over", "about", "around", "nearly", "almost", "between");

    private final ParsedSentence s;
    private final VictimReader victims;
    private final IncidentLexicon lexicon = IncidentLexicon.get();

    CasualtyReader(ParsedSentence s) {
        this.s = s;
        this.victims = new VictimReader(s);
    }

    List<CasualtyClause> find() {
        List<CasualtyClause> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            read(i).ifPresent(out::add);
        }
        // "the death toll rose to 63 after four more died in hospital": the deaths that raised a toll are in it
        for (CasualtyClause toll : out.stream().filter(CasualtyClause::update).toList()) {
            int verb = s.tree().head(toll.predicate());
            if (verb >= 0) {
                out.removeIf(c -> !c.update() && c.outcome() == Outcome.KILLED && c.predicate() != verb
                        && s.tree().subtree(verb).contains(c.predicate()));
            }
        }
        return out;
    }

    private Optional<CasualtyClause> read(int i) {
        String lemma = s.lemma(i);
        if (s.isVerb(i) && lemma.equals("take") && s.children(i, "obl").stream()
                .anyMatch(c -> s.lemma(c).equals("custody") && s.caseOf(c).equals("into"))) {
            return objectClause(i, Outcome.CAPTURED); // "two men were taken into custody"
        }
        if (s.isVerb(i) && Set.of("send", "dispatch").contains(lemma) && s.children(i, "obl").stream()
                .anyMatch(c -> s.lemma(c).equals("hell") && s.caseOf(c).equals("to"))) {
            return objectClause(i, Outcome.KILLED); // Pakistani military usage: "four terrorists were sent to hell"
        }
        if (s.isVerb(i) && lemma.equals("take") && s.tree().subtree(i).stream()
                .anyMatch(k -> k > i && k <= i + 8 && (s.lemma(k).equals("hostage") || s.lemma(k).equals("captive")))) {
            return objectClause(i, Outcome.TAKEN); // "took 400 passengers hostage", "were taken hostage"
        }
        if (s.isVerb(i) && Set.of("receive", "sustain", "suffer").contains(lemma) && s.children(i, "obj").stream()
                .anyMatch(o -> Set.of("injury", "wound", "burn").contains(s.lemma(o)))) {
            // "12 others including children received injuries"
            List<Integer> subject = s.children(i, "nsubj");
            return subject.isEmpty() ? Optional.empty() : clause(Outcome.INJURED, i, subject.get(0), -1);
        }
        if (s.isVerb(i) && Set.of("claim", "take", "lose", "embrace", "attain").contains(lemma)) {
            return lives(i);
        }
        if (lemma.equals("toll") && s.isNoun(i)) {
            return toll(i);
        }
        if (lemma.equals("shoot") && s.isVerb(i) && followedBy(i, "dead")) {
            return objectClause(i, Outcome.KILLED);
        }
        if (lemma.equals("gun") && !followedBy(i, "down")) {
            return Optional.empty();
        }
        for (CasualtyWord w : lexicon.casualty(lemma)) {
            Optional<CasualtyClause> c = switch (w.role()) {
                case OBJECT -> s.isVerb(i) ? objectClause(i, w.outcome()) : Optional.empty();
                case SUBJECT -> subjectClause(i, w.outcome());
                case OF -> s.isNoun(i) ? ofClause(i, w.outcome()) : Optional.empty();
            };
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * "killed five", "five were killed", "30 injured", "eight militants killed in clashes". Headlines
     * drop the auxiliary ("Polio worker shot dead", "12 militants killed by forces"), so a subject
     * with no object, or with a "by" agent, is read as the passive subject.
     */
    private Optional<CasualtyClause> objectClause(int v, Outcome outcome) {
        if (negated(v) || onlyTried(v)) {
            return Optional.empty();
        }
        List<Integer> passive = s.children(v, "nsubj:pass");
        List<Integer> object = s.children(v, "obj", "iobj").stream()
                .filter(this::countable).toList();
        if (object.isEmpty()) {
            object = quantifiedOblique(v); // "kills over 24 militants": the parser took "over" for a preposition
        }
        if (object.isEmpty()) {
            // "gunmen shot dead a senior lawyer": the parser may hang the victim on "dead"
            object = s.children(v, "xcomp", "advmod").stream().filter(d -> s.lemma(d).equals("dead"))
                    .flatMap(d -> s.children(d, "dep", "obj").stream()).filter(this::countable).toList();
        }
        object = rangeRead(v, object);
        if (object.isEmpty() && s.tree().is(v, "conj") && s.tree().head(v) >= 0) {
            // "identified and detained the facilitator": verbs coordinated before one object share it
            object = s.children(s.tree().head(v), "obj").stream()
                    .filter(o -> o > v && countable(o)).toList();
        }
        if (object.isEmpty()) {
            // "arrested and later released four suspects"; not "killed and injured 20", whose second
            // verb counts its own people
            object = s.children(v, "conj").stream()
                    .filter(c -> s.isVerb(c) && lexicon.casualty(s.lemma(c)).isEmpty() && s.children(c, "nsubj").isEmpty())
                    .flatMap(c -> s.children(c, "obj").stream())
                    .filter(this::countable).limit(1).toList();
        }
        List<Integer> subject = s.children(v, "nsubj");
        int agent = byAgent(v);
        boolean participle = s.pos(v).equals("VBN") || (s.isHeadline() && s.pos(v).equals("VBD"));
        if (passive.isEmpty() && subject.isEmpty() && object.isEmpty() && s.tree().is(v, "conj")) {
            passive = s.children(s.tree().head(v), "nsubj:pass"); // "he was engaged and killed"
        }
        if (!passive.isEmpty()) {
            return clause(outcome, v, passive.get(0), agent);
        }
        // a casualty verb with a subject and no object is a passive without its auxiliary:
        // "Woman killed in Indian shelling", "Shiite leader shot dead", "12 militants killed by forces"
        if (!subject.isEmpty() && (object.isEmpty() || (participle && agent >= 0))
                && !ACTIVE_FORMS.contains(s.pos(v))) {
            // "and 30 injured", "vaccinator shot dead"
            return clause(outcome, v, withListed(v, victims.read(subject.get(0))), agent);
        }
        if (!object.isEmpty()) {
            return clause(outcome, v, withConjoined(v, victims.read(object.get(0))), subject(v));
        }
        if (s.pos(v).equals("VBN") && s.tree().head(v) >= 0 && s.isNoun(s.tree().head(v))
                && (s.tree().is(v, "acl") || s.tree().is(v, "amod") || s.tree().is(v, "dep"))
                && !describesTheDead(v)) {
            int people = guardian(s.tree().head(v)); // "eight militants killed in clashes"
            if (victims.phrase(people).definite()) {
                return Optional.empty(); // "the insurgent killed was identified as...": a reference back
            }
            return clause(outcome, v, withListed(v, victims.readList(people)), agent);
        }
        return Optional.empty();
    }

    private boolean describesTheDead(int participle) {
        return describesTheDead(s, participle, s.tree().head(participle));
    }

    /** "four injured worshippers died": a participle before people who then died says what they had been. */
    static boolean describesTheDead(ParsedSentence s, int participle, int people) {
        int governor = people < 0 || people >= s.size() ? -1 : s.tree().head(people);
        return participle < people && governor >= 0 && s.tree().is(people, "nsubj") && s.isNoun(people)
                && IncidentLexicon.get().casualty(s.lemma(governor)).stream().anyMatch(w -> w.outcome() == Outcome.KILLED);
    }

    /** "attempted to assassinate the prime minister": an attack, but no one was killed by it. */
    private boolean onlyTried(int v) {
        int h = s.tree().head(v);
        return h >= 0 && s.tree().is(v, "xcomp") && TRIED.contains(s.lemma(h));
    }

    /**
     * "Two soldiers guarding checkpost martyred": the parser may hang the participle on what the people
     * were guarding; the people are who died.
     */
    private int guardian(int noun) {
        int acl = s.tree().head(noun);
        if (victims.personLike(noun) || !s.tree().is(noun, "obj") || acl < 0 || !s.pos(acl).equals("VBG")
                || !s.tree().is(acl, "acl")) {
            return noun;
        }
        int person = s.tree().head(acl);
        return person >= 0 && s.isNoun(person) && victims.personLike(person) ? person : noun;
    }

    /**
     * "over 24 militants", "about 30 people" read as an oblique: the quantifier is no preposition, the
     * people are the verb's object.
     */
    private List<Integer> quantifiedOblique(int v) {
        boolean upTo = s.children(v, "compound:prt").stream().anyMatch(p -> s.lower(p).equals("up"));
        return s.children(v, "obl").stream()
                .filter(o -> (QUANTIFIERS.contains(s.caseOf(o)) || upTo && s.caseOf(o).equals("to"))
                        && victims.personLike(o) && s.children(o, "nummod").stream().anyMatch(victims::isNumber))
                .toList();
    }

    /**
     * "killed 8 to 12 insurgents": the parser may take the range's first number for the object and the
     * rest for a "to" phrase; the people are the phrase, and their count the range.
     */
    private List<Integer> rangeRead(int v, List<Integer> object) {
        if (object.size() != 1 || !victims.isNumber(object.get(0))) {
            return object;
        }
        int low = object.get(0);
        List<Integer> rest = s.children(v, "obl").stream()
                .filter(o -> s.caseOf(o).equals("to") && victims.personLike(o)
                        && s.children(o, "nummod").stream().anyMatch(n -> n == low + 2 && victims.isNumber(n)))
                .toList();
        return rest.isEmpty() ? object : rest;
    }

    /** An object that can be the people counted: not a headline's closing source, a place or an outcome. */
    private boolean countable(int o) {
        return !s.inTail(o) && !isPlace(o) && !isOutcome(o) && !hasOwnOutcome(o);
    }

    /**
     * "One Civilian Killed, 18 Others Injured": people with their own casualty participle, which the
     * parser may make the first verb's object, are counted by that participle alone.
     */
    private boolean hasOwnOutcome(int o) {
        return s.children(o, "acl", "amod").stream().anyMatch(p -> p > o && s.pos(p).equals("VBN")
                && lexicon.casualty(s.lemma(p)).stream().anyMatch(w -> w.role() == IncidentLexicon.CasualtyRole.OBJECT));
    }

    /**
     * "Police official killed, three hurt": a headline's second outcome, which the parser may make the
     * object of the first, counts other people.
     */
    private boolean isOutcome(int i) {
        return s.isNoun(i) && lexicon.casualty(s.lemma(i)).stream().anyMatch(w -> w.role() != IncidentLexicon.CasualtyRole.OF);
    }

    /** A place is never the people a casualty word counts ("12 militants killed in Karachi, Balochistan"). */
    private boolean isPlace(int i) {
        return s.mention(i).map(m -> PlaceReader.LOCATION_TYPES.contains(m.type())).orElse(false)
                || lexicon.placeLevel(s.lower(i)).isPresent() || lexicon.placeLevel(s.lemma(i)).isPresent()
                || SITES.contains(s.lemma(i).toLowerCase(java.util.Locale.ROOT));
    }

    /** What is hit that is no one: "bombing four locations", "two posts were destroyed". */
    private static final Set<String> SITES = Set.of("location", "post", "checkpost", "house", "home", "building",
            "vehicle", "position", "hideout", "site", "target", "shop", "school", "mosque", "installation", "camp");

    /**
     * "captured a leader and one suspected insurgent": the parser may join the second object to the
     * verb rather than to the first object; a conjunct that is no verb is more people.
     */
    private List<VictimPhrase> withConjoined(int v, List<VictimPhrase> read) {
        List<VictimPhrase> out = new ArrayList<>(read);
        for (int c : s.children(v, "conj")) {
            if (!s.isVerb(c) && !s.children(c, "nummod").isEmpty() && victims.personLike(c)
                    && out.stream().noneMatch(p -> p.head() == c)) {
                out.addAll(victims.read(c));
            }
        }
        // "capturing the Taliban leader along with two suspected insurgents": the parser may hang the
        // companions on the verb
        for (int c : s.children(v, "obl")) {
            if (victims.isCompanion(c) && out.stream().noneMatch(p -> p.head() == c)) {
                out.addAll(victims.read(c));
            }
        }
        // and where the parse lost the coordination altogether, the words still show it:
        // "captured a facilitator and several associates"
        int last = out.stream().mapToInt(VictimPhrase::head).max().orElse(-1);
        if (last >= 0 && last + 2 < s.size() && s.lower(last + 1).equals("and")) {
            for (int n = last + 2; n < s.size() && n <= last + 5; n++) {
                String pos = s.pos(n);
                boolean modifier = pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ")
                        || (pos.equals("VBN") && s.tree().is(n, "amod"));
                if (!s.isNoun(n) && !modifier) {
                    break; // "killed one insurgent and detained several others": another verb, another clause
                }
                if (s.isNoun(n)) {
                    int head = n;
                    VictimPhrase p = victims.phrase(head);
                    if (p.personLike() && p.count().isPresent() && !p.definite()
                            && out.stream().noneMatch(x -> x.head() == head) && victims.isQuantified(head)) {
                        out.add(p);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A headline lists its dead before one participle: "35 militants, 1 soldier killed", "2 Indian
     * soldiers, Pakistani villager killed". The parser hangs the participle from the first item and
     * the others from the participle; the items it did not read as the subject are added here.
     */
    private List<VictimPhrase> withListed(int v, List<VictimPhrase> read) {
        List<VictimPhrase> out = new ArrayList<>(read);
        List<Integer> extra = new ArrayList<>();
        int h = s.tree().head(v);
        // "Two alleged terrorists among four killed": the first people are some of the four
        boolean among = s.children(v, "mark", "case").stream().anyMatch(c -> s.lower(c).equals("among"));
        if (h >= 0 && h < v && !among && (s.tree().is(v, "dep") || s.tree().is(v, "acl") || s.tree().is(v, "appos"))
                && s.isNoun(h)) {
            extra.add(h);
        }
        for (int c : s.children(v, "dep")) {
            if (c < v && s.isNoun(c)) {
                extra.add(c);
            }
        }
        for (int e : extra) {
            if (out.stream().noneMatch(p -> p.head() == e) && victims.personLike(e)) {
                VictimPhrase p = victims.phrase(e);
                if (!p.definite() && p.count().isPresent()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** "five died", "five were dead", "4 dead". */
    private Optional<CasualtyClause> subjectClause(int p, Outcome outcome) {
        if (negated(p)) {
            return Optional.empty();
        }
        int h = s.tree().head(p);
        // "shot dead" is read with its verb, however the parser attached "dead" ("shot dead nine of
        // them" makes it a modifier of the number); "found dead" is no count of an attack
        boolean afterVerb = p > 0 && s.isVerb(p - 1) && READ_WITH_VERB.contains(s.lemma(p - 1));
        if (afterVerb || h >= 0 && READ_WITH_VERB.contains(s.lemma(h))) {
            return Optional.empty();
        }
        List<Integer> subject = s.children(p, "nsubj");
        if (!subject.isEmpty()) {
            return clause(outcome, p, subject.get(0), -1);
        }
        // "has left at least 23 insurgents and five soldiers dead": the parser may leave the people a bare
        // dependent of the adjective before it
        Optional<Integer> counted = s.children(p, "dep").stream().filter(d -> d < p && s.isNoun(d)
                && s.children(d, "nummod").stream().anyMatch(victims::isNumber)).findFirst();
        if (!s.isVerb(p) && counted.isPresent()) {
            return clause(outcome, p, counted.get(), -1);
        }
        // "kills two in Quetta; 10 injured": the parser may hang the word on the other count but keep its own
        Optional<Integer> own = s.children(p, "nummod").stream().filter(victims::isNumber).findFirst();
        if (!s.isVerb(p) && own.isPresent()) {
            return clause(outcome, p, own.get(), -1);
        }
        if (!s.isVerb(p) && h >= 0 && victims.isNumber(h)) {
            return clause(outcome, p, h, -1); // "4 dead"
        }
        // "foiled, 2 suicide bombers dead": a headline puts the adjective after the people it counts
        if (!s.isVerb(p) && h >= 0 && h < p && s.tree().is(p, "amod") && s.isNoun(h)
                && s.children(h, "nummod").stream().anyMatch(victims::isNumber)) {
            // "left one person dead and six others injured": people listed after the adjective have their own
            return clause(outcome, p, victims.read(h).stream().filter(v -> v.head() < p).toList(), -1);
        }
        // "leaving five dead": the people are the object of the verb the adjective completes
        if (!s.isVerb(p) && h >= 0 && s.tree().is(p, "xcomp")) {
            List<Integer> obj = s.children(h, "obj");
            if (!obj.isEmpty()) {
                return clause(outcome, p, obj.get(0), -1);
            }
        }
        return Optional.empty();
    }

    /**
     * "the death of one insurgent commander", "the detainment of several others", "his arrest", and
     * "ten insurgent deaths", where the number is the noun's own.
     */
    private Optional<CasualtyClause> ofClause(int n, Outcome outcome) {
        if (s.children(n, "nummod").stream().anyMatch(victims::isNumber)) {
            return clause(outcome, n, n, -1);
        }
        for (int c : s.children(n, "nmod", "obl")) {
            // "target killings of civilians" is a record of many events; "the killings of five soldiers" one
            boolean record = s.isPlural(n) && s.children(c, "nummod").stream().noneMatch(victims::isNumber);
            if (s.caseOf(c).equals("of") && !record) {
                return clause(outcome, n, c, -1);
            }
        }
        for (int c : s.children(n, "nmod:poss")) {
            if (s.pos(c).startsWith("PRP")) {
                return clause(outcome, n, c, -1);
            }
        }
        return Optional.empty();
    }

    /**
     * "claimed the lives of five", "took the lives of", "lost their lives"; Pakistani official usage's
     * "two soldiers embraced martyrdom" (or "shahadat").
     */
    private Optional<CasualtyClause> lives(int v) {
        List<Integer> objects = new ArrayList<>(s.children(v, "obj"));
        if (v + 1 < s.size() && !objects.contains(v + 1)) {
            objects.add(v + 1); // "embraced shahadat, the ISPR said": the parser may make the word a subject
        }
        for (int o : objects) {
            if (Set.of("embrace", "attain").contains(s.lemma(v)) && Set.of("martyrdom", "shahadat").contains(s.lemma(o))) {
                List<Integer> subject = s.children(v, "nsubj");
                int h = s.tree().head(v);
                // the parser may hang the verb on the participle "having fought" whose subject the dead are
                boolean having = h >= 0 && s.children(h, "aux").stream().anyMatch(a -> s.lower(a).equals("having"));
                if (subject.isEmpty() && having && (s.tree().is(v, "dep") || s.tree().is(v, "conj"))) {
                    subject = s.children(h, "nsubj"); // "X and Y, having fought gallantly, embraced shahadat"
                }
                return subject.isEmpty() ? Optional.empty() : clause(Outcome.KILLED, v, subject.get(0), -1);
            }
            if (!s.lemma(o).equals("life")) {
                continue;
            }
            if (s.lemma(v).equals("lose")) {
                List<Integer> subject = s.children(v, "nsubj");
                return subject.isEmpty() ? Optional.empty() : clause(Outcome.KILLED, v, subject.get(0), -1);
            }
            for (int c : s.children(o, "nmod")) {
                if (s.caseOf(c).equals("of")) {
                    return clause(Outcome.KILLED, v, c, subject(v));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "the death toll rose to 30", "the toll reached 30", "the toll stood at 30", and the headline's
     * "Death toll from blast at 25" with no verb.
     */
    private Optional<CasualtyClause> toll(int t) {
        for (int c : s.children(t, "nmod")) {
            String marker = s.caseOf(c);
            if ((marker.equals("at") || marker.equals("to")) && victims.isNumber(c)) {
                return tollOf(t, c);
            }
        }
        int v = s.tree().head(t);
        if (v < 0 || !s.tree().is(t, "nsubj")) {
            return Optional.empty();
        }
        for (int c : s.tree().children(v)) {
            // "the toll had risen from an initial 19": where it rose from is no longer the toll
            boolean former = s.caseOf(c).equals("from");
            if ((s.tree().is(c, "obl") || s.tree().is(c, "obj") || s.tree().is(c, "nummod")) && victims.isNumber(c) && !former) {
                Optional<CasualtyClause> read = tollOf(t, c);
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<CasualtyClause> tollOf(int toll, int number) {
        return victims.numberCount(number).map(n -> new CasualtyClause(Outcome.KILLED, toll,
                List.of(new VictimPhrase(number, "people", Optional.empty(), Optional.of(n), true, false)), -1, false, true));
    }

    private Optional<CasualtyClause> clause(Outcome outcome, int predicate, int people, int agent) {
        return clause(outcome, predicate, victims.read(people), agent);
    }

    private Optional<CasualtyClause> clause(Outcome outcome, int predicate, List<VictimPhrase> read, int agent) {
        List<VictimPhrase> phrases = new ArrayList<>();
        // "no women or children were harmed": the "no" of the first is the list's
        boolean noneOfThem = !read.isEmpty() && isNegated(read.get(0).head());
        for (VictimPhrase p : read) {
            if (noneOfThem || isNegated(p.head()) || isPlace(p.head()) || s.inTail(p.head())) {
                continue; // "no civilians were harmed"; a place; the source of a headline
            }
            boolean person = p.personLike() || ((outcome == Outcome.KILLED || outcome == Outcome.INJURED)
                    && s.isNoun(p.head()) && !INSTRUMENTS.contains(s.lemma(p.head())));
            if (person && !INSTRUMENTS.contains(s.lower(p.head()))) {
                phrases.add(p);
            }
        }
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CasualtyClause(outcome, predicate, phrases, agent, additive(predicate, phrases), false));
    }

    private boolean isNegated(int head) {
        for (int c : s.children(head, "det", "advmod")) {
            if (s.lemma(c).equals("no")) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(int v) {
        for (int c : s.children(v, "advmod", "neg", "aux")) {
            if (NEGATIONS.contains(s.lower(c))) {
                return true;
            }
        }
        return false;
    }

    /** "also detained", "an additional suspect", "two more insurgents", "another civilian". */
    private boolean additive(int predicate, List<VictimPhrase> phrases) {
        for (int c : s.children(predicate, "advmod")) {
            if (lexicon.is(s.lemma(c), Context.ADDITIVE)) {
                return true;
            }
        }
        // "the commander and three additional suspects were detained" restates people already counted;
        // "killing Fayez Jan and one additional insurgent": "additional" is to the person named with them
        if (phrases.size() > 1 || phrases.stream().anyMatch(VictimPhrase::definite)) {
            return false;
        }
        for (VictimPhrase p : phrases) {
            for (int c : s.children(p.head(), "amod", "det", "advmod")) {
                if (lexicon.is(s.lemma(c), Context.ADDITIVE)) {
                    return true;
                }
            }
            if (s.lower(p.head()).equals("another")) {
                return true;
            }
        }
        return false;
    }

    /** The active subject of v, unless it is the weapon rather than who used it ("a bomb killed"). */
    private int subject(int v) {
        for (int c : s.children(v, "nsubj")) {
            return c;
        }
        // "killing one" depends on the verb whose subject acted: "forces responded ..., killing one"
        int h = s.tree().head(v);
        boolean participle = s.tree().is(v, "dep") && s.pos(v).equals("VBG"); // "..., killing one"
        if (h >= 0 && (s.tree().is(v, "advcl") || s.tree().is(v, "conj") || s.tree().is(v, "xcomp") || participle)
                && s.isVerb(h)) {
            for (int c : s.children(h, "nsubj")) {
                return c;
            }
        }
        // "forces engaged the enemy position with fire, killing two": the parser may hang the
        // participle after the comma on the object; whoever engaged did the killing
        // ("returned fire killing one" comes as a loose dependent of "fire")
        boolean hungOnObject = s.tree().is(v, "acl") && v > 0 && s.word(v - 1).equals(",") || s.tree().is(v, "dep");
        if (h >= 0 && hungOnObject && s.pos(v).equals("VBG") && s.isNoun(h)
                && (s.tree().is(h, "obj") || s.tree().is(h, "obl")) && s.isVerb(s.tree().head(h))) {
            for (int c : s.children(s.tree().head(h), "nsubj")) {
                return c;
            }
        }
        return -1;
    }

    private int byAgent(int v) {
        for (int c : s.children(v, "obl:agent", "obl", "nmod:agent")) {
            if (s.tree().is(c, "obl:agent") || s.caseOf(c).equals("by")) {
                return c;
            }
        }
        return -1;
    }

    private boolean followedBy(int i, String word) {
        for (int k = i + 1; k < s.size() && k <= i + 4; k++) {
            if (s.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun at i is an instrument rather than an actor ("the bomb", "it"). */
    static boolean isInstrument(ParsedSentence s, int i) {
        return isInstrument(s.lemma(i)) || isInstrument(s.lower(i));
    }

    /** A weapon or an act that kills but is no one: "bomb", "shelling", "it". */
    static boolean isInstrument(String word) {
        return INSTRUMENTS.contains(word);
    }
}
