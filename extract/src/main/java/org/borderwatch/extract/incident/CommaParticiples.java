package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Sentence;

/**
 * "A suicide bomber blew himself up near a mosque where people had gathered, killing at least 52": the
 * parser may coordinate the comma's participle with the relative clause before it, so that the people
 * gathered and killed. A casualty participle after a comma, coordinated with a relative clause, is the
 * main clause's: it becomes an adverbial of the verb the relative clause's noun hangs from, and the
 * participles coordinated after it ("and wounding dozens") go with it. So does a casualty participle
 * coordinated with the object before it ("seizing weapons and arresting three suspects"), and one the
 * parser took for an adjective of the people after it (", arresting political opponents") governs them.
 */
final class CommaParticiples {
    private CommaParticiples() {
    }

    static Sentence repair(Sentence sentence) {
        for (Dependency d : sentence.dependencies()) {
            int v = d.dependent();
            if (d.relation().equals("amod") && v > 0 && d.governor() > v && isClauseStart(sentence, v - 1)
                    && sentence.tokens().get(v).pos().equals("VBG") && isCasualty(sentence, v)) {
                int verb = clauseVerb(sentence, d.governor());
                if (verb >= 0) {
                    return governing(sentence, v, d.governor(), verb);
                }
            }
            // "..., seizing weapons and arresting three suspects": a participle coordinated with a noun
            if (d.relation().equals("conj") && v > 0 && d.governor() >= 0 && d.governor() < v
                    && isClauseStart(sentence, v - 1) && sentence.tokens().get(v).pos().equals("VBG")
                    && sentence.tokens().get(d.governor()).pos().startsWith("NN") && isCasualty(sentence, v)) {
                int verb = clauseVerb(sentence, d.governor());
                if (verb >= 0) {
                    return moved(sentence, v, d.governor(), verb);
                }
            }
            int relative = d.governor();
            if (!d.relation().equals("conj") || v == 0 || relative < 0 || v < relative
                    || !sentence.tokens().get(v).pos().equals("VBG")
                    || !sentence.tokens().get(v - 1).word().equals(",") || !isCasualty(sentence, v)
                    || !Edges.relation(sentence, relative).startsWith("acl")) {
                continue;
            }
            int verb = clauseVerb(sentence, Edges.head(sentence, relative));
            if (verb >= 0) {
                return moved(sentence, v, relative, verb);
            }
        }
        return sentence;
    }

    private static Sentence moved(Sentence sentence, int participle, int relative, int verb) {
        List<Dependency> edges = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == participle) {
                edges.add(new Dependency(verb, participle, "advcl"));
            } else if (d.governor() == relative && d.dependent() > participle
                    && (d.relation().equals("conj") || d.relation().equals("cc"))) {
                edges.add(new Dependency(participle, d.dependent(), d.relation()));
            } else {
                edges.add(d);
            }
        }
        return new Sentence(sentence.index(), sentence.span(), sentence.tokens(), edges);
    }

    /**
     * "..., suspending parts of the constitution and arresting political opponents": the parser may read
     * the participle as an adjective of the people; it is the main clause's act, and they its object.
     */
    private static Sentence governing(Sentence sentence, int participle, int people, int verb) {
        List<Dependency> edges = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == participle) {
                edges.add(new Dependency(verb, participle, "advcl"));
            } else if (d.dependent() == people) {
                edges.add(new Dependency(participle, people, "obj"));
            } else {
                edges.add(d);
            }
        }
        return new Sentence(sentence.index(), sentence.span(), sentence.tokens(), edges);
    }

    private static boolean isClauseStart(Sentence sentence, int i) {
        String word = sentence.tokens().get(i).word();
        return word.equals(",") || word.equalsIgnoreCase("and");
    }

    /** The nearest verb above the noun, through its noun and prepositional heads. */
    private static int clauseVerb(Sentence sentence, int noun) {
        for (int k = noun, guard = 0; k >= 0 && guard < sentence.tokens().size(); k = Edges.head(sentence, k), guard++) {
            if (sentence.tokens().get(k).pos().startsWith("VB")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isCasualty(Sentence sentence, int i) {
        return !IncidentLexicon.get().casualty(sentence.tokens().get(i).lemma().toLowerCase(Locale.ROOT)).isEmpty();
    }
}
