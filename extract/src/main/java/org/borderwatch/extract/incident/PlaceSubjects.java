package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Sentence;

/**
 * "In Nahr-e Saraj district, Helmand province, a combined patrol killed several insurgents": the
 * parser takes the second place of the opening phrase for the subject and hangs the real subject on
 * it as an apposition. When a clause's subject is a place that follows another place the clause
 * opens with, and its apposition is not a place, the apposition becomes the subject and the place
 * an oblique of the verb, as the sentence means.
 */
final class PlaceSubjects {
    private PlaceSubjects() {
    }

    static Sentence repair(Sentence sentence) {
        List<Dependency> edges = sentence.dependencies();
        for (Dependency subject : edges) {
            if (!subject.relation().startsWith("nsubj") || !isPlace(sentence, subject.dependent())
                    || !opensWithPlace(sentence, subject.governor(), subject.dependent())) {
                continue;
            }
            for (Dependency appos : edges) {
                if (appos.governor() == subject.dependent() && appos.relation().equals("appos")
                        && appos.dependent() > subject.dependent() && !isPlace(sentence, appos.dependent())
                        && sentence.tokens().get(appos.dependent()).pos().startsWith("NN")) {
                    return repair(moved(sentence, subject, appos));
                }
            }
        }
        return sentence;
    }

    private static Sentence moved(Sentence sentence, Dependency subject, Dependency appos) {
        List<Dependency> edges = new ArrayList<>(sentence.dependencies());
        edges.remove(subject);
        edges.remove(appos);
        edges.add(new Dependency(subject.governor(), appos.dependent(), subject.relation()));
        edges.add(new Dependency(subject.governor(), subject.dependent(), "obl"));
        return new Sentence(sentence.index(), sentence.span(), sentence.tokens(), edges);
    }

    /** Whether the verb has a place oblique before its subject. */
    private static boolean opensWithPlace(Sentence sentence, int verb, int subject) {
        return sentence.dependencies().stream().anyMatch(d -> d.governor() == verb && d.dependent() < subject
                && d.relation().startsWith("obl") && isPlace(sentence, d.dependent()));
    }

    private static boolean isPlace(Sentence sentence, int i) {
        var token = sentence.tokens().get(i);
        return PlaceReader.LOCATION_TYPES.contains(token.ner())
                || IncidentLexicon.get().placeLevel(token.word()).isPresent();
    }
}
