package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.extract.text.Tree;

/** The drafts one sentence yields: who the speaker is, and the draft each cue makes. */
final class Drafts {
    private final Tree t;
    private final String text;
    private final List<Draft> out = new ArrayList<>();

    Drafts(Tree t, String text) {
        this.t = t;
        this.text = text;
    }

    void add(Draft d) {
        out.add(d);
    }

    List<Draft> all() {
        return out;
    }

    /** One draft per speaker conjunct; nothing when the cue has no speaker. */
    Optional<Draft> emit(StatementType type, int v, Optional<Party> addressee, List<Integer> content) {
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
        // "the attack ... denied": an event misread as the subject says nothing
        return Set.of("nobody", "none", "noone").contains(t.lemma(subject))
                || Grammar.EVENT_NOUNS.contains(t.lemma(subject))
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
        int clause = k;
        // "was quoted as saying he would be ready": the parser may hang "saying" on the reported clause
        boolean asSaying = t.is(k, "advcl") && t.children(k).stream()
                .anyMatch(c -> c < clause && t.lemma(c).equals("say") && t.pos(c).equals("VBG"));
        if (h >= 0 && (t.is(k, "ccomp") && Vocabulary.reporting(t.lemma(h)) || asSaying)) {
            Optional<Integer> reporter = Phrases.subject(t, h).or(() -> inheritedSubject(h));
            if (reporter.isPresent() && !Set.of("he", "she", "it", "they", "we", "i").contains(t.lemma(reporter.get()))) {
                return reporter.get();
            }
        }
        return subject;
    }

    /**
     * "... and vowed to retaliate", "lodged a protest, charging its neighbour with ...": a conjoined,
     * controlled, participial or purpose verb ("summoned the envoy to complain") shares its head's subject.
     */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private boolean concernedAside(int v) {
        return Phrases.actOfConcerned(t, v).isPresent();
    }

    private boolean toClause(int v) {
        return t.is(v, "advcl") && t.children(v, "nsubj").isEmpty()
                && t.children(v, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"));
    }

    private Optional<Integer> inheritedSubject(int v) {
        int h = t.head(v);
        boolean participle = t.pos(v).equals("VBG") && (t.is(v, "advcl") || t.relation(v).equals("dep"))
                || concernedAside(v);
        // "summoned the envoy to complain": a purpose clause's act is the subject's
        boolean purpose = toClause(v);
        if (concernedAside(v)) {
            h = Phrases.actOfConcerned(t, v).get();
        }
        // the parser may hang ", charging ..." on the verb's object: "lodged a protest, charging ..."
        if (t.pos(v).equals("VBG") && t.is(v, "acl") && v > 0 && t.word(v - 1).equals(",") && h >= 0
                && t.is(h, "obj")) {
            participle = true;
            h = t.head(h);
        }
        // "..., the military's media wing added, stating that ...": the parser may hang the participle on the
        // reported clause; it goes on with the report just named before it
        if (participle && t.pos(v).equals("VBG") && v > 1 && t.word(v - 1).equals(",") && Vocabulary.reporting(t.lemma(v - 2))
                && t.pos(v - 2).startsWith("VB") && !t.children(v - 2, "nsubj").isEmpty() && h != v - 2) {
            return Phrases.subject(t, v - 2);
        }
        // "demanded of the government to ensure ... and warned that ...": a finite verb is no conjunct of
        // the infinitive the parser hangs it on; it shares the subject of the verb that infinitive hangs on
        if (t.is(v, "conj") && FINITE.contains(t.pos(v)) && h >= 0 && t.pos(h).equals("VB") && t.head(h) >= 0
                && (t.is(h, "advcl") || t.is(h, "xcomp")) && t.children(h, "mark").stream().anyMatch(m -> t.lemma(m).equals("to"))
                && t.pos(t.head(h)).startsWith("VB")) {
            int above = t.head(h);
            return Phrases.subject(t, above).map(s -> antecedent(above, s)).or(() -> inheritedSubject(above));
        }
        // "said the attackers were in contact with handlers and urged Kabul to ...": the parser may hang the
        // second act on the reported predicate; "in contact" urges no one, the one who said it does
        if (t.is(v, "conj") && h >= 0 && !t.pos(h).startsWith("VB") && t.child(h, "cop").isPresent()
                && t.is(h, "ccomp") && t.head(h) >= 0 && Vocabulary.reporting(t.lemma(t.head(h)))) {
            return Phrases.subject(t, t.head(h));
        }
        // "said operations would continue until the complete elimination of terrorists, and urged citizens to
        // ...": a finite act the parser joins to a noun of the reported clause is the reporter's next one
        if (t.is(v, "conj") && FINITE.contains(t.pos(v)) && h >= 0 && !t.pos(h).startsWith("VB")) {
            int k = h;
            for (int up = 0; up < 4 && k >= 0 && !t.pos(k).startsWith("VB"); up++) {
                k = t.head(k);
            }
            if (k >= 0 && Vocabulary.reporting(t.lemma(k)) && t.pos(k).startsWith("VB")) {
                return Phrases.subject(t, k);
            }
            if (k >= 0 && t.is(k, "ccomp") && t.head(k) >= 0 && Vocabulary.reporting(t.lemma(t.head(k)))) {
                return Phrases.subject(t, t.head(k));
            }
        }
        // "said the attackers had received support ... and vowed that ...": the doers spoken of vow nothing
        if (t.is(v, "conj") && h >= 0 && t.is(h, "ccomp") && t.head(h) >= 0 && Vocabulary.reporting(t.lemma(t.head(h)))
                && Phrases.subject(t, h).filter(x -> Vocabulary.in("doer", t.lemma(x)) || Vocabulary.in("culprit", t.lemma(x)))
                .isPresent()) {
            return Phrases.subject(t, t.head(h));
        }
        if ((t.is(v, "conj") || t.is(v, "xcomp") || participle || purpose) && h >= 0 && t.pos(h).startsWith("VB")) {
            Optional<Integer> shared = Phrases.subject(t, h);
            if (shared.isPresent() && t.relation(shared.get()).equals("nsubj:pass") && t.is(h, "ccomp")
                    && t.head(h) >= 0) {
                // "said a search operation had been launched and vowed ...": the parser hangs the second act
                // on the reported clause; what was launched did not vow, the one who said it did
                return Phrases.subject(t, t.head(h)).filter(s -> !t.relation(s).equals("nsubj:pass"));
            }
            int verb = h;
            // "summoned the envoy and lodged a protest, urging ...": the subject is the first conjunct's
            if (shared.isEmpty() && (t.is(h, "conj") || t.is(h, "xcomp") || toClause(h) || concernedAside(h))) {
                return inheritedSubject(h);
            }
            return shared.map(s -> antecedent(verb, s)).filter(s -> !t.lemma(s).equals("it"));
        }
        return Optional.empty();
    }

    Draft draft(StatementType type, Party speaker, int v, List<Integer> content) {
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
