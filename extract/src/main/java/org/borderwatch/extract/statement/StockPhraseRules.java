package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;

/**
 * Cues that are fixed phrases rather than speech-act verbs: "claimed responsibility", "did not rule out",
 * "reserved the right", "expressed concern", "issued an ultimatum", "is ready to".
 */
final class StockPhraseRules extends CueRules {
    StockPhraseRules(Grammar g, Drafts drafts) {
        super(g, drafts);
    }

    /** Whether one of the fixed phrases is the verb's cue; each emits its own drafts. */
    boolean verbPhrase(int v) {
        return claimOfResponsibility(v) || ruleOut(v) || reservedRight(v) || concern(v) || similarStatement(v)
                || namedCulprits(v) || nounSpeechAct(v);
    }

    /** "is ready to contribute troops" commits; "is opposed to French mediation" rejects. */
    boolean readiness(int a) {
        // "its troops were determined to root out ...": the tagger may read it as a passive, and the act as a noun
        boolean passive = t.child(a, "nsubj:pass").isPresent() && t.child(a, "aux:pass").isPresent();
        Optional<Integer> act = t.child(a, "xcomp").or(() -> t.children(a, "dep").stream()
                .filter(d -> t.children(d, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))).findFirst())
                .or(() -> passive ? g.introduced(a, "obl", Set.of("to")) : Optional.empty());
        boolean ready = Vocabulary.in("ready", t.lemma(a)) && act.isPresent();
        // "Israel is opposed to French mediation": the tagger may read it as a passive of "oppose"
        boolean opposed = (Vocabulary.in("opposed", t.lemma(a)) || Vocabulary.in("opposed", t.word(a).toLowerCase(Locale.ROOT)))
                && t.child(a, "obl").isPresent();
        // "it stood ready to help": the subject is the linking verb's
        boolean linked = t.is(a, "xcomp") && t.head(a) >= 0 && Set.of("stand", "remain", "seem", "appear")
                .contains(t.lemma(t.head(a))) && Phrases.subject(t, t.head(a)).isPresent();
        if (!ready && !opposed || t.child(a, "nsubj").isEmpty() && !linked && !passive) {
            return false;
        }
        int content = ready ? act.get() : t.child(a, "obl").get();
        List<Integer> tokens = !ready ? t.subtree(content) : t.is(content, "obl")
                ? Phrases.clause(t, a).stream().filter(k -> k >= content).toList() : Phrases.clause(t, content);
        Optional<Party> addressee = opposed ? Optional.of(Phrases.wholeParty(t, content, text))
                : Phrases.firstActor(t, tokens, text);
        return drafts.emit(ready ? StatementType.COMMIT : StatementType.DENY, reporter(a), addressee, tokens).isPresent();
    }

    /** "the army said its troops were determined to ...": the one saying so makes the commitment. */
    private int reporter(int a) {
        int h = t.head(a);
        return t.is(a, "ccomp") && h >= 0 && Vocabulary.reporting(t.lemma(h)) ? h : a;
    }

    /** "the United States remained committed to a political settlement": a standing commitment. */
    boolean committed(int a) {
        // "forces were committed to securing the borders": the tagger may read it as a passive
        boolean passive = t.child(a, "nsubj:pass").isPresent() && t.child(a, "aux:pass").isPresent();
        if (!t.word(a).toLowerCase(Locale.ROOT).equals("committed")
                || t.children(a, "nsubj").isEmpty() && !t.is(a, "xcomp") && !passive) {
            return false;
        }
        boolean linked = passive || t.child(a, "cop").isPresent() || t.is(a, "xcomp") && t.head(a) >= 0
                && Set.of("remain", "stay", "be").contains(t.lemma(t.head(a)));
        Optional<Integer> to = g.introduced(a, "obl", Set.of("to")).or(() -> java.util.stream.Stream.concat(
                        t.children(a, "advcl").stream(), t.children(a, "xcomp").stream())
                .filter(c -> g.introducedBy(c, Set.of("to"))).findFirst());
        if (!linked || to.isEmpty()) {
            return false;
        }
        // the parser may hang the rest of a passive's content on "committed" itself
        int from = to.get();
        List<Integer> content = passive ? Phrases.clause(t, a).stream().filter(k -> k >= from).toList() : t.subtree(from);
        Optional<Draft> d = drafts.emit(StatementType.COMMIT, t.is(a, "xcomp") ? t.head(a) : reporter(a), Optional.empty(), content);
        // "remained committed to dialogue, but would not hesitate to act if ...": the condition is the threat's
        d.ifPresent(x -> x.condition = Optional.empty());
        return d.isPresent();
    }

    /** "the United Nations said it was deeply concerned about reports of civilian casualties". */
    boolean concerned(int a) {
        if (!Set.of("concerned", "worried", "alarmed", "disturbed", "troubled", "shocked", "saddened", "dismayed",
                "appalled", "perturbed").contains(t.word(a).toLowerCase(Locale.ROOT))
                || t.child(a, "cop").isEmpty() && t.children(a, "aux:pass").isEmpty()) {
            return false;
        }
        Optional<Integer> about = g.introduced(a, "obl", Set.of("about", "over", "at", "by"));
        List<Integer> content = about.map(t::subtree).orElse(List.of());
        return drafts.emit(StatementType.EXPRESS_CONCERN, a, Optional.empty(), content).isPresent();
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
            // "lodged a protest over the violation, urging New Delhi to ...": the participle is an act of its own
            Optional<Integer> participle = t.child(n, "acl").filter(a -> t.pos(a).equals("VBG") && t.word(a - 1).equals(","));
            Optional<Integer> clause = t.child(n, "acl").filter(a -> participle.isEmpty())
                    .or(() -> t.child(n, "ccomp")).or(() -> t.child(n, "xcomp"))
                    .or(() -> t.child(v, "xcomp")).or(() -> t.child(v, "ccomp"));
            List<Integer> content = new ArrayList<>(clause.map(c -> Phrases.clause(t, c)).orElse(t.subtree(n)));
            participle.ifPresent(p -> content.removeAll(t.subtree(p)));
            participle.ifPresent(p -> content.remove(Integer.valueOf(p - 1)));
            Optional<Party> addressee = clause.flatMap(c -> Phrases.subject(t, c)).map(sj -> Phrases.wholeParty(t, sj, text))
                    .or(() -> t.children(v, "obl").stream()
                            .filter(o -> o != n && !Phrases.TIME_NER.contains(t.token(o).ner()) && toOrWith(o)).findFirst()
                            .map(g::party))
                    .or(() -> t.children(n, "nmod").stream().filter(this::toOrWith).findFirst().map(g::party))
                    .or(() -> summonedFirst(v).map(g::party));
            return drafts.emit(type, v, addressee, content).isPresent();
        }
        return false;
    }

    /** "summoned the Indian charge d'affaires and lodged a strong protest": the protest is made to the one summoned. */
    private Optional<Integer> summonedFirst(int v) {
        int h = t.head(v);
        return t.is(v, "conj") && h >= 0 && Vocabulary.in("summon", t.lemma(h)) ? t.child(h, "obj") : Optional.empty();
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
        // "Monday's ambush in Turbat ... was claimed by the Baloch Liberation Army"
        // and "the attack on Chinese engineers near Gwadar, claimed by the BLA, ..."
        Optional<Integer> act = t.child(v, "nsubj:pass").filter(n -> Grammar.EVENT_NOUNS.contains(t.lemma(n)))
                .or(() -> Optional.of(t.head(v)).filter(h -> h >= 0 && t.is(v, "acl") && Grammar.EVENT_NOUNS.contains(t.lemma(h))));
        Optional<Integer> claimant = Phrases.agent(t, v);
        if (t.lemma(v).equals("claim") && act.isPresent() && claimant.isPresent()) {
            drafts.add(drafts.draft(StatementType.CLAIM_RESPONSIBILITY, Phrases.wholeParty(t, claimant.get(), text), v,
                    t.subtree(act.get())));
            return true;
        }
        Optional<Integer> obj = t.child(v, "obj").filter(this::responsibility).or(() -> followingResponsibility(v))
                .or(() -> t.child(v, "obj").filter(o -> t.lemma(v).equals("claim") && namedAct(o)));
        if (obj.isEmpty()) {
            return false;
        }
        return drafts.emit(StatementType.CLAIM_RESPONSIBILITY, v, Optional.empty(), t.subtree(obj.get())).isPresent();
    }

    /** "claimed the raid", "claimed Monday's bombing": one act, named; not "claimed the lives of ten". */
    private boolean namedAct(int n) {
        boolean determined = !t.children(n, "det").isEmpty() || !t.children(n, "nmod:poss").isEmpty();
        return determined && Grammar.EVENT_NOUNS.contains(t.lemma(n));
    }

    private boolean responsibility(int n) {
        return Set.of("responsibility", "credit").contains(t.lemma(n));
    }

    /**
     * "claimed responsibility for the bombing in a statement sent to the media": the parser may make
     * "responsibility" the subject of a clause the verb governs; the words still say what was claimed.
     */
    private Optional<Integer> followingResponsibility(int v) {
        int k = v + 1;
        while (k < t.size() && Set.of("DT", "JJ", "RB", "PRP$").contains(t.token(k).pos())) {
            k++;
        }
        return k < t.size() && responsibility(k) && t.subtree(v).contains(k) ? Optional.of(k) : Optional.empty();
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
        Optional<Party> addressee = g.conditionSubject(v).map(g::party);
        drafts.emit(StatementType.THREATEN, v, addressee, content).ifPresent(d -> d.negated = false);
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
        Optional<Party> addressee = g.conditionSubject(act.get()).or(() -> g.conditionSubject(v)).map(g::party)
                .or(() -> Phrases.firstActor(t, content, text));
        drafts.emit(StatementType.THREATEN, v, addressee, content);
        return true;
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
        about.ifPresent(a -> content.addAll(g.tokensIn(a.span())));
        return drafts.emit(StatementType.EXPRESS_CONCERN, v, about, content).isPresent();
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
        drafts.emit(StatementType.ATTRIBUTE_RESPONSIBILITY, v, Optional.empty(), t.subtree(obj.get()))
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
        boolean aboutAnEvent = phrase.stream().anyMatch(k -> Grammar.EVENT_NOUNS.contains(t.lemma(k)));
        if (!culprits || !aboutAnEvent) {
            return false;
        }
        Party named = Phrases.wholeParty(t, obj.get(), text);
        return drafts.emit(StatementType.ATTRIBUTE_RESPONSIBILITY, v, Optional.of(named), phrase).isPresent();
    }
}
