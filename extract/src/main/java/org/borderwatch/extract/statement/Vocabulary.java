package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.extract.text.Resources;

/** The statement rules' lexicons, loaded once from the resources beside this class. */
final class Vocabulary {
    /** Where a cue's addressee is found; see cues.tsv. */
    enum AddresseeSlot { OBJECT, RECIPIENT, COMPLEMENT, OBLIQUE, ANTECEDENT }

    /** A speech-act cue; an oblique slot names the prepositions that introduce its addressee. */
    record Cue(StatementType type, AddresseeSlot slot, Set<String> prepositions) {
        Cue {
            prepositions = Set.copyOf(prepositions);
            if ((slot == AddresseeSlot.OBLIQUE) == prepositions.isEmpty()) {
                throw new IllegalArgumentException("an oblique slot, and only it, names its prepositions: "
                        + slot + " " + prepositions);
            }
        }

        /** "oblique:on,upon" or "object". */
        static Cue parse(String type, String slot) {
            String[] parts = slot.split(":", 2);
            Set<String> prepositions = parts.length == 2 ? Set.of(parts[1].split(",")) : Set.of();
            return new Cue(StatementType.valueOf(type), AddresseeSlot.valueOf(parts[0].toUpperCase()), prepositions);
        }
    }

    private static final Map<String, List<Cue>> CUES = new HashMap<>();
    private static final Set<String> REPORTING = new HashSet<>();
    private static final Map<String, Set<String>> LISTS = Resources.wordLists(Vocabulary.class, "vocabulary.tsv");

    static {
        for (String[] row : Resources.rows(Vocabulary.class, "cues.tsv")) {
            CUES.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(Cue.parse(row[1], row[2]));
        }
        for (String[] row : Resources.rows(Vocabulary.class, "reporting-verbs.txt")) {
            REPORTING.add(row[0]);
        }
    }

    private Vocabulary() {
    }

    static List<Cue> cues(String lemma) {
        return CUES.getOrDefault(lemma, List.of());
    }

    static Set<String> cueLemmas() {
        return Set.copyOf(CUES.keySet());
    }

    static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word list '" + name + "' in vocabulary.tsv");
        }
        return words;
    }

    static boolean reporting(String lemma) {
        return REPORTING.contains(lemma);
    }

    /** Is the lemma in the named list of vocabulary.tsv (accusation, falsity, role...)? */
    static boolean in(String list, String lemma) {
        return list(list).contains(lemma);
    }
}
