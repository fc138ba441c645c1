package org.borderwatch.extract.incident;

import java.util.List;
import java.util.Set;
import org.borderwatch.extract.incident.IncidentLexicon.Context;

/**
 * Whether an event word reports something that happened, as opposed to something planned, feared,
 * prevented, demanded, denied or imagined: "foiled an attack", "plans to attack", "should stop
 * cross-border attacks", "if Kabul did not respond", "did not kill", "any attack".
 */
final class Realis {
    /** Verbs that only carry an event noun: their own mood and negation are the event's. */
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "conduct", "launch", "stage", "mount", "commit",
            "perpetrate", "undertake", "execute", "unleash", "initiate", "be", "have", "do", "make", "come",
            "continue");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "lest", "whether");
    /** How far up the tree a governing plan, threat or modal still reaches the event word. */
    private static final int REACH = 4;

    private final ParsedSentence s;
    private final IncidentLexicon lexicon = IncidentLexicon.get();

    Realis(ParsedSentence s) {
        this.s = s;
    }

    /**
     * Whether what a casualty word says befell its people: "Attack foiled, 2 suicide bombers dead",
     * "vowed to avenge the militants killed in the raid". A participle or adjective on the people is
     * their state, whatever governs the people themselves.
     */
    boolean befell(int predicate, List<Integer> people) {
        int h = s.tree().head(predicate);
        boolean onPeople = h >= 0 && people.contains(h) && s.isNoun(h)
                && (s.tree().is(predicate, "amod") || s.tree().is(predicate, "acl") || s.tree().is(predicate, "dep"));
        return onPeople ? !irrealisOn(predicate, true, true) && !noneAffected(predicate) : happened(predicate);
    }

    boolean happened(int i) {
        if (irrealisOn(i, true, true) || noneAffected(i) || record(i)) {
            return false;
        }
        int cur = i;
        for (int step = 0; step < REACH; step++) {
            int g = s.tree().head(cur);
            if (g < 0 || s.tree().is(cur, "conj") || s.tree().is(cur, "parataxis") || s.tree().is(cur, "acl:relcl")
                    || s.tree().is(cur, "root")) {
                return true;
            }
            if (s.tree().is(cur, "ccomp")) {
                // a reported clause is as real as the report; but "warned that ...", "threatened that ..." are not
                return !lexicon.is(s.lemma(g), Context.UNREAL) && !irrealisOn(g, false, true);
            }
            if (s.caseOf(cur).equals("without")) {
                return false;
            }
            if (s.tree().is(cur, "nsubj") || s.tree().is(cur, "nsubj:pass") || s.tree().is(cur, "csubj")) {
                return true; // "the attack could lead to talks": the subject's event happened regardless
            }
            if (lexicon.is(s.lemma(g), Context.UNREAL)) {
                return false;
            }
            // "emplacing an IED", "found a roadside bomb": the device as an object did not explode
            if (step == 0 && isDevice(i) && lexicon.is(s.lemma(g), Context.HANDLE)
                    && (s.tree().is(cur, "obj") || s.tree().is(cur, "nsubj:pass") || s.tree().is(cur, "obl"))) {
                return false;
            }
            // an infinitive governor is the event's own mood only for a light verb ("to carry out attacks")
            // "denied any involvement in the bombing": a governing noun's "any" is not the event's
            if (irrealisOn(g, LIGHT_VERBS.contains(s.lemma(g)), !s.isNoun(g))) {
                return false;
            }
            cur = g;
        }
        return true;
    }

    /**
     * "khwarij who remained involved in numerous terrorist activities and target killing": a bare noun of
     * what someone was involved in is their record, no particular event, and so is all joined to it
     * ("involved in the killing of two policemen on January 5" names one).
     */
    private boolean record(int i) {
        if (!s.isNoun(i)) {
            return false;
        }
        // "involved in numerous activities against the forces as well as target killing": the parser may
        // join the event to any noun of the phrase; what the first names, the rest share
        int k = i;
        while (s.tree().is(k, "compound") && s.tree().head(k) >= 0) {
            k = s.tree().head(k); // "target killing"
        }
        for (int step = 0; step < REACH && s.tree().head(k) >= 0; step++) {
            int g = s.tree().head(k);
            if ((s.lemma(g).equals("involve") || s.lower(g).equals("involved")) && s.caseOf(k).equals("in")) {
                return bare(k);
            }
            if (!s.tree().is(k, "conj") && !s.tree().is(k, "nmod") || !s.isNoun(g)) {
                return false;
            }
            k = g;
        }
        return false;
    }

    private boolean bare(int noun) {
        return s.tree().children(noun, "det").isEmpty() && s.tree().children(noun, "nmod:poss").isEmpty()
                && s.tree().children(noun, "nummod").isEmpty();
    }

    /**
     * "Drone strike said to kill 60", "forces claim to have killed two": an infinitive that is reported;
     * "militants tried to storm the base": one that was attempted, which is an event too.
     */
    private boolean reported(int i) {
        int h = s.tree().head(i);
        if (h >= 0 && (lexicon.is(s.lemma(h), Context.REPORTING) || lexicon.is(s.lemma(h), Context.ATTEMPT))) {
            return true;
        }
        // the parse of "Strike Said to Kill 60" may miss the verb, but the words say it
        return i >= 2 && s.lower(i - 1).equals("to") && lexicon.is(s.lower(i - 2), Context.REPORTING_PARTICIPLE);
    }

    /** Words for an explosive device, which can be handled without exploding. */
    private boolean isDevice(int i) {
        String lemma = s.lemma(i);
        return lemma.equals("bomb") || lemma.equals("ied") || lemma.equals("ieds") || lemma.equals("device")
                || lemma.equals("mine") || lemma.equals("landmine") || lemma.equals("explosive");
    }

    /** "No shots were fired", "fired no shots": the event is denied through its participant. */
    private boolean noneAffected(int v) {
        if (!s.isVerb(v)) {
            return false;
        }
        for (int c : s.children(v, "nsubj:pass", "obj")) {
            for (int d : s.children(c, "det")) {
                if (s.lemma(d).equals("no")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Marks on token i itself: a modal or negation, an infinitive of purpose ("an operation to arrest"),
     * a condition, or a determiner under which it is no particular event ("any attack", "no attacks").
     */
    private boolean irrealisOn(int i, boolean ownInfinitive, boolean ownDeterminer) {
        for (int c : s.tree().children(i)) {
            String lemma = s.lemma(c);
            String lower = s.lower(c);
            if (s.tree().is(c, "aux") && (lexicon.is(lower, Context.MODAL) || lexicon.is(lemma, Context.MODAL))) {
                return true;
            }
            if ((s.tree().is(c, "advmod") || s.tree().is(c, "neg") || s.tree().is(c, "aux"))
                    && NEGATIONS.contains(lower)) {
                return true;
            }
            if (ownDeterminer && s.tree().is(c, "det") && lexicon.is(lemma, Context.GENERIC)) {
                return true;
            }
            if ((s.tree().is(c, "mark") || s.tree().is(c, "advmod")) && CONDITIONS.contains(lemma)) {
                return true;
            }
            if (ownInfinitive && s.isVerb(i) && s.tree().is(c, "mark") && lower.equals("to")
                    && !s.tree().is(i, "ccomp") && !reported(i)) {
                return true;
            }
        }
        return false;
    }
}
