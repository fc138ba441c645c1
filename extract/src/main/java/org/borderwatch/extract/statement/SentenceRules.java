package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.extract.text.Tree;

/**
 * The rules that read statements off one parsed sentence. Each looks at one kind of cue: a
 * speech-act verb ("demanded", "denied"), a reporting verb whose complement says what the act is
 * ("stated that the TTP was behind the attack"), or a modal in the author's own voice ("Pakistan
 * should ..."). Discourse (antecedents, inherited dates) is left to {@link Discourse}.
 */
final class SentenceRules {
    private static final Set<String> CHARGE_PREPOSITIONS = Set.of("of", "for", "with", "about", "over", "on",
            "against");
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "bombing", "blast", "assault", "killing",
            "explosion", "strike", "ambush", "abduction", "kidnapping", "massacre", "murder", "raid", "shelling");

    private final Tree t;
    private final String text;
    private final List<Draft> out = new ArrayList<>();

    private SentenceRules(Tree t, String text) {
        this.t = t;
        this.text = text;
    }

    static List<Draft> apply(Tree tree, String text) {
        SentenceRules rules = new SentenceRules(tree, text);
        for (int i = 0; i < tree.size(); i++) {
            rules.at(i);
        }
        return rules.out;
    }

    private void at(int i) {
        String lemma = t.lemma(i);
        if (t.pos(i).equals("MD") || lemma.equals("ought")) {
            authorRecommendation(i);
            return;
        }
        if (t.pos(i).startsWith("JJ") || t.pos(i).equals("VBN")) {
            if (readiness(i)) {
                return;
            }
        }
        if (!t.pos(i).startsWith("VB")) {
            return;
        }
        if (claimOfResponsibility(i) || ruleOut(i) || reservedRight(i) || concern(i) || similarStatement(i) || namedCulprits(i)
                || nounSpeechAct(i)) {
            return;
        }
        if (!speechAct(i)) {
            reported(i);
        }
    }

    /** "is ready to contribute troops" commits; "is opposed to French mediation" rejects. */
    private boolean readiness(int a) {
        Optional<Integer> act = t.child(a, "xcomp").or(() -> t.children(a, "dep").stream()
                .filter(d -> t.children(d, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))).findFirst());
        boolean ready = Vocabulary.in("ready", t.lemma(a)) && act.isPresent();
        // "Israel is opposed to French mediation": the tagger may read it as a passive of "oppose"
        boolean opposed = (Vocabulary.in("opposed", t.lemma(a)) || Vocabulary.in("opposed", t.word(a).toLowerCase(Locale.ROOT)))
                && t.child(a, "obl").isPresent();
        // "it stood ready to help": the subject is the linking verb's
        boolean linked = t.is(a, "xcomp") && t.head(a) >= 0 && Set.of("stand", "remain", "seem", "appear")
                .contains(t.lemma(t.head(a))) && Phrases.subject(t, t.head(a)).isPresent();
        if (!ready && !opposed || t.child(a, "nsubj").isEmpty() && !linked) {
            return false;
        }
        int content = ready ? act.get() : t.child(a, "obl").get();
        List<Integer> tokens = ready ? Phrases.clause(t, content) : t.subtree(content);
        Optional<Party> addressee = opposed ? Optional.of(Phrases.wholeParty(t, content, text))
                : Phrases.firstActor(t, tokens, text);
        return emit(ready ? StatementType.COMMIT : StatementType.DENY, a, addressee, tokens).isPresent();
    }

    /**
     * "issued an ultimatum to Ecuador to halt attacks", "reiterated its demand that Israel ease ...",
     * "lodged a strong protest with Kabul over the firing".
     */
    private boolean nounSpeechAct(int v) {
        if (!Vocabulary.in("light-verb", t.lemma(v))) {
            return false;
        }
        for (int n : t.children(v)) {
            if (!t.is(n, "obj") && !t.is(n, "obl")) {
                continue;
            }
            String lemma = t.lemma(n);
            StatementType type = Vocabulary.in("demand-noun", lemma) ? StatementType.DEMAND
                    : Vocabulary.in("threat-noun", lemma) ? StatementType.THREATEN
                    : Vocabulary.in("commit-noun", lemma) ? StatementType.COMMIT
                    : Vocabulary.in("deny-noun", lemma) ? StatementType.DENY
                    : Vocabulary.in("protest-noun", lemma) ? StatementType.EXPRESS_CONCERN : null;
            if (type == null) {
                continue;
            }
            if (type == StatementType.COMMIT && refusedOrFailed(v)) {
                type = StatementType.DENY; // "failed to reach agreement", "refused to sign the accord"
            }
            Optional<Integer> clause = t.child(n, "acl").or(() -> t.child(n, "ccomp")).or(() -> t.child(n, "xcomp"))
                    .or(() -> t.child(v, "xcomp")).or(() -> t.child(v, "ccomp"));
            List<Integer> content = clause.map(c -> Phrases.clause(t, c)).orElse(t.subtree(n));
            Optional<Party> addressee = clause.flatMap(c -> Phrases.subject(t, c)).map(sj -> Phrases.wholeParty(t, sj, text))
                    .or(() -> t.children(v, "obl").stream()
                            .filter(o -> o != n && !Phrases.TIME_NER.contains(t.token(o).ner()) && toOrWith(o)).findFirst()
                            .map(this::party))
                    .or(() -> t.children(n, "nmod").stream().filter(this::toOrWith).findFirst().map(this::party));
            return emit(type, v, addressee, content).isPresent();
        }
        return false;
    }

    private boolean refusedOrFailed(int verb) {
        return t.is(verb, "xcomp") && Set.of("fail", "refuse", "decline").contains(t.lemma(t.head(verb)));
    }

    /** "an ultimatum to Ecuador", "a protest with Kabul": the one addressed; "a ceasefire in Kurram" is a place. */
    private boolean toOrWith(int phrase) {
        return t.child(phrase, "case").map(c -> Set.of("to", "with").contains(t.lemma(c))).orElse(false);
    }

    private boolean claimOfResponsibility(int v) {
        if (!Set.of("claim", "accept", "take", "own").contains(t.lemma(v))) {
            return false;
        }
        Optional<Integer> obj = t.child(v, "obj").filter(o -> Set.of("responsibility", "credit").contains(t.lemma(o)));
        if (obj.isEmpty()) {
            return false;
        }
        return emit(StatementType.CLAIM_RESPONSIBILITY, v, Optional.empty(), t.subtree(obj.get())).isPresent();
    }

    /** "did not rule out taking unilateral action": a negated refusal is a threat. */
    private boolean ruleOut(int v) {
        boolean out = t.children(v, "compound:prt").stream().anyMatch(p -> t.lemma(p).equals("out"));
        if (!t.lemma(v).equals("rule") || !out || !Phrases.negated(t, v)) {
            return false;
        }
        List<Integer> content = new ArrayList<>();
        for (int c : t.children(v)) {
            if (c > v && !t.is(c, "punct") && !t.is(c, "compound:prt")) {
                content.addAll(t.subtree(c));
            }
        }
        Optional<Party> addressee = conditionSubject(v).map(this::party);
        emit(StatementType.THREATEN, v, addressee, content).ifPresent(d -> d.negated = false);
        return true;
    }

    /** "reserved the right to respond if the TTP struck again": the stock form of a threat. */
    private boolean reservedRight(int v) {
        Optional<Integer> right = t.child(v, "obj").filter(o -> t.lemma(o).equals("right"));
        Optional<Integer> act = right.flatMap(r -> t.child(r, "acl").or(() -> t.child(v, "xcomp")));
        if (!t.lemma(v).equals("reserve") || act.isEmpty()) {
            return false;
        }
        List<Integer> content = Phrases.clause(t, act.get());
        Optional<Party> addressee = conditionSubject(act.get()).or(() -> conditionSubject(v)).map(this::party)
                .or(() -> Phrases.firstActor(t, content, text));
        emit(StatementType.THREATEN, v, addressee, content);
        return true;
    }

    /** The subject of an "if"/"unless" clause of the verb: whom a conditional threat addresses. */
    private Optional<Integer> conditionSubject(int v) {
        for (int c : t.children(v, "advcl")) {
            boolean conditional = t.children(c, "mark").stream()
                    .anyMatch(m -> Set.of("if", "unless").contains(t.lemma(m)));
            if (conditional) {
                return Phrases.subject(t, c);
            }
        }
        return Optional.empty();
    }

    private boolean concern(int v) {
        if (!Set.of("express", "voice", "raise", "share", "echo", "reiterate").contains(t.lemma(v))) {
            return false;
        }
        Optional<Integer> obj = t.child(v, "obj").filter(o -> Vocabulary.in("concern", t.lemma(o)));
        if (obj.isEmpty()) {
            return false;
        }
        Optional<Party> about = afterPreposition(obj.get());
        List<Integer> content = new ArrayList<>(t.subtree(obj.get()));
        about.ifPresent(a -> content.addAll(tokensIn(a.span())));
        return emit(StatementType.EXPRESS_CONCERN, v, about, content).isPresent();
    }

    /** "worries regarding terrorist organizations based in Afghanistan": the phrase after the preposition. */
    private Optional<Party> afterPreposition(int noun) {
        for (int k = noun + 1; k < t.size() - 1; k++) {
            if (!Set.of("regard", "regarding", "about", "over", "on", "at").contains(t.lemma(k))) {
                continue;
            }
            int object = t.is(k, "case") ? t.head(k) : k + 1;
            if (object <= k || Phrases.TIME_NER.contains(t.token(object).ner())) {
                continue; // "expressed concern on Wednesday over ...": a date is not what the concern is about
            }
            // to the end of the sentence, however the parser attached "based in Afghanistan", but not into
            // a verb coordinated with the one expressing the concern ("... and said it would help")
            List<Integer> phrase = t.subtree(object);
            int end = t.size() - 1;
            for (int j = k + 1; j < t.size(); j++) {
                if (t.is(j, "cc") && !phrase.contains(t.head(j)) && t.pos(t.head(j)).startsWith("VB")) {
                    end = j - 1;
                    break;
                }
            }
            while (end > k && t.pos(end).matches("[^A-Za-z]+")) {
                end--;
            }
            if (end > k) {
                Span span = new Span(t.token(k + 1).span().start(), t.token(end).span().end());
                return Optional.of(new Party(org.borderwatch.extract.text.Texts.clean(text, span), Optional.empty(), span));
            }
        }
        return Optional.empty();
    }

    private List<Integer> tokensIn(Span span) {
        List<Integer> tokens = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (span.contains(t.token(k).span())) {
                tokens.add(k);
            }
        }
        return tokens;
    }

    /** "the military had released a similar statement": the act of an earlier statement, by another speaker. */
    private boolean similarStatement(int v) {
        if (!Set.of("release", "issue", "make", "give", "echo").contains(t.lemma(v))) {
            return false;
        }
        Optional<Integer> obj = t.child(v, "obj").filter(o -> Vocabulary.in("statement", t.lemma(o))
                && t.children(o, "amod").stream().anyMatch(a -> Set.of("similar", "same").contains(t.lemma(a))));
        if (obj.isEmpty()) {
            return false;
        }
        emit(StatementType.ATTRIBUTE_RESPONSIBILITY, v, Optional.empty(), t.subtree(obj.get()))
                .ifPresent(d -> d.reference = Draft.Reference.SIMILAR);
        return true;
    }

    /** "mentioned a number of Pakistani suspects who were crucial to the Bisham attack". */
    private boolean namedCulprits(int v) {
        if (!Set.of("mention", "name", "identify", "reveal", "disclose").contains(t.lemma(v))) {
            return false;
        }
        Optional<Integer> obj = t.child(v, "obj");
        if (obj.isEmpty()) {
            return false;
        }
        List<Integer> phrase = t.subtree(obj.get());
        boolean culprits = phrase.stream().anyMatch(k -> Vocabulary.in("culprit", t.lemma(k)));
        boolean aboutAnEvent = phrase.stream().anyMatch(k -> EVENT_NOUNS.contains(t.lemma(k)));
        if (!culprits || !aboutAnEvent) {
            return false;
        }
        Party named = Phrases.wholeParty(t, obj.get(), text);
        return emit(StatementType.ATTRIBUTE_RESPONSIBILITY, v, Optional.of(named), phrase).isPresent();
    }

    private boolean speechAct(int v) {
        for (Vocabulary.Cue cue : Vocabulary.cues(t.lemma(v))) {
            if (!fits(cue, v)) {
                continue;
            }
            Optional<Integer> complement = t.child(v, "ccomp").or(() -> t.child(v, "xcomp"))
                    .or(() -> complementOfHead(v)).or(() -> infinitive(v));
            List<Integer> content = new ArrayList<>(complement.map(c -> Phrases.clause(t, c))
                    .or(() -> t.child(v, "obj").map(t::subtree)).orElse(List.of()));
            content.addAll(charge(v, cue.prepositions()));
            if (content.isEmpty()) {
                content.addAll(charge(v, Set.of())); // "complained about the fencing": the addressee is the matter
            }
            StatementType type = cue.type();
            if (Set.of("vow", "swear").contains(t.lemma(v)) && mentionsViolence(content)) {
                type = StatementType.THREATEN;
            }
            // "condemned the attack on the police station in Bannu": about an event, addressed to no one
            boolean aboutAnEvent = cue.slot() == Vocabulary.AddresseeSlot.OBJECT
                    && t.child(v, "obj").filter(o -> EVENT_NOUNS.contains(t.lemma(o))).isPresent();
            Optional<Party> addressee = aboutAnEvent ? Optional.empty() : addressee(cue, v, complement, content)
                    .or(() -> cue.slot() == Vocabulary.AddresseeSlot.ANTECEDENT ? Optional.empty()
                            : Phrases.firstActor(t, content, text));
            Optional<Draft> draft = emit(type, v, addressee, content);
            draft.ifPresent(d -> {
                if (d.type == StatementType.COMMIT && d.negated) {
                    d.type = StatementType.DENY;
                    d.negated = false;
                }
                d.addresseeFromAntecedent = cue.slot() == Vocabulary.AddresseeSlot.ANTECEDENT;
                if (d.type == StatementType.DENY && (content.isEmpty() || anaphoric(content))) {
                    d.reference = Draft.Reference.ANAPHOR;
                }
            });
            return draft.isPresent();
        }
        return false;
    }

    /** "warned foreign investors on Tuesday to leave": the parser may read the infinitive as an adverbial clause. */
    private Optional<Integer> infinitive(int v) {
        return t.children(v, "advcl").stream().filter(c -> c > v && t.children(c, "nsubj").isEmpty()
                && t.children(c, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))).findFirst();
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
    private List<Integer> charge(int v, Set<String> addresseePrepositions) {
        Set<String> about = new HashSet<>(CHARGE_PREPOSITIONS);
        about.removeAll(addresseePrepositions); // "agreed with Pakistan": the addressee is not the matter
        List<Integer> tokens = new ArrayList<>();
        for (int c : t.children(v)) {
            boolean phrase = t.is(c, "obl") || t.is(c, "advcl");
            if (phrase && c > v && introducedBy(c, about) && !Phrases.TIME_NER.contains(t.token(c).ner())) {
                tokens.addAll(t.subtree(c));
            }
        }
        return tokens;
    }

    /** Whether a phrase or clause opens with one of the words as its preposition or mark. */
    private boolean introducedBy(int phrase, Set<String> words) {
        return t.children(phrase).stream()
                .anyMatch(m -> (t.is(m, "case") || t.is(m, "mark")) && words.contains(t.lemma(m)));
    }

    /** Cue-specific conditions that keep e.g. "commit an attack" or "call it a lie" out. */
    private boolean fits(Vocabulary.Cue cue, int v) {
        String lemma = t.lemma(v);
        if (t.children(v, "nsubj:pass").size() > 0) {
            return false;
        }
        switch (lemma) {
            case "call":
                return t.children(v, "obl").stream().anyMatch(o -> t.children(o, "case").stream()
                        .anyMatch(c -> Set.of("on", "for", "upon").contains(t.lemma(c))))
                        || t.children(v, "compound:prt").stream().anyMatch(p -> t.lemma(p).equals("on"))
                        || prepositionReadAsMark(v, Set.of("on", "upon")).isPresent();
            case "hold":
                return t.subtree(v).stream().anyMatch(k -> t.lemma(k).equals("responsible"));
            case "commit":
                return t.child(v, "obj").map(o -> !EVENT_NOUNS.contains(t.lemma(o))).orElse(true)
                        && (t.child(v, "xcomp").isPresent() || t.child(v, "ccomp").isPresent() || t.child(v, "obl").isPresent());
            case "charge":
                // "charged Kabul with sheltering ...": the charge is a "with" phrase or clause
                return t.child(v, "ccomp").isPresent() || t.children(v).stream()
                        .anyMatch(o -> (t.is(o, "obl") || t.is(o, "advcl")) && introducedBy(o, Set.of("with")));
            case "order":
                // "ordered the police to arrest ...", not "ordered an inquiry"
                return t.child(v, "xcomp").isPresent() || t.child(v, "ccomp").isPresent();
            case "ask":
            case "press":
            case "request":
            case "warn":
            case "urge":
                return t.child(v, "obj").isPresent() || t.child(v, "xcomp").isPresent() || t.child(v, "ccomp").isPresent();
            default:
                return true;
        }
    }

    private Optional<Party> addressee(Vocabulary.Cue cue, int v, Optional<Integer> complement, List<Integer> content) {
        switch (cue.slot()) {
            case OBJECT:
                return t.child(v, "obj").or(() -> t.child(v, "iobj")).map(this::party)
                        .or(() -> conditionSubject(v).or(() -> complement.flatMap(this::conditionSubject))
                                .filter(s -> Phrases.named(t, s)).map(this::party))
                        // "recommended that the government hold talks with ...": whom the clause asks to act
                        .or(() -> complement.filter(c -> t.is(c, "ccomp")).flatMap(c -> Phrases.subject(t, c))
                                .filter(this::actorLike).map(this::party))
                        .or(() -> Phrases.firstActor(t, content, text))
                        .or(() -> complement.flatMap(c -> t.child(c, "obj")).map(this::party));
            case RECIPIENT:
                return t.child(v, "iobj")
                        .or(() -> t.child(v, "ccomp").isPresent() ? t.child(v, "obj") : Optional.empty())
                        .or(() -> introduced(v, "obl", Set.of("to")))
                        .or(() -> t.child(v, "obj").flatMap(o -> introduced(o, "nmod", Set.of("to"))))
                        // "promised the families of the victims that ...", the clause hung on "victims"
                        .or(() -> t.child(v, "obj").filter(o -> t.subtree(o).stream().anyMatch(this::thatClause)))
                        .map(this::party);
            case ANTECEDENT:
                return t.child(v, "obj").flatMap(this::whoseRequest);
            case COMPLEMENT:
                return complement.flatMap(c -> Phrases.subject(t, c)).map(this::party);
            case OBLIQUE:
                return introduced(v, "obl", cue.prepositions()).or(() -> prepositionReadAsMark(v, cue.prepositions()))
                        .map(this::party);
            default:
                return Optional.empty();
        }
    }

    /** A "that" clause with a subject of its own, whether the parser read it as a complement or a relative. */
    private boolean thatClause(int k) {
        boolean clause = t.is(k, "ccomp") || t.is(k, "acl:relcl");
        return clause && t.child(k, "nsubj").isPresent()
                && t.children(k).stream().anyMatch(c -> c < k && t.lemma(c).equals("that"));
    }

    private Party party(int head) {
        return Phrases.wholeParty(t, head, text);
    }

    /** The head's first phrase introduced by one of the prepositions, unless it is a date ("on Monday"). */
    private Optional<Integer> introduced(int head, String relation, Set<String> prepositions) {
        return t.children(head, relation).stream()
                .filter(o -> introducedBy(o, prepositions) && !Phrases.TIME_NER.contains(t.token(o).ner()))
                .findFirst();
    }

    /**
     * "Islamabad on Tuesday called on Kabul to act": the parser may read "on Kabul to act" as a clause
     * whose subject is Kabul and whose mark is "on".
     */
    private Optional<Integer> prepositionReadAsMark(int v, Set<String> prepositions) {
        for (int c : t.children(v)) {
            if (!t.is(c, "advcl") && !t.is(c, "xcomp")) {
                continue;
            }
            Optional<Integer> subject = t.child(c, "nsubj");
            boolean introduced = t.children(c, "mark").stream()
                    .anyMatch(m -> prepositions.contains(t.lemma(m)) && subject.filter(s -> m < s).isPresent());
            if (introduced) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /**
     * "rejected Pakistan's demand", "an Australian ultimatum", "a U.S. request", "an offer from Kabul":
     * who made what is rejected.
     */
    private Optional<Party> whoseRequest(int obj) {
        return t.child(obj, "nmod:poss")
                .or(() -> t.children(obj).stream()
                        .filter(c -> (t.is(c, "amod") || t.relation(c).equals("compound")) && Phrases.named(t, c))
                        .findFirst())
                .or(() -> introduced(obj, "nmod", Set.of("from", "by")).filter(n -> Phrases.named(t, n)))
                .map(this::party);
    }

    /** A reporting verb: what its complement says decides the act. */
    private void reported(int v) {
        if (!Vocabulary.reporting(t.lemma(v))) {
            return;
        }
        Optional<Integer> complement = t.child(v, "ccomp").or(() -> t.child(v, "parataxis"));
        if (complement.isEmpty()) {
            denialOfAnaphor(v);
            return;
        }
        int c = complement.get();
        List<Integer> clause = Phrases.clause(t, c);
        Optional<Party> subject = Phrases.subject(t, c).map(s -> Phrases.wholeParty(t, s, text));
        // "it was not clear who was behind the attack" attributes it to no one
        boolean unknown = clause.stream().anyMatch(k -> t.pos(k).equals("WP") && t.lemma(k).equals("who"));
        if (has(clause, "responsibility") && clause.stream().anyMatch(k -> EVENT_NOUNS.contains(t.lemma(k)))
                && !unknown) {
            emit(StatementType.ATTRIBUTE_RESPONSIBILITY, v, subject, clause);
        } else if (accuses(clause)) {
            emit(StatementType.ACCUSE, v, subject, clause);
        } else if (has(clause, "falsity")) {
            emit(StatementType.DENY, v, Optional.empty(), clause).ifPresent(d -> {
                d.reference = Draft.Reference.ANAPHOR;
                d.addresseeFromAntecedent = true;
            });
        } else {
            modalComplement(v, clause, subject);
        }
    }

    /** "said that Sudan must return ...": must demands, should recommends, will-plus-violence threatens. */
    private void modalComplement(int v, List<Integer> clause, Optional<Party> subject) {
        for (int k : clause) {
            if (!t.pos(k).equals("MD") && !t.lemma(k).equals("ought")) {
                continue;
            }
            String modal = t.lemma(k);
            int verb = t.head(k);
            if (modal.equals("must")) {
                emit(StatementType.DEMAND, v, subject, clause);
            } else if (modal.equals("should") || modal.equals("ought")) {
                emit(StatementType.RECOMMEND, v, subject, clause);
            } else if ((modal.equals("will") || modal.equals("would")) && violentAct(verb)
                    || Set.of("may", "might", "could").contains(modal) && violentAct(verb)
                    && Phrases.condition(t, verb, text).isPresent()) {
                // "may halt mediation efforts if cooperation founders" threatens on a condition
                emit(StatementType.THREATEN, v, Phrases.firstActor(t, clause.subList(1, clause.size()), text), clause);
            } else if ((modal.equals("will") || modal.equals("would")) && speaksForItself(v, verb)) {
                // "it will not accept any more refugees" refuses
                StatementType type = Phrases.negated(t, verb) ? StatementType.DENY : StatementType.COMMIT;
                emit(type, v, Phrases.firstActor(t, clause, text), clause);
            } else if (modal.equals("will") && announcedAct(verb)) {
                // "the United Nations will provide food aid, the WFP said": the one who will act is committed
                emit(StatementType.COMMIT, verb, beneficiary(verb, clause), clause);
            } else {
                continue;
            }
            return;
        }
    }

    /** "will pay compensation to the families": the one given to, else the first actor the act names. */
    private Optional<Party> beneficiary(int verb, List<Integer> clause) {
        return introduced(verb, "obl", Set.of("to")).map(this::party).or(() -> Phrases.firstActor(t, clause, text));
    }

    /** "Turkey will allow refugees to return": an actor's own giving, allowing or withdrawing, to come. */
    private boolean announcedAct(int verb) {
        return verb >= 0 && Vocabulary.in("commit-act", t.lemma(verb)) && !Phrases.negated(t, verb)
                && Phrases.subject(t, verb).filter(this::actorLike).isPresent();
    }

    /** "The rebels said they will release ...": a promise when the one who will act is the speaker. */
    private boolean speaksForItself(int v, int verb) {
        if (verb < 0) {
            return false;
        }
        Optional<Integer> actor = Phrases.subject(t, verb);
        Optional<Integer> speaker = Phrases.subject(t, v);
        if (actor.isEmpty() || speaker.isEmpty()) {
            return false;
        }
        String a = t.lemma(actor.get());
        return Set.of("he", "she", "it", "they", "we", "i").contains(a) || a.equals(t.lemma(speaker.get()));
    }

    /** "Kabul's de facto rulers maintain this is untrue", however the parser attached the pieces. */
    private void denialOfAnaphor(int v) {
        boolean pointsBack = t.child(v, "obj").map(o -> Vocabulary.in("anaphor", t.lemma(o))).orElse(false);
        boolean untrue = false;
        for (int k = v + 1; k < t.size() && k <= v + 4; k++) {
            untrue |= Vocabulary.in("falsity", t.lemma(k));
        }
        if (pointsBack && untrue) {
            emit(StatementType.DENY, v, Optional.empty(), List.of()).ifPresent(d -> {
                d.reference = Draft.Reference.ANAPHOR;
                d.addresseeFromAntecedent = true;
            });
        }
    }

    /** "Pakistan should ...", "Pakistan ought to ...": the author recommends, unless someone is quoted. */
    private void authorRecommendation(int modal) {
        if (t.lemma(modal).equals("will") && t.head(modal) >= 0 && announcedAct(t.head(modal))
                && !insideReportedSpeech(t.head(modal))) {
            int verb = t.head(modal);
            emit(StatementType.COMMIT, verb, beneficiary(verb, Phrases.clause(t, verb)), Phrases.clause(t, verb));
            return;
        }
        if (!Vocabulary.in("modal", t.lemma(modal)) || t.lemma(modal).equals("need") || t.lemma(modal).equals("have")) {
            return;
        }
        int verb = t.lemma(modal).equals("ought") ? modal : t.head(modal);
        if (verb < 0 || insideReportedSpeech(verb)) {
            return;
        }
        Optional<Integer> subject = Phrases.subject(t, verb);
        if (subject.isPresent() && Set.of("it", "they").contains(t.lemma(subject.get())) && t.is(verb, "conj")) {
            // "The state must protect civilians, and it should open a dialogue": the pronoun is the first subject
            subject = Phrases.subject(t, t.head(verb));
        }
        if (subject.isEmpty() || !actorLike(subject.get())) {
            return;
        }
        Party author = new Party("the author", Optional.of("author"), t.token(modal).span());
        List<Integer> clause = Phrases.clause(t, verb);
        Draft d = draft(StatementType.RECOMMEND, author, verb, clause);
        d.addressee = Optional.of(Phrases.wholeParty(t, subject.get(), text));
        d.voice = org.borderwatch.core.statement.Voice.AUTHOR;
        out.add(d);
    }

    /** A clause that is the complement of some verb ("concluded that ... must") is someone else's voice. */
    private boolean insideReportedSpeech(int verb) {
        for (int k = verb, guard = 0; k >= 0 && guard < t.size(); k = t.head(k), guard++) {
            if (t.is(k, "ccomp") && t.head(k) >= 0 && t.pos(t.head(k)).startsWith("VB")) {
                return true;
            }
            int h = t.head(k);
            if (h >= 0 && (Vocabulary.reporting(t.lemma(h)) || !Vocabulary.cues(t.lemma(h)).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private boolean actorLike(int s) {
        String ner = t.token(s).ner();
        if (!ner.equals("O") && !Set.of("DATE", "NUMBER", "DURATION", "TIME", "MONEY", "PERCENT", "ORDINAL").contains(ner)) {
            return true;
        }
        return Set.of("government", "state", "country", "nation", "authority", "administration", "leadership",
                "military", "army", "world", "community", "partner", "ally", "neighbour", "neighbor", "regime",
                "ruler", "side", "party", "minister", "official").contains(t.lemma(s));
    }

    /**
     * "would blockade Paris", "will launch an offensive": the act a modal governs is violent, itself,
     * its object or a verb coordinated with it; violence merely mentioned ("aid to refugees fleeing
     * the war") is not.
     */
    private boolean violentAct(int verb) {
        if (verb < 0) {
            return false;
        }
        List<Integer> acts = new ArrayList<>(List.of(verb));
        acts.addAll(t.children(verb, "conj"));
        acts.addAll(t.children(verb, "xcomp"));
        for (int a : List.copyOf(acts)) {
            acts.addAll(t.children(a, "obj"));
        }
        return acts.stream().anyMatch(a -> Vocabulary.in("violence", t.lemma(a)));
    }

    /** Violence in what the clause does, not anywhere in it: its verbs' lemmas and their objects. */
    private boolean mentionsViolence(List<Integer> tokens) {
        return tokens.stream().anyMatch(k -> Vocabulary.in("violence", t.lemma(k))
                && (t.pos(k).startsWith("VB") || t.is(k, "obj") && t.pos(t.head(k)).startsWith("VB")));
    }

    private boolean anaphoric(List<Integer> tokens) {
        return tokens.size() <= 3 && tokens.stream().anyMatch(k -> Vocabulary.in("anaphor", t.lemma(k)));
    }

    /** "forces destroyed hideouts": a haven raided or destroyed is news, not an accusation of harbouring. */
    private boolean actedUpon(int noun) {
        int h = t.head(noun);
        return t.is(noun, "obj") && h >= 0 && !Vocabulary.in("accusation", t.lemma(h))
                && !Set.of("have", "maintain", "enjoy", "run", "operate", "establish", "set").contains(t.lemma(h));
    }

    /** Verbs of harbouring and backing ("provides safe havens", "sponsoring terrorism"), or a haven noun. */
    private boolean accuses(List<Integer> clause) {
        boolean haven = clause.stream().anyMatch(k -> Vocabulary.in("haven", t.lemma(k)) && !actedUpon(k));
        boolean backing = clause.stream().anyMatch(k -> t.pos(k).startsWith("VB") && Vocabulary.in("accusation", t.lemma(k)));
        boolean aboutMilitancy = clause.stream().anyMatch(k -> Vocabulary.in("culprit", t.lemma(k))
                || t.lemma(k).startsWith("terror") || t.lemma(k).startsWith("militan")
                || t.token(k).ner().equals("ARMED_GROUP"));
        return haven || backing && aboutMilitancy;
    }

    private boolean has(List<Integer> tokens, String list) {
        return tokens.stream().anyMatch(k -> Vocabulary.in(list, t.lemma(k)));
    }

    /** One draft per speaker conjunct; nothing when the cue has no speaker. */
    private Optional<Draft> emit(StatementType type, int v, Optional<Party> addressee, List<Integer> content) {
        Optional<Integer> subject = Phrases.subject(t, v).or(() -> inheritedSubject(v)).map(s -> antecedent(v, s));
        if (subject.isEmpty() || nobody(subject.get()) || isCondition(v)) {
            return Optional.empty();
        }
        Draft first = null;
        for (Party speaker : Phrases.parties(t, subject.get(), text)) {
            Draft d = draft(type, speaker, v, content);
            d.addressee = addressee;
            d.negated = Phrases.negated(t, v);
            out.add(d);
            first = first == null ? d : first;
        }
        return Optional.ofNullable(first);
    }

    /** "No group claimed responsibility", "nobody has denied it": no one made the statement. */
    private boolean nobody(int subject) {
        return Set.of("nobody", "none", "noone").contains(t.lemma(subject))
                || t.children(subject, "det").stream().anyMatch(d -> t.lemma(d).equals("no"));
    }

    /** "ready to mediate if both sides agreed": an act in an if- or unless-clause is a condition, not a statement. */
    private boolean isCondition(int v) {
        return t.is(v, "advcl") && t.children(v, "mark").stream()
                .anyMatch(m -> Set.of("if", "unless").contains(t.lemma(m)));
    }

    /**
     * Who a relative or personal pronoun stands for, when the sentence says: "the group, which has opposed
     * ..." is the group; "the government said it was ready ..." is the government.
     */
    private int antecedent(int v, int subject) {
        String lemma = t.lemma(subject);
        if (Set.of("which", "who", "that").contains(lemma) && t.is(v, "acl:relcl") && t.head(v) >= 0) {
            return t.head(v);
        }
        if (!Set.of("he", "she", "it", "they", "we").contains(lemma)) {
            return subject;
        }
        int k = v;
        while (t.head(k) >= 0 && (t.is(k, "conj") || t.is(k, "xcomp"))) {
            k = t.head(k);
        }
        int h = t.head(k);
        if (t.is(k, "ccomp") && h >= 0 && Vocabulary.reporting(t.lemma(h))) {
            Optional<Integer> reporter = Phrases.subject(t, h).or(() -> inheritedSubject(h));
            if (reporter.isPresent() && !Set.of("he", "she", "it", "they", "we", "i").contains(t.lemma(reporter.get()))) {
                return reporter.get();
            }
        }
        return subject;
    }

    /**
     * "... and vowed to retaliate", "lodged a protest, charging its neighbour with ...": a conjoined,
     * controlled or participial verb shares its head's subject.
     */
    private Optional<Integer> inheritedSubject(int v) {
        int h = t.head(v);
        boolean participle = t.pos(v).equals("VBG") && (t.is(v, "advcl") || t.relation(v).equals("dep"));
        // the parser may hang ", charging ..." on the verb's object: "lodged a protest, charging ..."
        if (t.pos(v).equals("VBG") && t.is(v, "acl") && v > 0 && t.word(v - 1).equals(",") && h >= 0
                && t.is(h, "obj")) {
            participle = true;
            h = t.head(h);
        }
        if ((t.is(v, "conj") || t.is(v, "xcomp") || participle) && h >= 0 && t.pos(h).startsWith("VB")) {
            Optional<Integer> shared = Phrases.subject(t, h);
            if (shared.isPresent() && t.relation(shared.get()).equals("nsubj:pass") && t.is(h, "ccomp")
                    && t.head(h) >= 0) {
                // "said a search operation had been launched and vowed ...": the parser hangs the second act
                // on the reported clause; what was launched did not vow, the one who said it did
                return Phrases.subject(t, t.head(h)).filter(s -> !t.relation(s).equals("nsubj:pass"));
            }
            int verb = h;
            return shared.map(s -> antecedent(verb, s)).filter(s -> !t.lemma(s).equals("it"));
        }
        return Optional.empty();
    }

    private Draft draft(StatementType type, Party speaker, int v, List<Integer> content) {
        Draft d = new Draft(type, speaker, t.sentence().index());
        d.proposition = Phrases.text(t, content, text);
        d.content = content.isEmpty() ? t.token(v).span() : t.span(content);
        d.condition = Phrases.condition(t, v, text);
        d.tense = tense(v);
        d.sentenceSpan = t.sentence().span();
        d.quote = org.borderwatch.extract.text.Texts.clean(text, t.sentence().span());
        return d;
    }

    private Draft.Tense tense(int v) {
        List<Integer> aux = t.children(v, "aux");
        boolean perfect = aux.stream().anyMatch(a -> t.lemma(a).equals("have"));
        boolean pastAux = aux.stream().anyMatch(a -> t.pos(a).equals("VBD"));
        if (aux.stream().anyMatch(a -> t.pos(a).equals("MD"))) {
            return Draft.Tense.NONE;
        }
        if (perfect) {
            return pastAux ? Draft.Tense.PLUPERFECT : Draft.Tense.PERFECT;
        }
        if (t.pos(v).equals("VBD") || pastAux) {
            return Draft.Tense.PAST;
        }
        return t.pos(v).equals("VBZ") || t.pos(v).equals("VBP") ? Draft.Tense.PRESENT : Draft.Tense.NONE;
    }
}
