package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.Party;
import org.borderwatch.extract.text.Tree;

/** What one parsed sentence says about its phrases and clauses, whatever rule is asking. */
final class Grammar {
    static final Set<String> EVENT_NOUNS = Set.of("attack", "bombing", "blast", "assault", "killing",
            "explosion", "strike", "ambush", "abduction", "kidnapping", "massacre", "murder", "raid", "shelling",
            "airstrike", "bombardment", "firing", "assassination", "beheading", "hijacking", "shooting", "violence",
            "act", "aggression", "incident");

    final Tree t;
    final String text;

    Grammar(Tree t, String text) {
        this.t = t;
        this.text = text;
    }

    /** The subject of an "if"/"unless" clause of the verb: whom a conditional threat addresses. */
    Optional<Integer> conditionSubject(int v) {
        for (int c : t.children(v, "advcl")) {
            boolean conditional = t.children(c, "mark").stream()
                    .anyMatch(m -> Set.of("if", "unless").contains(t.lemma(m)));
            if (conditional) {
                return Phrases.subject(t, c);
            }
        }
        return Optional.empty();
    }

    List<Integer> tokensIn(Span span) {
        List<Integer> tokens = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (span.contains(t.token(k).span())) {
                tokens.add(k);
            }
        }
        return tokens;
    }

    /** Whether a phrase or clause opens with one of the words as its preposition or mark. */
    boolean introducedBy(int phrase, Set<String> words) {
        return t.children(phrase).stream()
                .anyMatch(m -> (t.is(m, "case") || t.is(m, "mark")) && words.contains(t.lemma(m)));
    }

    /** A "that" clause with a subject of its own, whether the parser read it as a complement or a relative. */
    boolean thatClause(int k) {
        boolean clause = t.is(k, "ccomp") || t.is(k, "acl:relcl");
        return clause && t.child(k, "nsubj").isPresent()
                && t.children(k).stream().anyMatch(c -> c < k && t.lemma(c).equals("that"));
    }

    Party party(int head) {
        return Phrases.wholeParty(t, head, text);
    }

    /** The head's first phrase introduced by one of the prepositions, unless it is a date ("on Monday"). */
    Optional<Integer> introduced(int head, String relation, Set<String> prepositions) {
        return t.children(head, relation).stream()
                .filter(o -> introducedBy(o, prepositions) && !Phrases.TIME_NER.contains(t.token(o).ner()))
                .findFirst();
    }

    /**
     * "Islamabad on Tuesday called on Kabul to act": the parser may read "on Kabul to act" as a clause
     * whose subject is Kabul and whose mark is "on".
     */
    Optional<Integer> prepositionReadAsMark(int v, Set<String> prepositions) {
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

    /** "will pay compensation to the families": the one given to, else the first actor the act names. */
    Optional<Party> beneficiary(int verb, List<Integer> clause) {
        // "would ensure security for foreign nationals": those the thing given is for
        return introduced(verb, "obl", Set.of("to", "for")).map(this::party)
                .or(() -> t.child(verb, "obj").flatMap(o -> introduced(o, "nmod", Set.of("to", "for"))).map(this::party))
                .or(() -> Phrases.firstActor(t, clause, text));
    }

    /** "Turkey will allow refugees to return": an actor's own giving, allowing or withdrawing, to come. */
    boolean announcedAct(int verb) {
        return verb >= 0 && Vocabulary.in("commit-act", t.lemma(verb)) && !Phrases.negated(t, verb)
                && Phrases.subject(t, verb).filter(this::actorLike).isPresent();
    }

    boolean actorLike(int s) {
        String ner = t.token(s).ner();
        if (!ner.equals("O") && !Set.of("DATE", "NUMBER", "DURATION", "TIME", "MONEY", "PERCENT", "ORDINAL").contains(ner)) {
            return true;
        }
        return Set.of("government", "state", "country", "nation", "authority", "administration", "leadership",
                "military", "army", "world", "community", "partner", "ally", "neighbour", "neighbor", "regime",
                "ruler", "side", "party", "minister", "official", "police", "force", "elder", "scholar", "leader",
                "parliament", "court", "judiciary", "politician", "establishment", "institution", "centre", "province")
                .contains(t.lemma(s));
    }

    /**
     * "would blockade Paris", "will launch an offensive": the act a modal governs is violent, itself,
     * its object or a verb coordinated with it; violence merely mentioned ("aid to refugees fleeing
     * the war") is not.
     */
    boolean violentAct(int verb) {
        if (verb < 0) {
            return false;
        }
        List<Integer> acts = new ArrayList<>(List.of(verb));
        acts.addAll(t.children(verb, "conj"));
        acts.addAll(t.children(verb, "xcomp"));
        for (int a : List.copyOf(acts)) {
            acts.addAll(t.children(a, "obj"));
        }
        // "classes would resume": an act that only goes on or stops is violent through what it is done to
        return acts.stream().anyMatch(a -> Vocabulary.in("violence", t.lemma(a))
                && !(ASPECTUAL.contains(t.lemma(a)) && t.pos(a).startsWith("VB") && t.children(a, "obj").isEmpty()
                        && t.children(a, "xcomp").isEmpty()));
    }

    private static final java.util.Set<String> ASPECTUAL = java.util.Set.of("resume", "continue", "halt", "suspend",
            "break", "cut", "launch");

    /** Violence in what the clause does, not anywhere in it: its verbs' lemmas and their objects. */
    boolean mentionsViolence(List<Integer> tokens) {
        return tokens.stream().anyMatch(k -> Vocabulary.in("violence", t.lemma(k))
                && (t.pos(k).startsWith("VB") || t.is(k, "obj") && t.pos(t.head(k)).startsWith("VB")));
    }

    boolean anaphoric(List<Integer> tokens) {
        return tokens.size() <= 3 && tokens.stream().anyMatch(k -> Vocabulary.in("anaphor", t.lemma(k)));
    }

    boolean has(List<Integer> tokens, String list) {
        return tokens.stream().anyMatch(k -> Vocabulary.in(list, t.lemma(k)));
    }
}
