package org.borderwatch.accountability.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatementFact;

/**
 * The names that denote parties: the speakers and addressees of a document's statements, and registry
 * aliases. Rules use them to find who a clause is about ("the Taliban take significant CT actions").
 */
public final class KnownParties {
    private final Map<String, PartyRef> byName = new LinkedHashMap<>();
    private List<String> longestFirst = List.of();

    /**
     * Adds a name (a mention, or an alias of a registry actor) for a party; the first party a name is
     * given wins. The name is kept with its apostrophes as spaces and without them, so "Kabul’s rulers"
     * is found in "kabul s rulers" and in "kabuls rulers".
     */
    public KnownParties add(String name, PartyRef party) {
        for (String key : List.of(key(name), strip(Words.normalise(name)))) {
            if (key.length() >= 2 && !key.equals("author")) {
                byName.putIfAbsent(key, party);
                longestFirst = null;
            }
        }
        return this;
    }

    public KnownParties addAll(KnownParties other) {
        other.byName.forEach(byName::putIfAbsent);
        longestFirst = null;
        return this;
    }

    /** The speakers and addressees of the statements. */
    public static KnownParties of(List<StatementFact> statements) {
        KnownParties k = new KnownParties();
        for (StatementFact s : statements) {
            k.add(s.speaker().name(), s.speaker());
            s.addressee().ifPresent(a -> k.add(a.name(), a));
        }
        return k;
    }

    private static String key(String name) {
        return strip(Words.fold(name));
    }

    private static String strip(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /**
     * The party that is the subject of a clause: a name (the longest) that starts it and is not the first
     * word of a longer noun phrase ("ttp fighters be moved" is not about the TTP: a plural noun and an
     * auxiliary follow the name), with the rest of the clause.
     */
    public Optional<Match> subjectOf(String text) {
        String bare = key(text);
        for (String name : names()) {
            Optional<String> rest = Words.afterPrefix(bare, name);
            if (rest.isPresent() && !continuesNounPhrase(rest.get())) {
                return Optional.of(new Match(byName.get(name), rest.get()));
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "is", "are", "was", "were", "been",
            "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "must", "can", "could", "may",
            "might", "ought", "need", "to");

    private static boolean continuesNounPhrase(String rest) {
        String[] w = rest.split(" ");
        return w.length >= 2 && w[0].length() > 3 && w[0].endsWith("s") && !w[0].endsWith("ss") && AUXILIARIES.contains(w[1]);
    }

    /** The parties named in the text, in the order they first appear, one per party. */
    public List<PartyRef> in(String text) {
        List<int[]> found = new ArrayList<>();
        List<PartyRef> parties = new ArrayList<>();
        List<String> all = names();
        for (int i = 0; i < all.size(); i++) {
            int at = Words.find(Words.fold(text), all.get(i));
            if (at >= 0 && found.stream().noneMatch(f -> at >= f[0] && at < f[1])) {
                found.add(new int[] {at, at + all.get(i).length(), i});
            }
        }
        found.sort(Comparator.comparingInt(f -> f[0]));
        for (int[] f : found) {
            PartyRef p = byName.get(all.get(f[2]));
            if (parties.stream().noneMatch(x -> x.key().equals(p.key()))) {
                parties.add(p);
            }
        }
        return parties;
    }

    private List<String> names() {
        if (longestFirst == null) {
            longestFirst = byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                    .thenComparing(Comparator.naturalOrder())).toList();
        }
        return longestFirst;
    }

    /** A party found at the start of a text, and the words after its name. */
    public record Match(PartyRef party, String rest) {
    }
}
