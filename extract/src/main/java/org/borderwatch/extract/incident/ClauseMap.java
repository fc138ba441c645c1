package org.borderwatch.extract.incident;

import java.util.Set;
import org.borderwatch.extract.incident.IncidentLexicon.Context;

/**
 * Divides a sentence into event clauses. Every token belongs to the clause of its nearest ancestor
 * that starts one: a reported clause ("stated that the TTP was behind the attack"), a conditional or
 * a clause about an earlier or later event ("after the blast", "in retaliation for"), a relative
 * clause about a person rather than an event, or a conjoined clause with its own actor. Event words,
 * numbers, places and dates of one clause describe one event; the clause words of the reporting verb
 * (when and where it was said) do not.
 */
final class ClauseMap {
    static final Set<String> CONDITIONS = Set.of("if", "unless", "although", "though", "because",
            "whereas", "lest", "whether");
    private static final int MAX_DEPTH = 64;

    private final ParsedSentence s;
    private final boolean[] eventWord;
    private final boolean[] casualtyWord;
    private final boolean[] agentless;
    private final boolean[] deadly;
    private final int[] anchor;

    /**
     * @param eventWord    tokens that head an event word
     * @param casualtyWord tokens that head a casualty clause
     * @param agentless    casualty clauses that name no one who acted ("five were killed")
     * @param deadly       casualty clauses of killed or injured people
     */
    ClauseMap(ParsedSentence s, boolean[] eventWord, boolean[] casualtyWord, boolean[] agentless, boolean[] deadly) {
        this.s = s;
        this.eventWord = eventWord;
        this.casualtyWord = casualtyWord;
        this.agentless = agentless;
        this.deadly = deadly;
        this.anchor = new int[s.size()];
        for (int i = 0; i < anchor.length; i++) {
            anchor[i] = climb(i);
        }
    }

    /** The token that heads the clause token i belongs to. */
    int anchor(int i) {
        return anchor[i];
    }

    private int climb(int i) {
        int cur = i;
        for (int guard = 0; guard < MAX_DEPTH; guard++) {
            int h = s.tree().head(cur);
            if (h < 0 || startsClause(cur, h)) {
                return cur;
            }
            cur = h;
        }
        return cur;
    }

    private boolean startsClause(int cur, int h) {
        var t = s.tree();
        if (t.is(cur, "ccomp") || t.is(cur, "csubj") || t.is(cur, "parataxis") || t.is(cur, "root")) {
            return true;
        }
        if (t.is(cur, "advcl") || t.is(cur, "obl") || t.is(cur, "nmod") || t.is(cur, "acl")) {
            String marker = s.caseOf(cur);
            String first = marker.isEmpty() ? "" : marker.split(" ")[0];
            for (int c : s.children(cur, "advmod")) {
                if (CONDITIONS.contains(s.lemma(c)) || isSequence(s.lemma(c))) {
                    first = s.lemma(c);
                }
            }
            if (CONDITIONS.contains(first)) {
                return true;
            }
            // "two soldiers were killed after militants attacked" and "forces killed two insurgents after
            // being fired upon" are one event told in two clauses; "police arrested two men after the
            // blast" is two events.
            boolean sameFight = (casualtyWord[h] && agentless[h]) || (t.is(cur, "advcl") && deadly[h]);
            if ((isSequence(first) || isRetaliation(cur)) && !sameFight) {
                return true;
            }
        }
        // "an insurgent responsible for a vehicle bomb attack": an event in an adjective's phrase is
        // one the person is known for, not the one being told; a word with its own article or preposition
        // ("at a seminary in Akora Khattak") is a noun the tagger took for an adjective
        if ((t.is(cur, "obl") || t.is(cur, "nmod")) && s.pos(h).startsWith("JJ") && !casualtyWord[h]
                && t.head(h) >= 0 && s.isNoun(t.head(h)) && s.children(h, "det", "case").isEmpty()) {
            return true;
        }
        if (t.is(cur, "acl:relcl") || (t.is(cur, "acl") && s.isVerb(cur) && !casualtyWord[cur])) {
            // a relative clause about an event belongs to it ("the attack that claimed six lives");
            // one about a person or group tells something else ("the TTP, which has targeted..."); the
            // parser may hang "in which ten policemen were martyred" on the place in the event's phrase
            return !eventWord[h] && !(t.is(cur, "acl:relcl") && relativeToEvent(cur) && eventAbove(h));
        }
        // the parser may join that further event to the verb before it as a bare noun
        if (t.is(cur, "conj") && s.isNoun(cur) && s.isVerb(h) && indefiniteEvent(cur)) {
            return true;
        }
        if (t.is(cur, "conj") && s.isVerb(cur)) {
            boolean ownActor = !s.children(cur, "nsubj").isEmpty() || !s.children(cur, "nsubj:pass").isEmpty();
            return ownActor && (!casualtyWord[cur] && !casualtyWord[h] || newEventSubject(cur));
        }
        return false;
    }

    /** "in which", "as a result of which": a relative clause that tells what the event did. */
    private boolean relativeToEvent(int clause) {
        return s.tree().subtree(clause).stream().anyMatch(k -> s.lower(k).equals("which") && s.tree().head(k) != clause
                || s.lower(k).equals("which") && !s.tree().is(k, "nsubj") && !s.tree().is(k, "nsubj:pass"));
    }

    /** "Monday's attack on a police station in Dera Ismail Khan": an event word the noun's phrase hangs on. */
    private boolean eventAbove(int noun) {
        int cur = noun;
        for (int up = 0; up < 4 && cur >= 0; up++) {
            if (eventWord[cur]) {
                return true;
            }
            var t = s.tree();
            if (!s.isNoun(cur) || !(t.is(cur, "nmod") || t.is(cur, "obl") || t.is(cur, "compound") || t.is(cur, "obj"))) {
                return false;
            }
            cur = t.head(cur);
        }
        return false;
    }

    /** "..., and a grenade attack on a polling station injured three": a further event, told as the subject. */
    private boolean newEventSubject(int verb) {
        return s.children(verb, "nsubj").stream().anyMatch(this::indefiniteEvent);
    }

    private boolean indefiniteEvent(int noun) {
        return eventWord[noun] && s.children(noun, "det").stream()
                .anyMatch(d -> Set.of("a", "an", "another").contains(s.lower(d)));
    }

    private boolean isSequence(String word) {
        return IncidentLexicon.get().is(word, Context.SEQUENCE);
    }

    /** "in retaliation for", "in response to", "in revenge for". */
    private boolean isRetaliation(int cur) {
        return !s.caseOf(cur).isEmpty() && IncidentLexicon.get().is(s.lemma(cur), Context.SEQUENCE);
    }
}
