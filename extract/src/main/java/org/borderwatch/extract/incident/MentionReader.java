package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.extract.incident.IncidentLexicon.Context;
import org.borderwatch.extract.incident.IncidentLexicon.Outcome;
import org.borderwatch.extract.incident.IncidentLexicon.PersonRole;

/**
 * Reads the event mentions of one sentence: finds event words and casualty clauses, drops those that
 * did not happen, groups the rest by clause, and keeps the groups that report a particular event
 * rather than a kind of event ("the deadly March attack in Bisham", not "terrorist assaults on
 * Pakistani troops").
 */
final class MentionReader {
    /** What a group claims responsibility for when it claims an act of violence. */
    private static final Set<String> CLAIMED_ACTS = Set.of("kill", "killing", "murder", "assassination", "attack",
            "bombing", "blast", "explosion", "abduction", "kidnapping", "shooting", "ambush", "beheading");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** Prepositions of the events a clause happened in: "during separate operations", "in three raids". */
    private static final Set<String> ROUNDUP_CASES = Set.of("during", "in", "through", "over", "throughout");
    private static final Set<String> SECURITY_WORDS = Set.of("force", "army", "military", "troops", "troop",
            "police", "coalition", "isaf", "commando", "paramilitary", "rangers", "jet", "aircraft", "drone",
            "helicopter", "gunship", "tank", "artillery", "navy", "marine", "airforce", "patrol", "air");

    private final ParsedSentence s;
    private final IncidentLexicon lexicon = IncidentLexicon.get();

    private final Optional<FuzzyDate> storyDay;

    /** @param storyDay the day of the event the story told last, if it told one */
    MentionReader(ParsedSentence s, Optional<FuzzyDate> storyDay) {
        this.storyDay = storyDay;
        this.s = s;
    }

    List<EventMention> read() {
        Realis realis = new Realis(s);
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger t : TriggerFinder.find(s)) {
            if (realis.happened(t.head()) && !thingsTaken(t)) {
                triggers.add(t);
            }
        }
        List<CasualtyClause> clauses = new ArrayList<>();
        for (CasualtyClause c : new CasualtyReader(s).find()) {
            if (realis.befell(c.predicate(), c.victims().stream().map(VictimPhrase::head).toList())) {
                clauses.add(c);
            }
        }
        Set<Outcome> missing = EnumSet.allOf(Outcome.class);
        clauses.forEach(c -> missing.remove(c.outcome()));
        for (CasualtyClause c : new SurfaceCasualties(s).find(missing)) {
            if (realis.happened(c.predicate())) {
                clauses.add(c);
            }
        }
        boolean[] eventWord = new boolean[s.size()];
        boolean[] casualtyWord = new boolean[s.size()];
        boolean[] agentless = new boolean[s.size()];
        boolean[] deadly = new boolean[s.size()];
        triggers.forEach(t -> eventWord[t.head()] = true);
        for (CasualtyClause c : clauses) {
            casualtyWord[c.predicate()] = true;
            agentless[c.predicate()] = c.agent() < 0;
            deadly[c.predicate()] = c.outcome() == Outcome.KILLED || c.outcome() == Outcome.INJURED;
        }
        ClauseMap map = new ClauseMap(s, eventWord, casualtyWord, agentless, deadly);

        Map<Integer, List<Trigger>> triggersByClause = new LinkedHashMap<>();
        Map<Integer, List<CasualtyClause>> clausesByClause = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            triggersByClause.computeIfAbsent(map.anchor(t.head()), k -> new ArrayList<>()).add(t);
        }
        for (CasualtyClause c : clauses) {
            clausesByClause.computeIfAbsent(map.anchor(c.predicate()), k -> new ArrayList<>()).add(c);
        }
        List<Integer> anchors = new ArrayList<>(triggersByClause.keySet());
        clausesByClause.keySet().stream().filter(a -> !anchors.contains(a)).forEach(anchors::add);
        anchors.sort(Comparator.naturalOrder());

        // "Several insurgents were killed and others detained during separate operations": every
        // clause of a sentence that sums up separate events is part of the summing-up
        boolean roundup = triggers.stream().filter(t -> t.noun() && !isModifier(t, triggers)).anyMatch(this::roundupNoun);
        List<EventMention> out = new ArrayList<>();
        for (int anchor : anchors) {
            group(anchor, triggersByClause.getOrDefault(anchor, List.of()),
                    clausesByClause.getOrDefault(anchor, List.of()), map, roundup).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            claimOnly().ifPresent(out::add);
        }
        return out;
    }

    /** "the group had captured four armoured vehicles": capturing things or ground arrests no one. */
    private boolean thingsTaken(Trigger t) {
        if (t.noun() || t.type() != IncidentType.ARREST) {
            return false;
        }
        return s.children(t.head(), "obj").stream().anyMatch(o -> THINGS.contains(s.lemma(o)));
    }

    /** What is captured or seized that is no one: materiel and ground. */
    private static final Set<String> THINGS = Set.of("vehicle", "weapon", "arm", "ammunition", "tank", "truck", "car",
            "equipment", "cache", "explosive", "post", "checkpoint", "base", "position", "headquarters", "building",
            "town", "village", "district", "area", "territory", "city", "hill", "compound");

    private Optional<EventMention> group(int anchor, List<Trigger> triggers, List<CasualtyClause> clauses,
                                         ClauseMap map, boolean roundup) {
        IntPredicate inClause = i -> map.anchor(i) == anchor;
        List<CasualtyClause> counted = clauses.stream()
                .filter(c -> c.total().isPresent() && !c.repeatsOnly()).toList();
        List<Trigger> events = triggers.stream().filter(t -> !isModifier(t, triggers) && !arrestedFor(t, triggers)).toList();
        int near = !events.isEmpty() ? events.get(0).head() : !clauses.isEmpty() ? clauses.get(0).predicate() : anchor;

        List<Integer> agents = new ArrayList<>();
        for (CasualtyClause c : clauses) {
            if (c.agent() >= 0 && !CasualtyReader.isInstrument(s, c.agent())) {
                agents.add(c.agent());
            }
        }
        List<Perpetrator> perpetrators = new ArrayList<>(new PerpetratorReader(s).read(triggers, agents, anchor));
        // "Policeman guarding polio workers shot dead": a headline's dead are its subject, not who shot
        perpetrators.removeIf(p -> clauses.stream().flatMap(c -> c.victims().stream())
                .anyMatch(v -> p.span().contains(s.tree().token(v.head()).span())));
        IntPredicate scope = placeScope(events, clauses, inClause);
        List<PlaceMention> places = new ArrayList<>(new PlaceReader(s).read(scope));
        if (places.isEmpty() && s.isHeadline() && scope == inClause) {
            // "232 militants killed, 20 hideouts destroyed in North Waziristan": a headline's place is its events'
            places.addAll(new PlaceReader(s).read(i -> !s.inTail(i)));
        }
        if (places.isEmpty()) {
            // "abducted two engineers working on a road project in Tank district": where the victims were;
            // "tore through a minibus carrying wedding guests in the Nahr-e Saraj district": where what was hit was
            Set<Integer> where = new HashSet<>();
            clauses.stream().flatMap(c -> c.victims().stream()).forEach(v -> s.children(v.head(), "acl")
                    .forEach(a -> where.addAll(s.tree().subtree(a))));
            for (int i = 0; i < s.size(); i++) {
                if (scope.test(i) && s.isNoun(i)) {
                    s.children(i, "acl").stream().filter(a -> s.tree().relation(a).equals("acl") && s.pos(a).equals("VBG"))
                            .forEach(a -> where.addAll(s.tree().subtree(a)));
                }
            }
            places.addAll(new PlaceReader(s).read(where::contains));
        }
        places.removeIf(p -> perpetrators.stream().anyMatch(x -> x.span().overlaps(p.span())));
        Optional<FuzzyDate> date = new DateReader(s, storyDay).read(inClause, near);

        boolean anchored = !places.isEmpty() || date.isPresent() || !counted.isEmpty();
        boolean ofADay = date.map(d -> d.precision() == DatePrecision.DAY).orElse(false);
        boolean specific = !counted.isEmpty();
        boolean definite = false;
        boolean separate = false;
        for (Trigger t : events) {
            if (t.noun()) {
                specific |= specificNoun(t, anchored, ofADay, !places.isEmpty());
                definite |= definiteNoun(t);
                separate |= separateNoun(t);
            } else {
                specific |= specificVerb(t, anchored);
            }
        }
        if (!specific) {
            return Optional.empty();
        }
        // "The bomber ... detonated his vest near the stage": the doers named as known do what was told
        definite |= !perpetrators.isEmpty() && perpetrators.stream().allMatch(this::knownDoer)
                || events.stream().anyMatch(t -> !t.noun() && s.children(t.head(), "nsubj").stream().anyMatch(this::knownDoer));
        Optional<IncidentType> fromWords = events.stream().map(Trigger::type)
                .min(Comparator.comparingInt(IncidentTypes::rank));
        IncidentType type = fromWords.orElseGet(() -> inferred(clauses, agents));
        boolean securityActs = agents.stream().anyMatch(this::isSecurity)
                || perpetrators.stream().anyMatch(this::isSecurityForce);
        boolean killed = clauses.stream().anyMatch(c -> c.outcome() == Outcome.KILLED);
        boolean captured = clauses.stream().anyMatch(c -> c.outcome() == Outcome.CAPTURED);
        // "Security forces repulsed the attack": the attack named is not the forces' own act
        boolean referredOnly = !events.isEmpty() && events.stream().allMatch(t -> t.noun() && definiteNoun(t));
        if (securityActs && !referredOnly && (type == IncidentType.ATTACK || type == IncidentType.ARMED_ASSAULT
                || type == IncidentType.TARGETED_KILLING)) {
            type = IncidentType.SECURITY_OPERATION; // "security forces shot dead two militants"
        }
        if (Set.of(IncidentType.ATTACK, IncidentType.ARMED_ASSAULT, IncidentType.SHELLING,
                IncidentType.SECURITY_OPERATION, IncidentType.BOMBING, IncidentType.CLASH).contains(type)
                && (byAircraft(events, agents) || perpetrators.stream().anyMatch(MentionReader::aircraft))) {
            type = IncidentType.AIRSTRIKE; // "a drone fired two missiles at a compound", "aircraft dropped a bomb"
        }
        // a raid is the state's unless those who made it are militants
        boolean raid = !events.isEmpty() && events.stream().allMatch(t -> s.lemma(t.head()).equals("raid"));
        if (type == IncidentType.SECURITY_OPERATION && raid && !securityActs && !perpetrators.isEmpty()
                && perpetrators.stream().allMatch(this::isMilitant)) {
            type = IncidentType.ATTACK; // "militants raided a checkpost", "the TTP claimed the raid"
        }
        if (ACROSS_KINDS.contains(type) && fromAcross(inClause)) {
            type = IncidentType.CROSS_BORDER_STRIKE; // "fired on a post from inside Afghanistan", "rockets into Kunar"
        }
        if (type == IncidentType.ARMED_ASSAULT && personShot(events, clauses)
                || type == IncidentType.ATTACK && killingOfAPerson(events)) {
            type = IncidentType.TARGETED_KILLING; // "a tribal elder and his nephew were shot dead by two gunmen"
        }
        if (type == IncidentType.SECURITY_OPERATION && captured && !killed) {
            type = IncidentType.ARREST; // an operation that only detained people is an arrest
        }
        boolean eventNoun = events.stream().anyMatch(Trigger::noun);
        separate |= separateSentence();
        return Optional.of(new EventMention(s.index(), s.span(), Optional.of(type), fromWords.isPresent(), eventNoun,
                securityActs && !clauses.isEmpty(), definite && !separate, separate, roundup,
                several(events, clauses, places, date), places, date, clauses, perpetrators));
    }

    private static final Set<String> DOERS = Set.of("attacker", "assailant", "gunman", "gunmen", "bomber", "raider",
            "perpetrator", "culprit", "kidnapper", "abductor");

    /** "the attackers", "the suicide bomber": those who did an act already told. */
    private boolean knownDoer(int noun) {
        return DOERS.contains(s.lemma(noun).toLowerCase(java.util.Locale.ROOT))
                && s.children(noun, "det").stream().anyMatch(d -> s.lower(d).equals("the"));
    }

    private boolean knownDoer(Perpetrator p) {
        boolean the = false;
        boolean doer = false;
        for (int i = 0; i < s.size(); i++) {
            Span at = s.tree().token(i).span();
            if (at.start() == p.span().start()) {
                the = s.lower(i).equals("the") || i > 0 && s.lower(i - 1).equals("the");
            }
            doer |= p.span().contains(at) && s.isNoun(i) && DOERS.contains(s.lemma(i).toLowerCase(java.util.Locale.ROOT));
        }
        return the && doer;
    }

    /** "claimed responsibility for the coordinated attacks", "both blasts": events told, named together. */
    private boolean several(List<Trigger> events, List<CasualtyClause> clauses, List<PlaceMention> places,
                            Optional<FuzzyDate> date) {
        return !events.isEmpty() && clauses.isEmpty() && places.isEmpty() && date.isEmpty()
                && events.stream().allMatch(t -> t.noun() && (definiteNoun(t) && s.isPlural(t.head())
                || s.children(t.head(), "det", "nummod").stream().anyMatch(c -> s.lemma(c).equals("both"))));
    }

    private static final Set<IncidentType> ACROSS_KINDS = EnumSet.of(IncidentType.SHELLING, IncidentType.ATTACK,
            IncidentType.ARMED_ASSAULT, IncidentType.AIRSTRIKE);

    /**
     * Fire told as crossing the border: "from across the border", "from inside Afghanistan", "more than 200
     * rockets into Afghanistan's Kunar province". Where militants came from before an attack ("terrorists
     * operating from Afghanistan attacked") is their base, not the fire's path.
     */
    private boolean fromAcross(IntPredicate inClause) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!inClause.test(i)) {
                continue;
            }
            boolean acrossTheBorder = s.lower(i).equals("across") && Set.of("border", "frontier").contains(s.lower(i + 2));
            boolean fromInside = s.lower(i).equals("from") && Set.of("inside", "within").contains(s.lower(i + 1))
                    && lexicon.isCountry(s.word(i + 2));
            boolean into = s.lower(i).equals("into") && lexicon.isCountry(s.word(i + 1))
                    && FIRE_VERBS.contains(s.lemma(verbAbove(i + 1)));
            if (acrossTheBorder || fromInside || into) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FIRE_VERBS = Set.of("fire", "launch", "lob", "shell", "strike", "hit", "land",
            "rain", "pound");

    private int verbAbove(int token) {
        int cur = s.tree().head(token);
        for (int guard = 0; cur >= 0 && !s.isVerb(cur) && guard < s.size(); guard++) {
            cur = s.tree().head(cur);
        }
        return Math.max(cur, 0);
    }

    /** How many people one shooting may kill and still be a killing of those persons rather than an assault. */
    private static final int TARGETED_MOST = 2;

    /**
     * One or two people, each named as one, shot dead as the object of the shooting itself ("gunned down a
     * police constable", "the prayer leader was shot dead"): a killing of those persons. Militants shot
     * are a fight's dead; "killed when gunmen opened fire on a checkpost" is an assault on the post.
     */
    private boolean personShot(List<Trigger> events, List<CasualtyClause> clauses) {
        Set<Integer> shootings = new HashSet<>();
        events.stream().filter(t -> !t.noun() && Set.of("shoot", "gun").contains(s.lemma(t.head())))
                .forEach(t -> shootings.add(t.head()));
        List<VictimPhrase> dead = clauses.stream().filter(c -> c.outcome() == Outcome.KILLED)
                .flatMap(c -> c.victims().stream()).toList();
        if (shootings.isEmpty() || dead.isEmpty() || dead.size() > TARGETED_MOST) {
            return false;
        }
        return dead.stream().allMatch(v -> v.count().map(n -> n.low() == 1 && n.high() == 1).orElse(false)
                && role(v.head()) != PersonRole.MILITANT && shotDirectly(v.head(), shootings));
    }

    /** "The killing of a vaccinator in Bannu": one person's killing, told by the noun. */
    private boolean killingOfAPerson(List<Trigger> events) {
        return events.size() == 1 && events.get(0).noun() && s.lemma(events.get(0).head()).equals("killing")
                && s.children(events.get(0).head(), "nmod").stream().anyMatch(n -> s.caseOf(n).equals("of")
                        && !s.isPlural(n) && lexicon.person(s.lemma(n)).filter(r -> r != PersonRole.MILITANT).isPresent()
                        && s.children(n, "det").stream().anyMatch(d -> Set.of("a", "an", "the").contains(s.lower(d))));
    }

    private boolean shotDirectly(int victim, Set<Integer> shootings) {
        int cur = victim;
        while (s.tree().is(cur, "conj") && s.tree().head(cur) >= 0) {
            cur = s.tree().head(cur);
        }
        return (s.tree().is(cur, "obj") || s.tree().is(cur, "nsubj:pass")) && shootings.contains(s.tree().head(cur));
    }

    private static final Set<String> AIRCRAFT = Set.of("drone", "jet", "warplane", "aircraft", "helicopter",
            "gunship", "plane", "uav");

    /** "blamed Pakistani military aircraft for bombing four locations": the doers named are aircraft. */
    private static boolean aircraft(Perpetrator p) {
        return IncidentLexicon.words(p.mention()).stream().anyMatch(w -> AIRCRAFT.contains(w.replaceFirst("s$", "")));
    }

    /**
     * The one acting is an aircraft: the agent of the killing, or a word just before the event verb (the
     * tagger reads "a US drone fired" as two verbs).
     */
    private boolean byAircraft(List<Trigger> events, List<Integer> agents) {
        List<Integer> actors = new ArrayList<>(agents);
        for (Trigger t : events) {
            for (int k = Math.max(0, t.head() - 2); !t.noun() && k < t.head(); k++) {
                actors.add(k);
            }
        }
        // "the air weapons team engaged the position"
        return actors.stream().anyMatch(a -> AIRCRAFT.contains(s.lower(a).replaceFirst("s$", ""))
                || compounds(a).stream().anyMatch(c -> s.lower(c).equals("air")));
    }

    /**
     * "China's foreign ministry condemned the attack and urged Pakistan to act": an event only reacted to
     * is placed by its own phrase ("the attack in Karachi"); the names around it are those reacting.
     */
    private IntPredicate placeScope(List<Trigger> events, List<CasualtyClause> clauses, IntPredicate inClause) {
        boolean reactedTo = clauses.isEmpty() && !events.isEmpty()
                && events.stream().allMatch(t -> t.noun() && definiteNoun(t) && reactedTo(t.head()));
        if (!reactedTo) {
            return inClause;
        }
        Set<Integer> own = new HashSet<>();
        events.forEach(t -> own.addAll(s.tree().subtree(t.head())));
        // "condemned the bombing at a mosque in Peshawar": one condemns no place; the parser hung the
        // event's own place on the verb
        for (Trigger t : events) {
            int verb = s.tree().head(t.head());
            for (int c : s.children(verb, "obl")) {
                if (c > t.head() && Set.of("at", "in", "near", "inside").contains(s.caseOf(c))) {
                    own.addAll(s.tree().subtree(c));
                }
            }
        }
        return i -> inClause.test(i) && own.contains(i);
    }

    /** The object of "condemned", or of "claimed responsibility for". */
    private boolean reactedTo(int noun) {
        int h = s.tree().head(noun);
        if (h >= 0 && lexicon.is(s.lemma(h), Context.CLAIM)) {
            h = s.tree().head(h);
        }
        return h >= 0 && (lexicon.is(s.lemma(h), Context.REACTION) || lexicon.is(s.lemma(h), Context.CLAIM));
    }

    /**
     * "during separate operations", "in three raids", "during several operations": the clause sums up
     * events a report then tells one by one ("in other operations" is only a further event).
     */
    private boolean roundupNoun(Trigger t) {
        int n = t.last(); // the head noun of "clearing and security operations", whatever the parser said
        // the events the clause happened in or conducted, not "responsible for several attacks"
        boolean within = ROUNDUP_CASES.contains(s.caseOf(n)) || s.tree().is(n, "obj") && s.isVerb(s.tree().head(n));
        if (!s.isPlural(n) || !within) {
            return false;
        }
        return !s.children(n, "nummod").isEmpty()
                || s.children(n, "amod", "det").stream().anyMatch(c -> lexicon.is(s.lemma(c), Context.ROUNDUP));
    }

    /** "IED material", "attack network": an event word modifying something else names no event. */
    /** "arrested two suspects in connection with the blast": the blast told before is what they are held for. */
    private boolean arrestedFor(Trigger t, List<Trigger> all) {
        return t.noun() && definiteNoun(t) && all.stream().anyMatch(o -> !o.noun() && o.type() == IncidentType.ARREST
                && o.head() != t.head() && s.tree().subtree(o.head()).contains(t.head()));
    }

    private boolean isModifier(Trigger t, List<Trigger> all) {
        int w = t.head();
        if (s.tree().is(w, "conj") && s.tree().head(w) >= 0) {
            w = s.tree().head(w); // "assassinations and attack plans": a conjunct of a modifier modifies too
        }
        if (!(s.tree().is(w, "compound") || s.tree().is(w, "amod"))) {
            return false;
        }
        int h = s.tree().head(w);
        return all.stream().noneMatch(o -> o.covers(h));
    }

    /**
     * A noun names a particular event when it is determined ("a blast", "the attack", "two blasts",
     * "Sunday's attack", "the March attack") or, bare and singular, when its clause anchors it in a
     * place, date or toll ("suicide attack kills 12"). A bare plural ("attacks on troops") is a kind,
     * unless a day or a condemnation of events in a named place makes them particular.
     */
    private boolean specificNoun(Trigger t, boolean anchored, boolean ofADay, boolean placed) {
        int n = t.head();
        boolean determined = !s.children(n, "nummod", "nmod:poss").isEmpty();
        for (int c : s.children(n, "det")) {
            determined |= DETERMINERS.contains(s.lemma(c));
        }
        for (int c : s.children(n, "compound", "amod")) {
            determined |= s.mention(c).map(m -> m.type().equals("DATE") || PlaceReader.LOCATION_TYPES.contains(m.type()))
                    .orElse(false);
        }
        if (s.isPlural(n)) {
            boolean numbered = !s.children(n, "nummod").isEmpty();
            // one condemns particular events: "condemned air strikes in Paktika province"
            boolean condemnedThere = placed && reactedTo(n);
            // "air strikes hit Paktika on Monday", "during coalition airstrikes on May 4": events of a day,
            // not "target killings of civilians" in a militant's record nor "in other operations today"
            boolean actedThatDay = ofADay && !inRecord(n) && s.children(n, "amod", "det").stream()
                    .noneMatch(c -> lexicon.is(s.lemma(c), Context.SEPARATE) || lexicon.is(s.lemma(c), Context.ROUNDUP)
                            || lexicon.is(s.lemma(c), Context.GENERIC));
            return !tally(n) && (numbered || determined && anchored || actedThatDay || condemnedThere);
        }
        // headlines drop articles: "Bomb kills girl", "Prison attack frees 243"
        return determined || anchored || s.isHeadline();
    }

    /** Words under which events are someone's record: "involved in target killings", "planning attacks". */
    private static final Set<String> RECORD = Set.of("involve", "responsible", "plan", "planning", "mastermind",
            "orchestrate", "coordinate", "direct", "facilitate", "organize", "organise", "lead", "behind");

    private boolean inRecord(int noun) {
        int cur = noun;
        for (int step = 0; step < 3 && cur >= 0; step++) {
            if (RECORD.contains(s.lemma(cur))) {
                return true;
            }
            cur = s.tree().head(cur);
        }
        return false;
    }

    /**
     * "14 of the 24 suicide bombings in the country this year": a count of many events, or a part of
     * one, is a statistic; "two blasts" may still be told one by one.
     */
    private boolean tally(int noun) {
        int h = s.tree().head(noun);
        boolean partOf = h >= 0 && s.tree().is(noun, "nmod") && s.pos(h).equals("CD");
        boolean many = s.children(noun, "nummod").stream().anyMatch(c -> NumberWords.parse(List.of(s.word(c)))
                .orElse(0) > 3);
        return partOf || many;
    }

    private boolean definiteNoun(Trigger t) {
        int n = t.head();
        for (int c : s.children(n, "det")) {
            if (DEFINITE.contains(s.lemma(c))) {
                return true;
            }
        }
        return !s.children(n, "nmod:poss").isEmpty();
    }

    private boolean separateNoun(Trigger t) {
        for (int c : s.children(t.head(), "det", "amod", "advmod")) {
            if (lexicon.is(s.lemma(c), Context.SEPARATE)) {
                return true;
            }
        }
        return false;
    }

    /** What a further event is called when it is not named by its kind: "in another engagement". */
    private static final Set<String> FURTHER = Set.of("incident", "engagement", "encounter", "episode");

    /** "Separately, police arrested five suspects", "In another incident, ...": a further event. */
    private boolean separateSentence() {
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if ((w.equals("separately") || w.equals("elsewhere")) && s.tree().is(i, "advmod")) {
                return true;
            }
            if (FURTHER.contains(w) && i > 0 && lexicon.is(s.lower(i - 1), Context.SEPARATE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb reports an event in the past tense, or in a headline's present ("Bomb kills girl"), with
     * a particular participant, place or date: "targeted polio teams before" is a habit, not an event.
     */
    private boolean specificVerb(Trigger t, boolean anchored) {
        int v = t.head();
        int h = s.tree().head(v);
        // "tried to storm the base", "attempted to assassinate the minister": the attempt's tense is the event's
        boolean attempted = h >= 0 && s.tree().is(v, "xcomp") && lexicon.is(s.lemma(h), Context.ATTEMPT);
        String pos = s.pos(attempted ? h : v);
        boolean past = pos.equals("VBD") || pos.equals("VBN") || pos.equals("VBG");
        if (!past && !(s.isHeadline() && (pos.equals("VBZ") || pos.equals("VBP")))) {
            return false;
        }
        if (describesAKind(v)) {
            return false;
        }
        if (anchored) {
            return true;
        }
        for (int c : s.children(v, "obj", "nsubj:pass", "obl")) {
            if (!s.isNoun(c) || s.mention(c).map(m -> m.type().equals("DATE")).orElse(false)) {
                continue;
            }
            boolean bare = s.children(c, "det", "nummod", "nmod:poss").isEmpty();
            if (!(s.isPlural(c) && bare)) {
                return true;
            }
        }
        return false;
    }


    /** "conducting assassinations targeting officials", "attacks targeting troops": what a kind of event does. */
    private boolean describesAKind(int v) {
        int h = s.tree().head(v);
        return h >= 0 && s.pos(v).equals("VBG") && s.tree().is(v, "acl") && s.isPlural(h)
                && s.children(h, "det", "nummod", "nmod:poss").isEmpty()
                && !lexicon.nounEventsEndingWith(s.lemma(h)).isEmpty();
    }

    /** The type of an event told only by its casualties: "Pakistani army kills 22 militants". */
    private IncidentType inferred(List<CasualtyClause> clauses, List<Integer> agents) {
        boolean security = agents.stream().anyMatch(this::isSecurity);
        boolean onlyCaptured = clauses.stream().allMatch(c -> c.outcome() == Outcome.CAPTURED);
        if (clauses.stream().anyMatch(c -> c.outcome() == Outcome.TAKEN)) {
            return IncidentType.KIDNAPPING;
        }
        if (onlyCaptured) {
            return IncidentType.ARREST;
        }
        if (security) {
            return IncidentType.SECURITY_OPERATION;
        }
        boolean militantsOnly = clauses.stream().filter(c -> c.outcome() == Outcome.KILLED)
                .flatMap(c -> c.victims().stream())
                .allMatch(v -> role(v.head()) == PersonRole.MILITANT);
        boolean anyKilled = clauses.stream().anyMatch(c -> c.outcome() == Outcome.KILLED);
        return anyKilled && militantsOnly ? IncidentType.SECURITY_OPERATION : IncidentType.ATTACK;
    }

    /** "a Taliban leader" is a militant, "a party leader" an official: a modifier may tell the kind. */
    private PersonRole role(int head) {
        for (int m : s.children(head, "compound", "amod")) {
            Optional<PersonRole> qualified = lexicon.person(s.lemma(m) + " " + s.lemma(head));
            if (qualified.isPresent()) {
                return qualified.get();
            }
        }
        return lexicon.person(s.lemma(head)).orElse(PersonRole.PERSON);
    }

    private boolean isSecurity(int token) {
        if (s.mention(token).map(m -> m.type().equals("SECURITY_FORCE")).orElse(false)) {
            return true;
        }
        if (SECURITY_WORDS.contains(s.lemma(token))
                || lexicon.person(s.lemma(token)).map(r -> r == PersonRole.SECURITY).orElse(false)) {
            return true;
        }
        List<Integer> parts = new ArrayList<>(compounds(token));
        parts.addAll(s.children(token, "conj"));
        for (int c : parts) {
            if (SECURITY_WORDS.contains(s.lemma(c)) || s.mention(c).map(m -> m.type().equals("SECURITY_FORCE")).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The words compounded before a noun, at any depth: "air" and "weapons" in "the air weapons team". */
    private List<Integer> compounds(int noun) {
        List<Integer> out = new ArrayList<>();
        for (int c : s.children(noun, "compound")) {
            out.add(c);
            out.addAll(compounds(c));
        }
        return out;
    }

    /** "security forces", "the army"; not the Balochistan Liberation Army, a group whose name has "army" in it. */
    private boolean isSecurityForce(Perpetrator p) {
        return !namesArmedGroup(p) && p.attribution() != org.borderwatch.core.incident.Attribution.CLAIMED
                && isSecurityText(p.mention());
    }

    /** "the TTP", "militants", a group that claimed it: a side that is not the state's. */
    private boolean isMilitant(Perpetrator p) {
        if (isSecurityText(p.mention())) {
            return false;
        }
        if (namesArmedGroup(p) || p.attribution() == org.borderwatch.core.incident.Attribution.CLAIMED) {
            return true;
        }
        List<String> words = IncidentLexicon.words(p.mention());
        return !words.isEmpty() && lexicon.roleOfCategory(words.get(words.size() - 1)) == PersonRole.MILITANT;
    }

    private boolean namesArmedGroup(Perpetrator p) {
        for (int i = 0; i < s.size(); i++) {
            boolean inside = p.span().contains(s.tree().token(i).span());
            if (inside && s.mention(i).map(m -> m.type().equals("ARMED_GROUP")).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSecurityText(String mention) {
        for (String w : IncidentLexicon.words(mention)) {
            if (SECURITY_WORDS.contains(w) || w.equals("forces") || w.equals("soldiers")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The BLA claimed responsibility." with no event word: a claim about the event told before,
     * kept as a mention with no type so that it joins that event.
     */
    private Optional<EventMention> claimOnly() {
        for (int v = 0; v < s.size(); v++) {
            if (!s.isVerb(v) || !Set.of("claim", "accept").contains(s.lemma(v))) {
                continue;
            }
            Optional<Integer> responsibility = s.children(v, "obj").stream()
                    .filter(o -> s.lemma(o).equals("responsibility")).findFirst();
            List<Integer> subject = s.children(v, "nsubj");
            if (responsibility.isEmpty() || subject.isEmpty() || new PerpetratorReader(s).deniedClaim(v)) {
                continue;
            }
            int who = subject.get(0);
            // "the Islamic State group": a name may sit in the compounds before the noun heading it
            boolean named = s.mention(who).isPresent() || s.children(who, "compound").stream().anyMatch(c -> s.mention(c).isPresent());
            if (!named && lexicon.person(s.lemma(who)).isEmpty()) {
                continue;
            }
            List<Integer> tokens = new ArrayList<>(s.tree().subtree(who, "acl:relcl", "acl", "punct", "appos"));
            while (tokens.size() > 1 && s.tree().is(tokens.get(0), "det")) {
                tokens.remove(0);
            }
            Span span = s.tree().span(tokens);
            Perpetrator p = new Perpetrator(org.borderwatch.extract.text.Texts.fold(span.of(s.document().text())), span,
                    org.borderwatch.core.incident.Attribution.CLAIMED, null);
            // "claims responsibility for killing party leader": a claim for a violent act reports one
            Optional<IncidentType> type = s.tree().subtree(responsibility.get()).stream()
                    .anyMatch(k -> CLAIMED_ACTS.contains(s.lemma(k))) ? Optional.of(IncidentType.ATTACK) : Optional.empty();
            List<Integer> claimed = s.tree().subtree(v);
            List<Trigger> claimedEvents = TriggerFinder.find(s).stream().filter(t -> claimed.contains(t.head())).toList();
            return Optional.of(new EventMention(s.index(), s.span(), type, false, false, false, true, false, false,
                    several(claimedEvents, List.of(), List.of(), Optional.empty()), List.of(), Optional.empty(), List.of(), List.of(p)));
        }
        return Optional.empty();
    }
}
