package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;

/** A speech-act verb of the vocabulary ("demanded", "denied", "accused"): its content and whom it addresses. */
final class SpeechActRules extends CueRules {
    private static final Set<String> CHARGE_PREPOSITIONS = Set.of("of", "for", "with", "about", "over", "on",
            "against");

    SpeechActRules(Grammar g, Drafts drafts) {
        super(g, drafts);
    }

    boolean speechAct(int v) {
        if (notMade(v)) {
            return false;
        }
        for (Vocabulary.Cue cue : Vocabulary.cues(t.lemma(v))) {
            if (!fits(cue, v)) {
                continue;
            }
            Optional<Integer> complement = t.child(v, "ccomp").or(() -> t.child(v, "xcomp"))
                    .or(() -> complementOfHead(v)).or(() -> infinitive(v)).or(() -> Phrases.clauseAfterConcerned(t, v));
            // "condemned the attack on the police station in Bannu": about an event, addressed to no one
            Optional<Integer> event = t.child(v, "obj").filter(o -> Grammar.EVENT_NOUNS.contains(t.lemma(o)));
            boolean aboutAnEvent = cue.slot() == Vocabulary.AddresseeSlot.OBJECT && event.isPresent();
            // the event condemned is the content, whatever clause the parser also hung on the verb
            List<Integer> content = new ArrayList<>(aboutAnEvent ? t.subtree(event.get())
                    : complement.map(c -> Phrases.clause(t, c))
                    .or(() -> t.child(v, "obj").filter(o -> !reflexive(o))
                            .map(o -> Phrases.withoutSayingNext(t, t.subtree(o)))).orElse(List.of()));
            content.addAll(charge(v, cue.prepositions()));
            if (content.isEmpty()) {
                content.addAll(charge(v, Set.of())); // "complained about the fencing": the addressee is the matter
            }
            if (content.isEmpty() && t.child(v, "obj").filter(this::reflexive).isPresent()) {
                g.introduced(v, "obl", Set.of("from")).map(t::subtree).ifPresent(content::addAll);
            }
            if (content.isEmpty()) {
                // "agreed to a six-month extension of the mandate": what is agreed to
                g.introduced(v, "obl", Set.of("to")).map(t::subtree).ifPresent(content::addAll);
            }
            if (content.isEmpty()) {
                content.addAll(judgedObject(v));
            }
            StatementType type = cue.type();
            if (Set.of("vow", "swear").contains(t.lemma(v)) && g.mentionsViolence(content)) {
                type = StatementType.THREATEN;
            }
            Optional<Party> owner = cue.slot() == Vocabulary.AddresseeSlot.ANTECEDENT ? claimOwner(content) : Optional.empty();
            // "blamed the attack on sectarian militants": the event is the object, the one blamed its "on" phrase
            Optional<Party> blamedOn = t.lemma(v).equals("blame")
                    ? g.introduced(v, "obl", Set.of("on", "upon")).map(g::party) : Optional.empty();
            Optional<Party> addressee = aboutAnEvent ? blamedOn
                    : summoned(v).or(() -> owner)
                    .or(() -> addressee(cue, v, complement, content))
                    .or(() -> cue.slot() == Vocabulary.AddresseeSlot.ANTECEDENT ? Optional.empty()
                            : Phrases.firstActor(t, content, text));
            Optional<Draft> draft = drafts.emit(type, v, addressee, content);
            draft.ifPresent(d -> {
                if (d.type == StatementType.COMMIT && d.negated) {
                    d.type = StatementType.DENY;
                    d.negated = false;
                }
                d.addresseeFromAntecedent = cue.slot() == Vocabulary.AddresseeSlot.ANTECEDENT && owner.isEmpty();
                if (d.type == StatementType.DENY && (content.isEmpty() || g.anaphoric(content))) {
                    d.reference = Draft.Reference.ANAPHOR;
                } else if (d.type == StatementType.DENY && hearsay(v)) {
                    d.reference = Draft.Reference.HEARSAY;
                    d.addresseeFromAntecedent = false;
                }
            });
            return draft.isPresent();
        }
        return false;
    }

    /** "rejected the remarks of an Indian minister", "dismissed India's claims": whose claim is denied. */
    private Optional<Party> claimOwner(List<Integer> content) {
        for (int k : content) {
            if (!Vocabulary.in("statement", t.lemma(k)) && !Vocabulary.in("anaphor", t.lemma(k)) || !t.pos(k).startsWith("NN")) {
                continue;
            }
            for (int o : t.children(k)) {
                boolean ofOrBy = t.is(o, "nmod") && t.children(o, "case").stream()
                        .anyMatch(c -> Set.of("of", "by").contains(t.lemma(c)));
                if ((ofOrBy || t.is(o, "nmod:poss")) && actorOrTheirs(o)) {
                    return Optional.of(t.is(o, "nmod:poss") ? Phrases.owner(t, o, text) : Phrases.headParty(t, o, text));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "rejected as baseless the remarks of an Indian minister": the parser hangs the object, moved after
     * the verdict, on "as"; the object is what was judged, the adjective after "as" the judgement.
     */
    private List<Integer> judgedObject(int v) {
        Optional<Integer> judged = g.introduced(v, "obl", Set.of("as"));
        if (judged.isEmpty()) {
            return List.of();
        }
        int o = judged.get();
        List<Integer> verdict = t.children(o, "amod").stream()
                .filter(a -> a < o && t.children(o, "case").stream().anyMatch(c -> c == a - 1)).toList();
        if (verdict.isEmpty()) {
            return List.of();
        }
        List<Integer> object = new ArrayList<>(t.subtree(o));
        object.removeAll(t.children(o, "case"));
        object.removeAll(verdict);
        return object;
    }

    /**
     * "solve its problems instead of blaming its neighbours" blames no one; "called on the world to press
     * the Taliban to honour ..." is one demand, and the world pressing is what was asked, not an act of its own.
     */
    private boolean notMade(int v) {
        boolean instead = t.children(v).stream().anyMatch(c -> (t.is(c, "cc") || t.is(c, "mark") || t.is(c, "advmod"))
                && Set.of("instead", "rather", "without").contains(t.lemma(c)));
        int h = t.head(v);
        // but "demanded the withdrawal ..., while Kabul has accused Pakistan of ...": a clause with a speaker of its own
        boolean ownSpeaker = t.is(v, "advcl") && !t.children(v, "nsubj").isEmpty()
                && t.children(v, "mark").stream().noneMatch(m -> t.lemma(m).equals("to"));
        boolean asked = h >= 0 && (t.is(v, "xcomp") || t.is(v, "advcl") && !ownSpeaker || t.is(v, "ccomp"))
                && Vocabulary.cues(t.lemma(h)).stream().anyMatch(c -> c.type() == StatementType.DEMAND
                        || c.type() == StatementType.RECOMMEND);
        // "Islamabad should press Kabul to act": an act recommended is not made; "we must condemn" is
        boolean firstPerson = t.children(v, "nsubj").stream()
                .anyMatch(c -> Set.of("we", "i").contains(t.lemma(c).toLowerCase(Locale.ROOT)));
        boolean recommended = !firstPerson && t.children(v, "aux").stream()
                .anyMatch(c -> RECOMMENDING_MODALS.contains(t.lemma(c).toLowerCase(Locale.ROOT)));
        // "will not allow anyone to use its soil to threaten its neighbours": what the soil might serve is no act
        boolean servedBy = h >= 0 && Set.of("use", "allow", "let", "permit").contains(t.lemma(h))
                && (t.is(v, "advcl") || t.is(v, "xcomp")) && t.children(v, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"));
        return instead || asked || recommended || servedBy;
    }

    private static final Set<String> RECOMMENDING_MODALS = Set.of("should", "must", "ought", "could", "might", "may");

    /** An actor, people, or an actor's things ("government installations"), not "the flow of water". */
    private boolean actorOrTheirs(int object) {
        if (Set.of("who", "whom").contains(t.lemma(object))) {
            return true; // "refugees, whom authorities blame": people
        }
        int o = Phrases.antecedentOfRelative(t, object);
        if (Phrases.where(t, o)) {
            return false; // "would block the Thall-Parachinar road": ground, not whoever it belongs to
        }
        return Phrases.named(t, o) || g.actorLike(o) || personNoun(o) || t.children(o).stream()
                .anyMatch(c -> (t.is(c, "compound") || t.is(c, "amod") || t.is(c, "nmod:poss") || t.is(c, "appos")
                        || t.is(c, "flat")) && (Phrases.named(t, c) || g.actorLike(c)));
    }

    /** "urged to protect civilians", "vowed to punish the perpetrators": people, not things. */
    private boolean personNoun(int k) {
        return Vocabulary.in("culprit", t.lemma(k)) || Vocabulary.in("role", t.lemma(k)) || Vocabulary.in("people", t.lemma(k));
    }

    /** "dismissed reports that Pakistan was planning ...": what is denied was said by no one the text names. */
    private boolean hearsay(int v) {
        return t.child(v, "obj").filter(o -> Vocabulary.in("hearsay", t.lemma(o)) && t.child(o, "nmod:poss").isEmpty())
                .isPresent();
    }

    /** "summoned Niger's ambassador to complain of inaction": the act is addressed to the one summoned or met. */
    private Optional<Party> summoned(int v) {
        int h = t.head(v);
        boolean purpose = (t.is(v, "xcomp") || t.is(v, "advcl")) && h >= 0
                && t.children(v, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"));
        if (!purpose || !Vocabulary.in("summon", t.lemma(h))) {
            return Optional.empty();
        }
        return t.child(h, "obj").filter(o -> !Phrases.TIME_NER.contains(t.token(o).ner())).map(g::party);
    }

    /** "warned foreign investors on Tuesday to leave": the parser may read the infinitive as an adverbial clause. */
    private Optional<Integer> infinitive(int v) {
        return t.children(v, "advcl").stream().filter(c -> c > v && t.children(c, "nsubj").isEmpty()
                && t.children(c, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))).findFirst();
    }

    /** "demanded of the government to arrest the killers": the parser reads "of" as the clause's mark. */
    private Optional<Integer> clauseMarkedOf(int v) {
        return t.children(v, "advcl").stream().filter(c -> c > v && t.children(c, "mark").stream()
                .map(t::lemma).collect(java.util.stream.Collectors.toSet()).containsAll(Set.of("of", "to"))).findFirst();
    }

    /** "had been launched and vowed that ...": the parser may hang the second verb's "that" clause on the first. */
    private Optional<Integer> complementOfHead(int v) {
        if (!t.is(v, "conj") || t.child(v, "obj").isPresent()) {
            return Optional.empty();
        }
        return t.children(t.head(v), "ccomp").stream().filter(c -> c > v).findFirst();
    }

    /**
     * What the act is about when a preposition tells it: "accused India <b>of sponsoring terrorism</b>",
     * "blamed the BLA <b>for the attack</b>", "complained <b>about the fencing</b>".
     */
    /** "distanced itself from the attack": the matter is the "from" phrase, not the speaker again. */
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");

    private boolean reflexive(int o) {
        return REFLEXIVES.contains(t.word(o).toLowerCase(java.util.Locale.ROOT));
    }

    private List<Integer> charge(int v, Set<String> addresseePrepositions) {
        Set<String> about = new HashSet<>(CHARGE_PREPOSITIONS);
        about.removeAll(addresseePrepositions); // "agreed with Pakistan": the addressee is not the matter
        List<Integer> tokens = new ArrayList<>();
        for (int c : t.children(v)) {
            boolean phrase = t.is(c, "obl") || t.is(c, "advcl");
            if (phrase && c > v && g.introducedBy(c, about) && !Phrases.TIME_NER.contains(t.token(c).ner())) {
                tokens.addAll(Phrases.withoutNextAct(t, c));
            }
        }
        return tokens;
    }

    /** Cue-specific conditions that keep e.g. "commit an attack" or "call it a lie" out. */
    private boolean fits(Vocabulary.Cue cue, int v) {
        String lemma = t.lemma(v);
        if (t.children(v, "nsubj:pass").size() > 0) {
            return false;
        }
        switch (lemma) {
            case "call":
                // "what it called militant hideouts ... on Thursday": a day called on is no one
                return t.children(v, "obl").stream().filter(o -> !Phrases.TIME_NER.contains(t.token(o).ner()))
                        .anyMatch(o -> t.children(o, "case").stream()
                        .anyMatch(c -> Set.of("on", "for", "upon").contains(t.lemma(c))))
                        || t.children(v, "compound:prt").stream().anyMatch(p -> t.lemma(p).equals("on"))
                        || g.prepositionReadAsMark(v, Set.of("on", "upon")).isPresent()
                        // "called for the perpetrators to be held accountable"
                        || t.children(v, "advcl").stream().anyMatch(c -> t.children(c, "mark").stream()
                        .anyMatch(m -> t.lemma(m).equals("for")));
            case "hold":
                return t.subtree(v).stream().anyMatch(k -> t.lemma(k).equals("responsible"));
            case "suspect":
                // "police suspect the involvement of the TTP", not "police suspect foul play"
                return t.child(v, "obj").filter(o -> Vocabulary.in("agency", t.lemma(o))).isPresent();
            case "commit":
                return t.child(v, "obj").map(o -> !Grammar.EVENT_NOUNS.contains(t.lemma(o))).orElse(true)
                        && (t.child(v, "xcomp").isPresent() || t.child(v, "ccomp").isPresent() || t.child(v, "obl").isPresent());
            case "charge":
                // "charged Kabul with sheltering ...": the charge is a "with" phrase or clause
                return t.child(v, "ccomp").isPresent() || t.children(v).stream()
                        .anyMatch(o -> (t.is(o, "obl") || t.is(o, "advcl")) && g.introducedBy(o, Set.of("with")));
            case "expect":
                // "expected the Afghan government to take steps", not "is expected to arrive"
                return t.child(v, "obj").isPresent() && t.child(v, "xcomp").isPresent();
            case "offer":
                // "offered condolences to the families": sympathy, not a promise
                return t.child(v, "obj").filter(o -> Vocabulary.in("courtesy", t.lemma(o))).isEmpty();
            case "order", "direct", "instruct":
                // "ordered the police to arrest ...", not "ordered an inquiry" or "directed the film"
                return t.child(v, "xcomp").isPresent() || t.child(v, "ccomp").isPresent() || Phrases.clauseAfterConcerned(t, v).isPresent();
            case "warn":
                // "warned of consequences", "warned against further strikes"
                return t.child(v, "obj").isPresent() || t.child(v, "xcomp").isPresent() || t.child(v, "ccomp").isPresent()
                        || g.introduced(v, "obl", Set.of("of", "against")).isPresent();
            case "ask":
            case "press":
            case "request":
            case "urge":
                return t.child(v, "obj").isPresent() || t.child(v, "xcomp").isPresent() || t.child(v, "ccomp").isPresent();
            default:
                return true;
        }
    }

    private Optional<Party> addressee(Vocabulary.Cue cue, int v, Optional<Integer> complement, List<Integer> content) {
        switch (cue.slot()) {
            case OBJECT:
                // "urged restraint": a thing asked for is no one addressed
                return t.child(v, "obj").map(this::agent).filter(o -> cue.type() == StatementType.EXPRESS_CONCERN || actorOrTheirs(o))
                        .or(() -> t.child(v, "iobj")).map(g::party)
                        .or(() -> g.conditionSubject(v).or(() -> complement.flatMap(g::conditionSubject))
                                .filter(s -> Phrases.named(t, s) || g.actorLike(s)).map(g::party))
                        // "recommended that the government hold talks with ...": whom the clause asks to act
                        .or(() -> complement.filter(c -> t.is(c, "ccomp")).flatMap(c -> Phrases.subject(t, c))
                                .filter(g::actorLike).map(g::party))
                        .or(() -> Phrases.firstActor(t, content, text))
                        // "warned that any attempt to stop the flow of water ...": only an actor is addressed
                        .or(() -> complement.flatMap(c -> t.child(c, "obj"))
                                .filter(this::actorOrTheirs).map(g::party));
            case RECIPIENT:
                return t.child(v, "iobj")
                        .or(() -> t.child(v, "ccomp").isPresent() ? t.child(v, "obj") : Optional.empty())
                        .or(() -> g.introduced(v, "obl", Set.of("to")))
                        .or(() -> t.child(v, "obj").flatMap(o -> g.introduced(o, "nmod", Set.of("to"))))
                        // "promised the families of the victims that ...", the clause hung on "victims"
                        .or(() -> t.child(v, "obj").filter(o -> t.subtree(o).stream().anyMatch(g::thatClause)))
                        .map(g::party);
            case ANTECEDENT:
                return t.child(v, "obj").flatMap(this::whoseRequest);
            case COMPLEMENT:
                // "demanded parties to the conflict to allow ...": the one told to act is the object
                // "demanded of the government that it provide ...": the one asked is named, not the pronoun
                Optional<Integer> ofPhrase = g.introduced(v, "obl", Set.of("of"));
                return complement.flatMap(c -> Phrases.subject(t, c)).filter(s -> ofPhrase.isEmpty() || !t.pos(s).equals("PRP"))
                        .or(() -> complement.filter(c -> t.is(c, "xcomp")).flatMap(c -> t.child(v, "obj")))
                        .or(() -> ofPhrase.or(() -> clauseMarkedOf(v).flatMap(c -> Phrases.subject(t, c))))
                        .map(g::party);
            case OBLIQUE:
                // "called on all parties to ...": the tagger may read "on" as a particle and the party as the object
                boolean particle = t.children(v, "compound:prt").stream().anyMatch(p -> cue.prepositions().contains(t.lemma(p)));
                return g.introduced(v, "obl", cue.prepositions()).or(() -> g.prepositionReadAsMark(v, cue.prepositions()))
                        .or(() -> particle ? t.child(v, "obj") : Optional.empty())
                        .map(g::party);
            default:
                return Optional.empty();
        }
    }

    /** "the involvement of the TTP", "Kabul's hand": the actor whose part the noun names, else the noun. */
    private int agent(int obj) {
        if (!Vocabulary.in("agency", t.lemma(obj))) {
            return obj;
        }
        return t.child(obj, "nmod:poss").or(() -> g.introduced(obj, "nmod", Set.of("of"))).orElse(obj);
    }

    /**
     * "rejected Pakistan's demand", "an Australian ultimatum", "a U.S. request", "an offer from Kabul":
     * who made what is rejected.
     */
    private Optional<Party> whoseRequest(int obj) {
        return t.child(obj, "nmod:poss").map(p -> Phrases.owner(t, p, text))
                .or(() -> t.children(obj).stream()
                        .filter(c -> (t.is(c, "amod") || t.relation(c).equals("compound")) && Phrases.named(t, c))
                        .findFirst().map(g::party))
                .or(() -> g.introduced(obj, "nmod", Set.of("from", "by")).filter(n -> Phrases.named(t, n)).map(g::party));
    }
}
