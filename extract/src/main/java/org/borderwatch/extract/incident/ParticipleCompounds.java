package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.Token;

/**
 * "Policeman guarding polio workers shot dead in Karachi": in a headline the parser may read a person
 * and the participle that follows as modifiers of one long compound ("Policeman guarding polio
 * workers"), so the workers are shot. When a person noun is followed by a participle that both
 * modify the same later noun, the person heads the phrase and the participle governs the rest:
 * the policeman is shot, guarding the workers; so is a weapon aimed at a person ("Bomb targeting senior
 * judge kills 6"). Any other thing before the participle is its object ("law enforcing agencies", "bomb
 * making material") and is left alone. And "Indian shelling kills one", which the parser may head with
 * the demonym, is the shelling's.
 */
final class ParticipleCompounds {
    private ParticipleCompounds() {
    }

    static Sentence repair(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (Dependency participle : sentence.dependencies()) {
            int p = participle.dependent();
            int head = participle.governor();
            if (!participle.relation().equals("amod") || !tokens.get(p).pos().equals("VBG") || p == 0) {
                continue;
            }
            if (head == p - 1 && isDemonym(tokens.get(head)) && isEventNoun(tokens.get(p))) {
                return swapped(sentence, head, p);
            }
            if (head <= p || !tokens.get(head).pos().startsWith("NN")) {
                continue;
            }
            Dependency person = Edges.into(sentence, p - 1).orElse(null);
            Token first = tokens.get(p - 1);
            // "Bomb targeting senior judge kills 6": a weapon aimed at a person is the phrase's head too
            boolean aimed = isInstrument(first) && isPerson(tokens.get(head));
            if (person != null && person.governor() == head && person.relation().equals("compound")
                    && first.pos().startsWith("NN") && (isPerson(first) || aimed)) {
                return reheaded(sentence, p - 1, p, head);
            }
        }
        return sentence;
    }

    /** "Indian shelling kills one": the parser may head the phrase with the demonym; the event heads it. */
    private static Sentence swapped(Sentence sentence, int demonym, int event) {
        Dependency headEdge = Edges.into(sentence, demonym).orElse(new Dependency(-1, demonym, "root"));
        List<Dependency> edges = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == event) {
                edges.add(new Dependency(headEdge.governor(), event, headEdge.relation()));
            } else if (d.dependent() == demonym) {
                edges.add(new Dependency(event, demonym, "amod"));
            } else if (d.governor() == demonym) {
                edges.add(new Dependency(event, d.dependent(), d.relation()));
            } else {
                edges.add(d);
            }
        }
        return new Sentence(sentence.index(), sentence.span(), sentence.tokens(), edges);
    }

    private static Sentence reheaded(Sentence sentence, int person, int participle, int head) {
        Dependency headEdge = Edges.into(sentence, head).orElse(new Dependency(-1, head, "root"));
        List<Dependency> edges = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == person) {
                edges.add(new Dependency(headEdge.governor(), person, headEdge.relation()));
            } else if (d.dependent() == participle) {
                edges.add(new Dependency(person, participle, "acl"));
            } else if (d.dependent() == head) {
                edges.add(new Dependency(participle, head, "obj"));
            } else if (d.governor() == head && d.dependent() < person) {
                edges.add(new Dependency(person, d.dependent(), d.relation())); // "Senior police officer"
            } else {
                edges.add(d);
            }
        }
        return new Sentence(sentence.index(), sentence.span(), sentence.tokens(), edges);
    }

    private static boolean isDemonym(Token token) {
        return IncidentLexicon.get().demonym(token.word().toLowerCase(Locale.ROOT)).isPresent();
    }

    private static boolean isEventNoun(Token token) {
        return !IncidentLexicon.get().nounEventsEndingWith(token.word().toLowerCase(Locale.ROOT)).isEmpty();
    }

    private static boolean isInstrument(Token token) {
        return CasualtyReader.isInstrument(token.lemma().toLowerCase(Locale.ROOT))
                || CasualtyReader.isInstrument(token.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isPerson(Token token) {
        IncidentLexicon lexicon = IncidentLexicon.get();
        return lexicon.person(token.lemma().toLowerCase(Locale.ROOT)).isPresent()
                || lexicon.person(token.word().toLowerCase(Locale.ROOT)).isPresent();
    }
}
