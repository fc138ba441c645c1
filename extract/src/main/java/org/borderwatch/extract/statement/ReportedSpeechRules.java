package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;

/** A reporting verb ("said", "stated") whose complement says what the act is. */
final class ReportedSpeechRules extends CueRules {
    ReportedSpeechRules(Grammar g, Drafts drafts) {
        super(g, drafts);
    }

    /** A reporting verb: what its complement says decides the act. */
    void reported(int v) {
        if (!Vocabulary.reporting(t.lemma(v))) {
            return;
        }
        Optional<Integer> complement = t.child(v, "ccomp").or(() -> t.child(v, "parataxis")).or(() -> frontedQuote(v))
                .or(() -> quotedHead(v)).or(() -> looseModalClause(v));
        if (complement.isEmpty()) {
            denialOfAnaphor(v);
            return;
        }
        int c = complement.get();
        // "..., police said; the BLA claimed responsibility ...": a report of its own, read as such
        boolean ownReport = Vocabulary.reporting(t.lemma(c)) && t.child(c, "nsubj").isPresent() && t.is(c, "parataxis");
        if (ownReport || !Vocabulary.cues(t.lemma(c)).isEmpty() && t.pos(c).startsWith("VB")) {
            return; // "Pakistan accused Kabul of ..., the spokeswoman told a briefing": the accusation speaks for itself
        }
        List<Integer> clause = Phrases.clause(t, c);
        // "said Pakistan should look inward": the parser may take the clause's subject for the verb's object
        Optional<Party> subject = Phrases.subject(t, c).or(() -> t.child(v, "obj").filter(o -> o > v && o < c))
                .map(s -> Phrases.wholeParty(t, s, text));
        // "it was not clear who was behind the attack" attributes it to no one
        boolean unknown = clause.stream().anyMatch(k -> t.pos(k).equals("WP") && t.lemma(k).equals("who"));
        // "the attack bore the hallmarks of the TTP", "the attackers were traced to camps in Nangarhar",
        // "investigations pointed towards the Lashkar-i-Jhangvi"
        // "said its Majeed Brigade had carried it out": the act may be a pronoun
        boolean responsibility = clause.stream().anyMatch(this::responsibilityWord)
                && clause.stream().anyMatch(k -> Grammar.EVENT_NOUNS.contains(t.lemma(k)) || Vocabulary.in("doer", t.lemma(k))
                        || t.lemma(k).equals("investigation")
                        || t.is(k, "obj") && t.lemma(k).equals("it") && responsibilityWord(t.head(k))) && !unknown;
        Optional<Integer> group = identifiedGroup(c, clause);
        if (speaksOfItself(v, c) && (responsibility || deed(c) && actsItself(c))) {
            // "the TTP said it carried out the attack", "a spokesman said they killed four soldiers": the
            // speaker's own act is a claim, and "said it was not involved" a denial
            StatementType type = Phrases.negated(t, c) ? StatementType.DENY : StatementType.CLAIM_RESPONSIBILITY;
            drafts.emit(type, v, Optional.empty(), clause);
        } else if (responsibility) {
            // "said the attack was carried out by Jamaatul Ahrar": the one held responsible is the agent
            // and "the attack bore the hallmarks of the TTP": a named side, when the subject names none
            boolean subjectNamed = Phrases.subject(t, c)
                    .filter(k -> g.actorLike(k) || t.subtree(k).stream().anyMatch(x -> Phrases.named(t, x))).isPresent();
            Optional<Party> held = Phrases.agent(t, c).map(a -> Phrases.wholeParty(t, a, text))
                    .or(() -> subjectNamed ? subject : Phrases.firstActor(t, clause, text)).or(() -> subject);
            drafts.emit(StatementType.ATTRIBUTE_RESPONSIBILITY, v, held, clause);
        } else if (askedToAct(c)) {
            // "Kabul must hand over the TTP leaders sheltering on its soil": a demand, whatever it names
            modalComplement(v, clause, subject);
        } else if (group.isPresent()) {
            // "officials said the attackers were members of the Hafiz Gul Bahadur group"
            drafts.emit(StatementType.ATTRIBUTE_RESPONSIBILITY, v, group.map(k -> Phrases.wholeParty(t, k, text)), clause);
        } else if (accuses(ownWords(c, clause))) {
            Optional<Party> host = havenHost(clause).or(() -> backer(clause)).map(h -> Phrases.wholeParty(t, h, text));
            drafts.emit(StatementType.ACCUSE, v, host.or(() -> subject), clause);
        } else if (g.has(clause, "falsity")) {
            drafts.emit(StatementType.DENY, v, Optional.empty(), clause).ifPresent(d -> {
                d.reference = Draft.Reference.ANAPHOR;
                d.addresseeFromAntecedent = true;
            });
        } else {
            modalComplement(v, clause, subject);
        }
    }

    /** "Kabul must hand over ...", "Pakistan should look inward": what the clause's subject is asked to do. */
    private boolean askedToAct(int verb) {
        return t.children(verb, "aux").stream().anyMatch(a -> Set.of("must", "should").contains(t.lemma(a)));
    }

    /** "the attackers were TTP militants", "the bombers belonged to the BLA": the group the doers are of. */
    private Optional<Integer> identifiedGroup(int complement, List<Integer> clause) {
        Optional<Integer> doers = Phrases.subject(t, complement).filter(k -> Vocabulary.in("doer", t.lemma(k)));
        if (doers.isEmpty() || Phrases.negated(t, complement)) {
            return Optional.empty();
        }
        List<Integer> who = t.subtree(doers.get());
        return clause.stream().filter(k -> !who.contains(k) && t.token(k).ner().equals("ARMED_GROUP")
                && (t.head(k) < 0 || !t.token(t.head(k)).ner().equals("ARMED_GROUP"))).findFirst();
    }

    private boolean yetToDo(int verb) {
        return t.children(verb, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))
                || t.children(verb, "aux").stream().anyMatch(a -> t.pos(a).equals("MD"));
    }

    /**
     * "behind", "masterminded", "carried out"; a convoy "carrying" engineers carries out nothing, nor do
     * fighters ordered "to carry out attacks" or who "would carry out" more.
     */
    private boolean responsibilityWord(int k) {
        // "those responsible for the massacre will be brought to justice" names no one responsible
        if (!Vocabulary.in("responsibility", t.lemma(k)) || yetToDo(k) || t.is(k, "amod")) {
            return false;
        }
        return !t.lemma(k).equals("carry") || t.children(k, "compound:prt").stream().anyMatch(p -> t.lemma(p).equals("out"));
    }

    /**
     * Whether the reported clause's subject is the speaker: a pronoun ("it", "they", "we") reported by a
     * speaker who is named.
     */
    private boolean speaksOfItself(int v, int complement) {
        // "its fighters had planted the device": the speaker's own people
        Optional<Integer> pronoun = Phrases.subject(t, complement)
                .filter(s -> Set.of("it", "they", "we").contains(t.lemma(s)) || t.children(s, "nmod:poss").stream()
                        .anyMatch(o -> Set.of("its", "their", "our").contains(t.word(o).toLowerCase(java.util.Locale.ROOT))));
        Optional<Integer> speaker = Phrases.subject(t, v);
        return pronoun.isPresent() && speaker.isPresent() && !t.pos(speaker.get()).startsWith("PRP")
                && !t.pos(speaker.get()).startsWith("W");
    }

    private boolean deed(int verb) {
        return Vocabulary.in("deed", t.lemma(verb)) || g.violentAct(verb);
    }

    /**
     * "they killed four soldiers", not "they would attack" (a threat), "they were attacked", or "they
     * killed three militants" (forces reporting an operation, not owning an attack).
     */
    private boolean actsItself(int verb) {
        boolean onCulprits = t.child(verb, "obj").filter(o -> Vocabulary.in("culprit", t.lemma(o))).isPresent();
        return !onCulprits && t.children(verb, "aux").stream().noneMatch(a -> t.pos(a).equals("MD") || t.is(a, "aux:pass"))
                && t.children(verb, "nsubj").stream().allMatch(s -> t.relation(s).equals("nsubj"));
    }

    /** "said that Sudan must return ...": must demands, should recommends, will-plus-violence threatens. */
    private void modalComplement(int v, List<Integer> clause, Optional<Party> subject) {
        for (int k : clause) {
            if (!t.pos(k).equals("MD") && !t.lemma(k).equals("ought")) {
                continue;
            }
            String modal = t.lemma(k);
            int verb = t.head(k);
            boolean future = modal.equals("will") || modal.equals("would");
            if (future && restraint(verb)) {
                // "it would not target civilians", "Tehran would not allow its territory to be used against
                // Pakistan": a promise to refrain
                boolean others = Set.of("allow", "let", "avoid", "refrain").contains(t.lemma(verb));
                Optional<Party> spared = g.introduced(Math.max(verb, 0), "obl", Set.of("against")).map(g::party)
                        .or(() -> t.child(verb, "xcomp").flatMap(this::usedAgainst).map(g::party))
                        .or(() -> others ? Optional.empty() : t.child(verb, "obj").map(g::party));
                drafts.emit(StatementType.COMMIT, v, spared, clause).ifPresent(d -> d.negated = false);
            } else if (future && unanswered(verb)) {
                drafts.emit(StatementType.THREATEN, v, Optional.empty(), clause).ifPresent(d -> d.negated = false);
            } else if (future && carriesOn(verb) && !Phrases.negated(t, verb)) {
                // "operations against the group will continue until it is eliminated"
                // its "until it is eliminated" is the goal, not a condition
                drafts.emit(StatementType.COMMIT, v, Optional.empty(), clause).ifPresent(d -> d.condition = Optional.empty());
            } else if (modal.equals("must")) {
                drafts.emit(StatementType.DEMAND, v, subject, clause);
            } else if (modal.equals("should") || modal.equals("ought")) {
                drafts.emit(StatementType.RECOMMEND, v, subject, clause);
            } else if ((modal.equals("will") || modal.equals("would")) && g.violentAct(verb)
                    || Set.of("may", "might", "could", "will", "would").contains(modal)
                    && (g.violentAct(verb) || Vocabulary.in("response", t.lemma(verb)))
                    && Phrases.condition(t, verb, text).isPresent()) {
                // "may halt mediation efforts if cooperation founders", "would respond if Pakistan again
                // violated its airspace": a reply on a condition threatens
                drafts.emit(StatementType.THREATEN, v, Phrases.firstActor(t, clause.subList(1, clause.size()), text), clause);
            } else if (future && (Vocabulary.in("response", t.lemma(verb)) || metWith(verb)) && withForce(verb)) {
                // "the state would respond with full force to any attack", "would be met with the full force"
                drafts.emit(StatementType.THREATEN, v, Phrases.firstActor(t, clause.subList(1, clause.size()), text), clause);
            } else if (future && speaksForItself(v, verb) && t.children(verb, "aux:pass").isEmpty()) {
                // "it would not be intimidated" refuses nothing
                // "it will not accept any more refugees" refuses
                StatementType type = Phrases.negated(t, verb) ? StatementType.DENY : StatementType.COMMIT;
                drafts.emit(type, v, Phrases.firstActor(t, clause, text), clause);
            } else if ((modal.equals("will") || modal.equals("would") && t.pos(v).equals("VBD")) && g.announcedAct(verb)) {
                // "would" after "said" is the reported "will"
                // "the United Nations will provide food aid, the WFP said": the one who will act is committed
                drafts.emit(StatementType.COMMIT, verb, g.beneficiary(verb, clause), clause);
            } else if (future && !t.children(verb, "aux:pass").isEmpty() && !Phrases.negated(t, verb)
                    && (Vocabulary.in("commit-act", t.lemma(verb)) || toJustice(verb))) {
                // "announced that police escorts would be provided to all teams": a measure the speaker's side
                // takes; "a befitting response would be given if ..." is a threat
                boolean response = t.child(verb, "nsubj:pass").filter(n -> Vocabulary.in("response", t.lemma(n))).isPresent();
                drafts.emit(response ? StatementType.THREATEN : StatementType.COMMIT, v,
                        response || toJustice(verb) ? Optional.empty() : g.beneficiary(verb, clause), clause);
            } else {
                continue;
            }
            return;
        }
    }

    private boolean unanswered(int verb) {
        // "would not go unanswered", "would not leave this cowardly act unanswered"
        return verb >= 0 && Set.of("go", "leave").contains(t.lemma(verb)) && t.children(verb).stream()
                .anyMatch(c -> Set.of("unanswered", "unpunished", "unavenged").contains(t.lemma(c).toLowerCase(java.util.Locale.ROOT)));
    }

    /** An effort said to go on: "operations will continue", "the fight against terrorism will go on". */
    private boolean carriesOn(int verb) {
        // "the campaign would go ahead as planned"
        boolean goesAhead = verb >= 0 && t.lemma(verb).equals("go") && t.children(verb).stream()
                .anyMatch(c -> t.word(c).equalsIgnoreCase("ahead"));
        return verb >= 0 && (t.lemma(verb).equals("continue") || goesAhead || t.lemma(verb).equals("proceed"))
                && Phrases.subject(t, verb)
                .filter(x -> Set.of("operation", "action", "effort", "fight", "campaign", "crackdown", "war", "struggle",
                        "search", "drive").contains(t.lemma(x))).isPresent();
    }

    /** "the perpetrators will be brought to justice": a promise to those wronged. */
    private boolean toJustice(int verb) {
        return t.lemma(verb).equals("bring") && g.introduced(verb, "obl", Set.of("to"))
                .filter(o -> t.lemma(o).equals("justice")).isPresent();
    }

    private boolean metWith(int verb) {
        return verb >= 0 && t.lemma(verb).equals("meet") && !t.children(verb, "aux:pass").isEmpty();
    }

    private boolean withForce(int verb) {
        return t.children(verb, "obl").stream().anyMatch(o -> Set.of("force", "might", "strength").contains(t.lemma(o)));
    }

    /** "said Pakistan should look inward": the parser may leave a modal clause a loose dependent of the verb. */
    private Optional<Integer> looseModalClause(int v) {
        List<Integer> loose = new ArrayList<>(t.children(v, "dep"));
        if (t.is(v, "conj") && t.head(v) >= 0) {
            loose.addAll(t.children(t.head(v), "dep")); // "rejected the charge and said Islamabad should ..."
        }
        return loose.stream().filter(d -> d > v && t.pos(d).startsWith("VB")
                && t.children(d, "aux").stream().anyMatch(a -> t.pos(a).equals("MD"))).findFirst();
    }

    /** '"We will not allow ...," the spokesman told a news conference': the parser may leave the quote a bare dependent. */
    private Optional<Integer> frontedQuote(int v) {
        return t.children(v, "dep").stream().filter(d -> d < v && t.pos(d).startsWith("VB") && opensWithQuote()).findFirst();
    }

    /** "\"Our fighters carried out the attack,\" the spokesman wrote": the parser may hang the report on the quote. */
    private Optional<Integer> quotedHead(int v) {
        int h = t.head(v);
        return t.is(v, "parataxis") && h >= 0 && h < v && t.pos(h).startsWith("VB") && opensWithQuote()
                && Vocabulary.cues(t.lemma(h)).isEmpty() ? Optional.of(h) : Optional.empty();
    }

    private boolean opensWithQuote() {
        return t.size() > 0 && Set.of("\"", "``", "\u201C").contains(t.word(0));
    }

    /** A violent act itself negated ("would not attack"), or soil not to be used against another. */
    private static final Set<String> GROUND = Set.of("soil", "land", "territory");

    private boolean restraint(int verb) {
        if (verb >= 0 && Set.of("avoid", "refrain").contains(t.lemma(verb)) && !Phrases.negated(t, verb)) {
            return true; // "the group would avoid civilian casualties"
        }
        if (verb < 0 || !Phrases.negated(t, verb)) {
            return false;
        }
        boolean violent = Vocabulary.in("violence", t.lemma(verb)) || Vocabulary.in("deed", t.lemma(verb));
        // "will not allow anyone to use the soil of Afghanistan to threaten ..."
        boolean soil = t.lemma(verb).equals("allow") && t.child(verb, "xcomp").filter(x -> t.lemma(x).equals("use")
                && (usedAgainst(x).isPresent() || t.child(x, "obj").filter(o -> GROUND.contains(t.lemma(o))).isPresent()))
                .isPresent();
        // "we will not allow anyone to disturb the peace": the speaker will stop it
        boolean stopOthers = Set.of("allow", "let").contains(t.lemma(verb)) && t.child(verb, "xcomp").isPresent()
                && Phrases.subject(t, verb).filter(x -> Set.of("we", "i").contains(t.lemma(x).toLowerCase(java.util.Locale.ROOT))).isPresent();
        // "our land will never be used against a neighbour"
        boolean groundUsed = t.lemma(verb).equals("use") && usedAgainst(verb).isPresent()
                && t.child(verb, "nsubj:pass").filter(n -> GROUND.contains(t.lemma(n))).isPresent();
        return violent || soil || groundUsed || stopOthers;
    }

    /** "to use its territory against Pakistan": the parser may hang "against" on the verb or on the ground used. */
    private Optional<Integer> usedAgainst(int use) {
        return g.introduced(use, "obl", Set.of("against"))
                .or(() -> t.child(use, "obj").flatMap(o -> g.introduced(o, "nmod", Set.of("against"))));
    }

    /** "The rebels said they will release ...": a promise when the one who will act is the speaker. */
    private boolean speaksForItself(int v, int verb) {
        if (verb < 0) {
            return false;
        }
        Optional<Integer> actor = Phrases.subject(t, verb);
        if (actor.isEmpty()) {
            return false;
        }
        // "did not confirm the strikes but said it would continue": the pronoun is the speaker's, whose
        // subject the reporting verb shares
        String a = t.lemma(actor.get());
        return Set.of("he", "she", "it", "they", "we", "i").contains(a)
                || Phrases.subject(t, v).map(sp -> a.equals(t.lemma(sp))).orElse(false);
    }

    /** "Kabul's de facto rulers maintain this is untrue", however the parser attached the pieces. */
    private void denialOfAnaphor(int v) {
        boolean pointsBack = t.child(v, "obj").map(o -> Vocabulary.in("anaphor", t.lemma(o))).orElse(false);
        boolean untrue = false;
        for (int k = v + 1; k < t.size() && k <= v + 4; k++) {
            untrue |= Vocabulary.in("falsity", t.lemma(k));
        }
        if (pointsBack && untrue) {
            drafts.emit(StatementType.DENY, v, Optional.empty(), List.of()).ifPresent(d -> {
                d.reference = Draft.Reference.ANAPHOR;
                d.addresseeFromAntecedent = true;
            });
        }
    }

    /** The reported clause without what a speech act inside it says ("... and demanded that Pakistan punish ..."). */
    private List<Integer> ownWords(int complement, List<Integer> clause) {
        List<Integer> out = new ArrayList<>(clause);
        for (int k : clause) {
            if (k != complement && t.pos(k).startsWith("VB") && !Vocabulary.cues(t.lemma(k)).isEmpty()) {
                out.removeAll(t.subtree(k));
            }
        }
        return out;
    }

    /** "the attackers had received support from hostile foreign agencies": the backing's source. */
    private Optional<Integer> backer(List<Integer> clause) {
        return clause.stream().filter(k -> t.pos(k).startsWith("NN") && Vocabulary.in("accusation", t.lemma(k))
                        && t.head(k) >= 0 && RECEIVING.contains(t.lemma(t.head(k))))
                .flatMap(k -> java.util.stream.Stream.concat(t.children(k, "nmod").stream(), t.children(t.head(k), "obl").stream()))
                .filter(n -> g.introducedBy(n, Set.of("from"))).findFirst();
    }

    /** "terrorists armed with heavy weapons" describes them; "India armed the militants" accuses. */
    private boolean armedWith(int verb) {
        return t.lemma(verb).equals("arm") && t.child(verb, "obj").isEmpty();
    }

    private static final Set<String> SEARCHED = Set.of("recover", "seize", "find", "raid", "destroy", "bust", "target",
            "strike", "hit", "attack", "search", "dismantle", "demolish", "storm", "operation");

    private static final Set<String> RECEIVING = Set.of("receive", "get", "enjoy", "obtain", "seek");

    /** Verbs of harbouring and backing ("provides safe havens", "sponsoring terrorism"), or a haven noun. */
    private boolean accuses(List<Integer> clause) {
        boolean haven = clause.stream().anyMatch(k -> Vocabulary.in("haven", t.lemma(k)) && !actedUpon(k)
                && !spokenOf(k));
        // "foreign-backed elements": a modifier names, the clause's own verbs accuse
        // "we will not allow terrorists to disturb the peace" accuses no one
        boolean backing = clause.stream().anyMatch(k -> t.pos(k).startsWith("VB") && Vocabulary.in("accusation", t.lemma(k))
                && !t.is(k, "amod") && !t.is(k, "acl") && !t.relation(k).equals("compound") && !Phrases.negated(t, k)
                && !armedWith(k));
        boolean aboutMilitancy = clause.stream().anyMatch(k -> Vocabulary.in("culprit", t.lemma(k))
                || t.lemma(k).startsWith("terror") || t.lemma(k).startsWith("militan")
                || t.token(k).ner().equals("ARMED_GROUP"));
        return haven || (backing || backer(clause).isPresent()) && aboutMilitancy;
    }

    /**
     * "Pakistan had shared evidence about TTP sanctuaries in Afghanistan": the accused is the country
     * the havens are in, not the one telling of them.
     */
    private Optional<Integer> havenHost(List<Integer> clause) {
        return clause.stream().filter(k -> Vocabulary.in("haven", t.lemma(k)))
                .flatMap(k -> t.children(k, "nmod").stream())
                .filter(n -> t.children(n, "case").stream().anyMatch(c -> t.lemma(c).equals("in"))
                        && Set.of("COUNTRY", "LOCATION").contains(t.token(n).ner()))
                .findFirst();
    }

    /** "a mechanism to verify complaints about militant sanctuaries": havens others speak of. */
    private boolean spokenOf(int noun) {
        int h = t.head(noun);
        return h >= 0 && t.is(noun, "nmod") && (Vocabulary.in("statement", t.lemma(h)) || Vocabulary.in("anaphor", t.lemma(h))
                || t.lemma(h).equals("complaint"));
    }

    /** "forces destroyed hideouts": a haven raided or destroyed is news, not an accusation of harbouring. */
    private boolean actedUpon(int noun) {
        int h = t.head(noun);
        // "arms were recovered from the hideout", "a night raid on a hideout"
        if (h >= 0 && (t.is(noun, "obl") || t.is(noun, "nmod"))
                && (SEARCHED.contains(t.lemma(h)) || Grammar.EVENT_NOUNS.contains(t.lemma(h)))) {
            return true;
        }
        return t.is(noun, "obj") && h >= 0 && !Vocabulary.in("accusation", t.lemma(h))
                && !Set.of("have", "maintain", "enjoy", "run", "operate", "establish", "set").contains(t.lemma(h));
    }
}
