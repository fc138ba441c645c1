package org.borderwatch.extract.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentType;

/**
 * The word lists the incident rules read, loaded once from this package's resources. Words live in
 * files rather than code so that a reviewer can see and extend the vocabulary without reading rules,
 * and so that no rule hides a word chosen for one sentence.
 */
final class IncidentLexicon {
    /** An event word or phrase: its words (lemmas, hyphens split), the type it signals, noun or verb. */
    record EventWord(List<String> words, IncidentType type, boolean noun) {
    }

    enum Outcome { KILLED, INJURED, CAPTURED, TAKEN }

    /** Where the counted people stand relative to a casualty word. */
    enum CasualtyRole { OBJECT, SUBJECT, OF }

    record CasualtyWord(Outcome outcome, CasualtyRole role) {
    }

    enum Modifier { AT_LEAST, MORE_THAN, UP_TO, ABOUT, NEARLY }

    /** A casualty word form read from the surface: its words, outcome, and whether the number comes first. */
    record CasualtyForm(List<String> words, Outcome outcome, boolean numberBefore) {
    }

    enum PersonRole { CIVILIAN, SECURITY, MILITANT, OFFICIAL, PERSON }

    enum Context { REPORTING, REPORTING_PARTICIPLE, ATTEMPT, HANDLE, CLAIM, HEDGE, UNREAL, MODAL, SEPARATE, ROUNDUP, ADDITIVE, TOLL_UPDATE,
        SEQUENCE, GENERIC, REACTION, PEACEFUL }

    private static final String DIR = "/org/borderwatch/extract/incident/";

    private final Map<String, List<EventWord>> nounEventsByLastWord = new HashMap<>();
    private final Map<String, List<EventWord>> verbEventsByFirstWord = new HashMap<>();
    private final Map<String, List<CasualtyWord>> casualtyWords = new HashMap<>();
    private final Map<String, Long> numbers = new HashMap<>();
    private final Map<String, Count> vague = new HashMap<>();
    private final Map<String, Modifier> modifiers = new HashMap<>();
    private final Map<String, PersonRole> persons = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, Set<Context>> context = new HashMap<>();
    private final Map<String, String> placeWords = new HashMap<>();
    private final List<CasualtyForm> casualtyForms = new ArrayList<>();
    private final java.util.Set<String> countries = new java.util.HashSet<>();
    private int longestVague;
    private int longestModifier;

    private IncidentLexicon() {
        for (String[] f : rows("event-words.tsv", 3)) {
            List<String> words = words(f[0]);
            EventWord w = new EventWord(words, IncidentType.valueOf(f[1]), f[2].equals("noun"));
            if (w.noun()) {
                nounEventsByLastWord.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(w);
            } else {
                verbEventsByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(w);
            }
        }
        // Longest phrase first, so the first match found is the most specific one.
        nounEventsByLastWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        verbEventsByFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        for (String[] f : rows("casualty-words.tsv", 3)) {
            casualtyWords.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new CasualtyWord(Outcome.valueOf(f[1]), CasualtyRole.valueOf(f[2].toUpperCase(Locale.ROOT))));
        }
        for (String[] f : rows("numbers.tsv", 2)) {
            numbers.put(f[0], Long.parseLong(f[1]));
        }
        for (String[] f : rows("vague-quantities.tsv", 4)) {
            int high = f[3].equals("open") ? Count.OPEN : Integer.parseInt(f[3]);
            vague.put(f[0], new Count(Integer.parseInt(f[1]), Integer.parseInt(f[2]), high));
            longestVague = Math.max(longestVague, f[0].split(" ").length);
        }
        for (String[] f : rows("count-modifiers.tsv", 2)) {
            modifiers.put(f[0], Modifier.valueOf(f[1]));
            longestModifier = Math.max(longestModifier, f[0].split(" ").length);
        }
        for (String[] f : rows("person-nouns.tsv", 2)) {
            persons.put(f[0], PersonRole.valueOf(f[1]));
        }
        for (String[] f : rows("demonyms.tsv", 2)) {
            demonyms.put(f[0], f[1]);
        }
        for (String[] f : rows("context-words.tsv", 2)) {
            context.computeIfAbsent(f[0], k -> EnumSet.noneOf(Context.class)).add(Context.valueOf(f[1]));
        }
        for (String[] f : rows("casualty-forms.tsv", 3)) {
            casualtyForms.add(new CasualtyForm(List.of(f[0].split(" ")), Outcome.valueOf(f[1]), f[2].equals("BEFORE")));
        }
        for (String[] f : rows("countries.txt", 1)) {
            countries.add(String.join(" ", words(f[0])));
        }
        for (String[] f : rows("place-words.tsv", 2)) {
            placeWords.put(f[0], f[1]);
        }
    }

    static IncidentLexicon get() {
        return Holder.INSTANCE;
    }

    /** Lower case, hyphens as spaces: how phrases are compared with text. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).replace('-', ' ').strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    List<EventWord> nounEventsEndingWith(String word) {
        return nounEventsByLastWord.getOrDefault(word, List.of());
    }

    List<EventWord> verbEventsStartingWith(String lemma) {
        return verbEventsByFirstWord.getOrDefault(lemma, List.of());
    }

    List<CasualtyWord> casualty(String lemma) {
        return casualtyWords.getOrDefault(lemma, List.of());
    }

    List<CasualtyForm> casualtyForms() {
        return casualtyForms;
    }

    Optional<Long> number(String word) {
        return Optional.ofNullable(numbers.get(word));
    }

    Optional<Count> vague(String phrase) {
        return Optional.ofNullable(vague.get(phrase));
    }

    int longestVague() {
        return longestVague;
    }

    Optional<Modifier> modifier(String phrase) {
        return Optional.ofNullable(modifiers.get(phrase));
    }

    int longestModifier() {
        return longestModifier;
    }

    Optional<PersonRole> person(String lemma) {
        return Optional.ofNullable(persons.get(lemma));
    }

    /** The role of a victim category as written ("soldiers", "policemen", "militants"). */
    PersonRole roleOfCategory(String category) {
        String word = category.toLowerCase(Locale.ROOT);
        for (String lemma : List.of(word, word.replaceFirst("ies$", "y"), word.replaceFirst("men$", "man"),
                word.replaceFirst("es$", ""), word.replaceFirst("s$", ""))) {
            if (persons.containsKey(lemma)) {
                return persons.get(lemma);
            }
        }
        return PersonRole.PERSON;
    }

    Optional<String> demonym(String word) {
        return Optional.ofNullable(demonyms.get(word.toLowerCase(Locale.ROOT)));
    }

    boolean is(String lemma, Context role) {
        return context.getOrDefault(lemma, Collections.emptySet()).contains(role);
    }

    /** Whether a place name is a country or larger region: too coarse to tell events apart. */
    boolean isCountry(String name) {
        return countries.contains(String.join(" ", words(name)));
    }

    Optional<String> placeLevel(String word) {
        return Optional.ofNullable(placeWords.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Rows of a tab-separated resource with at least {@code fields} fields; '#' starts a comment line. */
    private static List<String[]> rows(String name, int fields) {
        InputStream in = IncidentLexicon.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("incident lexicon " + name + " is missing from the classpath");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < fields) {
                    throw new IllegalStateException(name + " line " + n + ": expected " + fields
                            + " tab-separated fields: " + line);
                }
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                f[0] = f[0].toLowerCase(Locale.ROOT);
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read incident lexicon " + name, e);
        }
        return out;
    }

    private static final class Holder {
        static final IncidentLexicon INSTANCE = new IncidentLexicon();
    }
}
