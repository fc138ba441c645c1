package org.borderwatch.resolve.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name a country: its names (ISO 3166, from the gazetteer's country table), capital and
 * metonyms ("Kabul", "the Kremlin"), acronyms ("US", in capitals only) and demonyms ("Pakistani"), which
 * only qualify another word. Immutable and thread-safe.
 */
final class CountryNames {
    private static final String PLACE_COUNTRIES = "/org/borderwatch/resolve/place/countries.tsv";
    private static final String COUNTRY_WORDS = "country-words.tsv";
    private static final Pattern ACRONYM_IN_TEXT = Pattern.compile("\\b(?:[A-Z]\\.){2,5}|\\b[A-Z]{2,5}\\b");

    /** A country word and the rest of the mention: "pakistani military" is PK and "military". */
    record Qualified(String country, String rest) {}

    private static final Lazy<CountryNames> BUNDLED = new Lazy<>(CountryNames::load);

    /** Normalised names and metonyms -> code. */
    private final Map<String, String> names = new HashMap<>();
    /** Normalised demonyms -> code. */
    private final Map<String, String> demonyms = new HashMap<>();
    /** Acronyms without dots, as written ("US") -> code. */
    private final Map<String, String> acronyms = new HashMap<>();
    private int maxWords = 1;

    private CountryNames() {}

    static CountryNames bundled() {
        return BUNDLED.get();
    }

    private static CountryNames load() {
        CountryNames c = new CountryNames();
        for (String[] f : rows(CountryNames.class.getResourceAsStream(PLACE_COUNTRIES), PLACE_COUNTRIES)) {
            if (f[0].equals("alpha2")) {
                continue;
            }
            c.addName(f[3], f[0]);
            if (f.length > 4) {
                for (String alias : f[4].split("\\|")) {
                    c.addName(alias, f[0]);
                }
            }
        }
        for (String[] f : rows(CountryNames.class.getResourceAsStream(COUNTRY_WORDS), COUNTRY_WORDS)) {
            if (f[0].equals("code")) {
                continue;
            }
            for (String d : f[1].split("\\|")) {
                c.put(c.demonyms, ActorNames.normalise(d), f[0]);
            }
            for (String m : f[2].split("\\|")) {
                c.addName(m, f[0]);
            }
        }
        return c;
    }

    private void addName(String name, String code) {
        if (name.isBlank() || name.contains(",")) {
            return; // "Iran, Islamic Republic of" is a sorting form, not a way of writing
        }
        if (ActorNames.isAcronym(name)) {
            acronyms.putIfAbsent(ActorNames.acronymKey(name), code);
        } else {
            put(names, ActorNames.normalise(name), code);
        }
    }

    private void put(Map<String, String> map, String key, String code) {
        if (!key.isEmpty()) {
            map.putIfAbsent(key, code);
            maxWords = Math.max(maxWords, ActorNames.words(key).size());
        }
    }

    /** The country a whole mention names: "Pakistan", "Kabul", "the U.S." (not "us"). */
    Optional<String> named(String normalised, String raw) {
        String code = names.get(normalised);
        if (code == null && raw != null) {
            code = acronyms.get(ActorNames.acronymKey(raw));
        }
        return Optional.ofNullable(code);
    }

    /**
     * A mention read as a country word and the rest: "pakistani military", "pakistan army", "army of
     * pakistan", "taliban in afghanistan", "us forces" (when written "US forces").
     */
    Optional<Qualified> qualified(String normalised, String raw) {
        List<String> w = ActorNames.words(normalised);
        for (int k = Math.min(maxWords, w.size() - 1); k >= 1; k--) {
            String head = String.join(" ", w.subList(0, k));
            String code = countryWord(head, raw);
            if (code != null) {
                return Optional.of(new Qualified(code, String.join(" ", w.subList(k, w.size()))));
            }
        }
        for (String joint : List.of(" of ", " in ")) {
            for (int at = normalised.indexOf(joint); at > 0; at = normalised.indexOf(joint, at + 1)) {
                String code = names.get(normalised.substring(at + joint.length()));
                if (code != null) {
                    return Optional.of(new Qualified(code, normalised.substring(0, at)));
                }
            }
        }
        return Optional.empty();
    }

    private String countryWord(String words, String raw) {
        String code = names.get(words);
        if (code == null) {
            code = demonyms.get(words);
        }
        if (code == null && raw != null && !words.contains(" ")) {
            String upper = words.toUpperCase(java.util.Locale.ROOT);
            String acronym = acronyms.get(upper);
            if (acronym != null && raw.replace(".", "").matches(".*\\b" + upper + "\\b.*")) {
                code = acronym;
            }
        }
        return code;
    }

    /** How often a text names each country by name, capital, acronym or demonym, in order of first mention. */
    Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ActorNames.longestMatches(ActorNames.words(ActorNames.normalise(text)), maxWords,
                key -> names.getOrDefault(key, demonyms.get(key)), code -> counts.merge(code, 1, Integer::sum));
        Matcher m = ACRONYM_IN_TEXT.matcher(text);
        while (m.find()) {
            String code = acronyms.get(m.group().replace(".", ""));
            if (code != null) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts;
    }

    static List<String[]> rows(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("bundled resource " + name + " is missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
