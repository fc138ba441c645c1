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
    enum AddresseeSlot { OBJECT, COMPLEMENT, OBLIQUE, ANTECEDENT }

    record Cue(StatementType type, AddresseeSlot slot) {
    }

    private static final Map<String, List<Cue>> CUES = new HashMap<>();
    private static final Set<String> REPORTING = new HashSet<>();
    private static final Map<String, Set<String>> LISTS = Resources.wordLists(Vocabulary.class, "vocabulary.tsv");

    static {
        for (String[] row : Resources.rows(Vocabulary.class, "cues.tsv")) {
            CUES.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new Cue(StatementType.valueOf(row[1]), AddresseeSlot.valueOf(row[2].toUpperCase())));
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

    static boolean reporting(String lemma) {
        return REPORTING.contains(lemma);
    }

    /** Is the lemma in the named list of vocabulary.tsv (accusation, falsity, role...)? */
    static boolean in(String list, String lemma) {
        Set<String> words = LISTS.get(list);
        if (words == null) {
            throw new IllegalArgumentException("no word list '" + list + "' in vocabulary.tsv");
        }
        return words.contains(lemma);
    }
}
