package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.extract.incident.IncidentLexicon.Outcome;
import org.borderwatch.extract.incident.IncidentLexicon.PersonRole;

/**
 * Merges the mentions of one event within a document into one report. A mention joins the latest
 * earlier event it can describe (a compatible type, no other place, no other date) when it refers
 * back ("the Bisham attack"), shares its place or day, or names no place or date of its own and so
 * carries on the story ("The security force also detained one suspected insurgent"). Counts follow
 * the first report of each kind; a later clause adds to them only when it says so ("also", "another")
 * or, after one person was counted, introduces a number of people of another kind ("captured a leader
 * ... detained two suspected insurgents"), and replaces them only when it restates a toll ("the death
 * toll rose to 30"), since news repeats figures far more often than it adds to them.
 */
final class IncidentMerger {
    /** Words for those who carried out the attack just told, rather than for a side in general. */
    private static final Set<String> ATTACKERS = Set.of("attacker", "attackers", "assailant", "assailants", "gunman",
            "gunmen", "bomber", "bombers", "perpetrator", "perpetrators", "culprit", "culprits", "raider", "raiders");
    private static final Set<IncidentType> FIGHTS = EnumSet.of(IncidentType.CLASH, IncidentType.SECURITY_OPERATION);
    /** How many sentences on a toll told again is still the same event's: a press release's next paragraphs. */
    private static final int RETOLD_REACH = 5;

    private IncidentMerger() {
    }

    /**
     * @param frames    the lead's place and date, when the lead reports no event itself, and the places
     *                  of later sentences that set a scene without telling an event, in text order
     * @param reportDay the day a same-day report covers, for its events with no date of their own
     */
    static List<IncidentReport> merge(List<EventMention> mentions, List<LeadFrame> frames,
                                      Optional<FuzzyDate> reportDay) {
        List<Incident> incidents = new ArrayList<>();
        // a summing-up of several events is no event of its own when the events are told after it; but one
        // attack told after "two suicide bombings" leaves the other told only in the summing-up (press
        // releases sum up operations and then may tell only one of them)
        List<EventMention> told = mentions.stream().filter(m -> !m.roundup() || attacksLeftUntold(m, mentions)).toList();
        boolean eventsTold = told.stream().anyMatch(m -> m.type().isPresent() && !m.roundup());
        for (EventMention m : eventsTold ? told : mentions) {
            // a restated toll ("the death toll rose to 28") is always about the event told before
            boolean tollOnly = !m.typeFromWord() && !m.clauses().isEmpty() && m.clauses().stream().allMatch(CasualtyClause::update);
            if (tollOnly && !incidents.isEmpty()) {
                incidents.get(incidents.size() - 1).absorb(m);
                continue;
            }
            // "the BLA claimed responsibility for the coordinated attacks": each attack told is claimed
            List<Incident> named = m.several()
                    ? incidents.stream().filter(i -> m.type().isEmpty() || i.accepts(m)).toList() : List.of();
            if (named.size() > 1) {
                named.forEach(i -> i.absorb(m));
                continue;
            }
            if (m.type().isEmpty()) {
                if (!incidents.isEmpty()) {
                    incidents.get(incidents.size() - 1).absorb(m);
                }
                continue;
            }
            // "the Mastung bombing" told after the Hangu blast is the Mastung one
            Incident target = incidents.stream().filter(i -> i.namesPlaceOf(m) && i.accepts(m)).reduce((a, b) -> b)
                    .orElse(null);
            for (int i = incidents.size() - 1; i >= 0 && target == null; i--) {
                if (incidents.get(i).accepts(m)) {
                    target = incidents.get(i);
                }
            }
            if (target == null) {
                incidents.add(new Incident(m));
            } else {
                target.absorb(m);
            }
        }
        // the nearest frame first: it says where, and an earlier lead may still say when
        for (Incident incident : incidents) {
            for (int f = frames.size() - 1; f >= 0; f--) {
                incident.framedBy(frames.get(f));
            }
        }
        reportDay.ifPresent(day -> incidents.forEach(i -> i.dateIfNone(day)));
        List<IncidentReport> reports = incidents.stream().map(Incident::report).toList();
        // "a search operation had been launched", "a judicial inquiry into the attack": an event with no
        // place, date, count or actor is one a reader can neither find nor tell from another
        return reports.stream().filter(r -> !r.places().isEmpty() || r.date().isPresent()
                || r.killed().isPresent() || r.injured().isPresent() || r.captured().isPresent()
                || !r.perpetrators().isEmpty()).toList();
    }

    private static boolean attacksLeftUntold(EventMention roundup, List<EventMention> mentions) {
        // and only one told where and when with its toll, not "involved in numerous attacks" in a militant's past
        boolean attacks = roundup.type().filter(t -> !FIGHTS.contains(t) && t != IncidentType.ARREST).isPresent()
                && (roundup.date().isPresent() || !roundup.places().isEmpty())
                && roundup.clauses().stream().anyMatch(c -> c.total().isPresent());
        long toldAfter = mentions.stream().filter(m -> m.sentence() > roundup.sentence() && !m.roundup() && !m.definite()
                && m.type().isPresent()).count();
        return attacks && toldAfter < 2;
    }

    /** An event as merged so far. */
    private static final class Incident {
        private IncidentType type;
        private boolean typeFromWord;
        private Optional<FuzzyDate> date;
        private final Map<String, PlaceMention> places = new LinkedHashMap<>();
        private final Map<String, Perpetrator> perpetrators = new LinkedHashMap<>();
        private final Map<Outcome, List<CasualtyClause>> counts = new LinkedHashMap<>();
        private final List<Span> evidence = new ArrayList<>();

        private final int firstSentence;
        private int lastSentence;
        private boolean securityActs;
        /** Whether some mention tells the event rather than only naming it ("the Besham attack"). */
        private boolean told;

        Incident(EventMention m) {
            firstSentence = m.sentence();
            type = m.type().orElseThrow();
            typeFromWord = m.typeFromWord();
            date = m.date();
            absorb(m);
        }

        boolean accepts(EventMention m) {
            IncidentType other = m.type().orElseThrow();
            boolean typesFit = IncidentTypes.compatible(type, other) || !m.typeFromWord() || !typeFromWord
                    || attackersCaught(m) || attackersActing(m) || resistanceMet(m) || restatesToll(m);
            if (m.separate() || !typesFit) {
                return false;
            }
            boolean samePlace = false;
            List<PlaceMention> fine = fine(m.places());
            // "killing six soldiers in Kech district. Two others were wounded in the blast near Buleda": the
            // next sentence's "the blast" is the one just told, wherever it places it
            boolean referredTo = m.definite() && IncidentTypes.compatible(type, other) && m.sentence() - lastSentence <= 1;
            // "shot dead in Kunar province. ... they were ambushed near Asadabad": the next sentence, telling
            // no toll of its own, places the event within the province
            boolean within = IncidentTypes.compatible(type, other) && m.sentence() - lastSentence <= 1
                    && m.clauses().stream().noneMatch(c -> c.total().isPresent()) && m.date().isEmpty()
                    && !fine(places.values()).isEmpty() && fine(places.values()).stream().allMatch(Incident::provinceLevel);
            boolean again = IncidentTypes.compatible(type, other) && countedAgain(m);
            // "The bomber ... detonated his vest outside a mosque on Alfalah Road": a street says where in
            // the town told the known event happened
            boolean street = m.definite() && IncidentTypes.compatible(type, other) && !fine.isEmpty()
                    && fine.stream().allMatch(Incident::streetLevel) && m.sentence() - lastSentence <= RETOLD_REACH;
            referredTo |= within || again || street;
            if (!fine(places.values()).isEmpty() && !fine.isEmpty() && !referredTo) {
                for (PlaceMention p : fine) {
                    samePlace |= hasPlace(p);
                }
                if (!samePlace) {
                    return false;
                }
            }
            // "in southern Afghanistan" told first, "in Nowzad district" after: the finer place refines it
            boolean refines = !places.isEmpty() && fine(places.values()).isEmpty() && !fine.isEmpty()
                    && IncidentTypes.compatible(type, other);
            boolean sameDate = false;
            if (date.isPresent() && m.date().isPresent()) {
                FuzzyDate a = date.get();
                FuzzyDate b = m.date().get();
                if (a.latest().isBefore(b.earliest()) || b.latest().isBefore(a.earliest())) {
                    return false;
                }
                sameDate = true;
            }
            // an event told first without place or date takes them from its next mention
            boolean open = places.isEmpty() && date.isEmpty() && m.sentence() - lastSentence <= 1;
            // "the assassination of a polio worker in Bajaur. ... the worker was shot on Sunday evening": a
            // next clause told with verbs alone, no toll and no place, only says when the undated event was
            boolean dates = date.isEmpty() && m.date().isPresent() && m.places().isEmpty() && !m.eventNoun()
                    && m.clauses().stream().noneMatch(c -> c.total().isPresent()) && m.sentence() - lastSentence <= 1;
            return m.definite() || m.continuation() || samePlace || sameDate || open || refines || again || dates;
        }

        /**
         * "One guard was injured when two attackers opened fire. One of the attackers was killed and the
         * other arrested": what became of the attackers, told next with no place or date of its own, ends
         * the attack's story rather than starting an arrest.
         */
        private boolean attackersCaught(EventMention m) {
            if (FIGHTS.contains(type) || type == IncidentType.ARREST || !m.places().isEmpty() || m.date().isPresent()
                    || m.sentence() - lastSentence > 1 || m.clauses().isEmpty()) {
                return false;
            }
            List<String> caught = m.clauses().stream().flatMap(c -> c.victims().stream())
                    .map(v -> v.category().toLowerCase(Locale.ROOT)).toList();
            return caught.stream().anyMatch(ATTACKERS::contains)
                    && caught.stream().allMatch(c -> ATTACKERS.contains(c) || Set.of("other", "others", "people").contains(c));
        }

        /**
         * "detained a Taliban assassin in Helmand province ... Forces detained the attack coordinator in
         * Marjah district": people already introduced, now only named again, are the same event's.
         */
        private boolean countedAgain(EventMention m) {
            return !m.clauses().isEmpty() && m.clauses().stream().allMatch(c -> counts.containsKey(c.outcome())
                    && c.victims().stream().allMatch(VictimPhrase::definite));
        }

        /**
         * "A suicide bomber struck a mosque ... A police official said the bomber opened fire on policemen
         * before detonating his vest": what the attackers just told did, with no place or date of its own,
         * is more of their attack, whatever kind of act it names.
         */
        private boolean attackersActing(EventMention m) {
            if (FIGHTS.contains(type) || type == IncidentType.ARREST || !m.places().isEmpty() || m.date().isPresent()
                    || m.sentence() - lastSentence > 1 || m.perpetrators().isEmpty()) {
                return false;
            }
            return m.perpetrators().stream().allMatch(p -> ATTACKERS.contains(lastWord(p.mention())));
        }

        /**
         * "a coalition patrol killed several insurgents today. As the patrol moved through the district,
         * insurgents attacked it": fire the forces met, told next with no toll, place or date of its own,
         * is part of their operation.
         */
        private boolean resistanceMet(EventMention m) {
            return FIGHTS.contains(type) && !m.securityActs() && m.places().isEmpty()
                    && m.date().isEmpty() && m.sentence() - lastSentence <= 1
                    && m.clauses().stream().noneMatch(c -> c.total().isPresent());
        }

        /**
         * "... killed several insurgents today. ... close air support engaged them, killing several
         * insurgents": the same toll of the same kind of people, told again soon after with whatever act,
         * is the same event.
         */
        private boolean restatesToll(EventMention m) {
            List<CasualtyClause> told = m.clauses().stream().filter(c -> c.total().isPresent()).toList();
            if (told.isEmpty() || m.sentence() - lastSentence > RETOLD_REACH) {
                return false;
            }
            return told.stream().allMatch(c -> counts.getOrDefault(c.outcome(), List.of()).stream()
                    .anyMatch(h -> h.total().equals(c.total()) && roles(h.victims()).equals(roles(c.victims()))));
        }

        private static String lastWord(String phrase) {
            String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
            return words[words.length - 1];
        }

        void absorb(EventMention m) {
            lastSentence = Math.max(lastSentence, m.sentence());
            told |= !m.definite() || m.clauses().stream().anyMatch(c -> c.total().isPresent());
            securityActs |= m.securityActs();
            if (evidence.stream().noneMatch(e -> e.equals(m.evidence()))) {
                evidence.add(m.evidence());
            }
            if (m.type().isPresent() && m.typeFromWord()) {
                IncidentType t = m.type().get();
                // "an intelligence-based operation ... during the exchange of fire", "artillery fire engaged them": the
                // fire was part of the operation
                boolean fireInOperation = type == IncidentType.SECURITY_OPERATION
                        && (t == IncidentType.CLASH || t == IncidentType.SHELLING);
                // "militants attacked the police station ... repulsed after a two-hour gunfight": the
                // defenders' fire makes the attack an armed assault, not a clash between equals
                if (typeFromWord && type == IncidentType.ATTACK && t == IncidentType.CLASH) {
                    t = IncidentType.ARMED_ASSAULT;
                }
                // an act of another kind joined for what it tells (the fire met, a toll told again) names
                // no more exactly what the event was
                boolean otherKind = typeFromWord && !IncidentTypes.compatible(type, t);
                if (!typeFromWord || IncidentTypes.rank(t) < IncidentTypes.rank(type) && !fireInOperation && !otherKind) {
                    type = t;
                }
                typeFromWord = true;
            }
            if (date.isEmpty()) {
                date = m.date();
            }
            for (PlaceMention p : m.places()) {
                if (!hasPlace(p)) {
                    places.put(key(p.text()), p);
                }
            }
            for (Perpetrator p : m.perpetrators()) {
                String k = key(p.mention());
                Perpetrator old = perpetrators.get(k);
                if (old == null || p.attribution().strongerThan(old.attribution())) {
                    perpetrators.put(k, p);
                }
            }
            for (Outcome o : Outcome.values()) {
                List<CasualtyClause> told = m.clauses().stream()
                        .filter(c -> c.outcome() == o && c.total().isPresent() && !c.repeatsOnly()).toList();
                if (told.isEmpty()) {
                    continue;
                }
                List<CasualtyClause> have = counts.get(o);
                if (have == null || told.stream().anyMatch(CasualtyClause::update)) {
                    counts.put(o, new ArrayList<>(told));
                } else {
                    // "Security forces repulsed the attack and killed five of the intruders": the other side's dead
                    // "... embraced shahadat": deaths told with no act or actor of their own belong to the fight
                    // told; "he directed a recent ambush that killed two soldiers" tells its own act
                    boolean fight = m.type().map(FIGHTS::contains).orElse(true) || m.securityActs()
                            || FIGHTS.contains(type) && !m.typeFromWord() && told.stream().allMatch(c -> c.agent() < 0);
                    told.stream().filter(c -> c.additive() || othersBesideOne(have, c) || fight && otherSide(have, c))
                            .forEach(have::add);
                }
            }
        }

        /**
         * "captured a Taliban leader ... During the operation, the force detained two suspected
         * insurgents": after one person was counted, a number of people of another kind, introduced
         * anew, are more people; the same kind again ("two suspects ... two suspects") is the news
         * repeating itself.
         */
        private static boolean othersBesideOne(List<CasualtyClause> have, CasualtyClause told) {
            boolean one = have.stream().allMatch(c -> c.total().map(n -> n.low() == 1 && n.high() == 1).orElse(false));
            return one && told.victims().stream().allMatch(v -> !v.definite() && v.numbered()
                    && have.stream().flatMap(c -> c.victims().stream()).noneMatch(h -> h.category().equals(v.category())));
        }

        /**
         * "seven security personnel were martyred ... security forces killed five of the attackers": the
         * dead of one side counted after the other's, in the fight, are more dead, however the news repeats
         * itself. Only a fight: "he directed a recent ambush that killed two soldiers" is the leader's record.
         */
        private static boolean otherSide(List<CasualtyClause> have, CasualtyClause told) {
            Set<PersonRole> before = roles(have.stream().flatMap(c -> c.victims().stream()).toList());
            Set<PersonRole> now = roles(told.victims());
            boolean opposed = before.equals(Set.of(PersonRole.SECURITY)) && now.equals(Set.of(PersonRole.MILITANT))
                    || before.equals(Set.of(PersonRole.MILITANT)) && now.equals(Set.of(PersonRole.SECURITY));
            // "Sepoy Muhammad Ali embraced shahadat", "a soldier was killed": one person named anew is one more
            return opposed && told.victims().stream().allMatch(v -> !v.definite() && (v.numbered()
                    || v.count().map(n -> n.low() == 1 && n.high() == 1).orElse(false)));
        }

        private static Set<PersonRole> roles(List<VictimPhrase> victims) {
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            victims.forEach(v -> roles.add(IncidentLexicon.get().roleOfCategory(v.category())));
            return roles;
        }

        void dateIfNone(FuzzyDate day) {
            if (date.isEmpty()) {
                date = Optional.of(day);
            }
        }

        /** Takes the lead's place and date when the event is told just after a lead that sets them. */
        void framedBy(LeadFrame frame) {
            if (!frame.frames(firstSentence)) {
                return;
            }
            boolean used = false;
            if (places.isEmpty() && !frame.places().isEmpty()) {
                frame.places().forEach(p -> places.put(key(p.text()), p));
                used = true;
            }
            // "China and Pakistan agreed on Friday ... to bring the perpetrators of the Besham attack to
            // justice": the day of the story is not the day of an event it only names
            if (date.isEmpty() && frame.date().isPresent() && told) {
                date = frame.date();
                used = true;
            }
            if (used && !evidence.contains(frame.evidence())) {
                evidence.add(frame.evidence());
            }
        }

        /** The places finer than a country: only they tell events apart. */
        private static List<PlaceMention> fine(java.util.Collection<PlaceMention> all) {
            return all.stream().filter(p -> !IncidentLexicon.get().isCountry(p.text())).toList();
        }

        boolean namesPlaceOf(EventMention m) {
            return m.definite() && fine(m.places()).stream().anyMatch(this::hasPlace);
        }

        private static final Set<String> STREETS = Set.of("road", "street", "chowk", "colony", "mohalla",
                "neighbourhood", "neighborhood", "bazaar", "market");

        private static boolean streetLevel(PlaceMention p) {
            String[] words = p.text().toLowerCase(Locale.ROOT).split("\\s+");
            return STREETS.contains(words[words.length - 1]);
        }

        private static boolean provinceLevel(PlaceMention p) {
            String[] words = p.text().toLowerCase(Locale.ROOT).split("\\s+");
            return IncidentLexicon.get().placeLevel(words[words.length - 1]).map("PROVINCE"::equals).orElse(false);
        }

        /** Places match when one name contains the other: "Ghazni" and "Ghazni province". */
        private boolean hasPlace(PlaceMention p) {
            String k = key(p.text());
            for (String known : places.keySet()) {
                if (known.equals(k) || containsWords(known, k) || containsWords(k, known)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsWords(String longer, String shorter) {
            return (" " + longer + " ").contains(" " + shorter + " ");
        }

        private static String key(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        IncidentReport report() {
            List<VictimGroup> victims = new ArrayList<>();
            for (Outcome o : Outcome.values()) {
                for (CasualtyClause c : counts.getOrDefault(o, List.of())) {
                    for (VictimPhrase v : c.victims()) {
                        victims.add(new VictimGroup(v.category(), v.nationality(),
                                o == Outcome.KILLED ? v.count() : Optional.empty(),
                                o == Outcome.INJURED ? v.count() : Optional.empty(),
                                o == Outcome.CAPTURED || o == Outcome.TAKEN ? v.count() : Optional.empty()));
                    }
                }
            }
            Optional<Count> captured = sum(Outcome.CAPTURED);
            Optional<Count> taken = sum(Outcome.TAKEN);
            if (taken.isPresent()) {
                captured = Optional.of(captured.map(c -> c.plus(taken.get())).orElse(taken.get()));
            }
            // an operation whose only reported outcome is detentions is an arrest, however its
            // mentions were spread over the story ("during the operation ... detained two")
            IncidentType finalType = type == IncidentType.SECURITY_OPERATION && counts.get(Outcome.KILLED) == null
                    && captured.isPresent() ? IncidentType.ARREST : type;
            // one side attacked and the forces answered with deadly force: an exchange, not an attack
            if (securityActs && (type == IncidentType.ATTACK || type == IncidentType.ARMED_ASSAULT)
                    && counts.get(Outcome.KILLED) != null) {
                finalType = IncidentType.CLASH;
            }
            return new IncidentReport(finalType, date, new ArrayList<>(places.values()),
                    new ArrayList<>(perpetrators.values()), victims, sum(Outcome.KILLED), sum(Outcome.INJURED),
                    captured, evidence);
        }

        private Optional<Count> sum(Outcome o) {
            Count total = null;
            for (CasualtyClause c : counts.getOrDefault(o, List.of())) {
                Count n = c.total().orElseThrow();
                total = total == null ? n : total.plus(n);
            }
            return Optional.ofNullable(total);
        }
    }
}
