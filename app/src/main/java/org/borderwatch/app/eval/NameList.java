package org.borderwatch.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gold-set labels with the names text uses for them ({@code label<TAB>name|name}), read from this
 * package's resources: the Afghan provinces for ISAF, armed groups for ISAF and UCDP.
 */
final class NameList {
    /** Words that say what kind of place a name is, dropped before a name is compared. */
    private static final Set<String> PLACE_WORDS = Set.of("province", "provinces", "city", "district", "capital",
            "the", "of", "valley", "town", "area", "region");

    private final Map<String, List<String>> names = new LinkedHashMap<>();
    private final Map<String, String> labelByName = new LinkedHashMap<>();
    private final List<Map.Entry<Pattern, String>> patterns = new ArrayList<>();

    private NameList(String resource) {
        InputStream in = NameList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("eval name list " + resource + " is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(resource + ": expected label<TAB>names: " + line);
                }
                String label = f[0].strip();
                for (String name : f[1].split("\\|")) {
                    String n = name.strip();
                    names.computeIfAbsent(label, k -> new ArrayList<>()).add(n);
                    labelByName.putIfAbsent(normalise(n), label);
                    patterns.add(Map.entry(pattern(n), label));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static NameList provinces() {
        return Holder.PROVINCES;
    }

    static NameList armedGroups() {
        return Holder.GROUPS;
    }

    Set<String> labels() {
        return names.keySet();
    }

    /** The label a place name denotes exactly once place words are dropped: "Ghazni province" is ghazni. */
    Set<String> exact(String placeName) {
        String key = normalise(placeName);
        String label = labelByName.get(key);
        if (label == null) {
            List<String> words = new ArrayList<>(List.of(key.split(" ")));
            words.removeIf(PLACE_WORDS::contains);
            label = labelByName.get(String.join(" ", words));
        }
        return label == null ? Set.of() : Set.of(label);
    }

    /** Every label one of whose names occurs in the text as whole words. */
    Set<String> mentionedIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<Pattern, String> e : patterns) {
            Matcher m = e.getKey().matcher(text);
            while (m.find()) {
                if (!isShort(m.group()) || hasCapital(m.group())) {
                    out.add(e.getValue());
                    break;
                }
            }
        }
        return out;
    }

    /** Labels whose names include this name: "Taleban" is both the Afghan and the Pakistani Taliban. */
    Set<String> labelsNamed(String name) {
        String key = normalise(name);
        Set<String> out = new LinkedHashSet<>();
        names.forEach((label, list) -> list.forEach(n -> {
            if (normalise(n).equals(key)) {
                out.add(label);
            }
        }));
        return out;
    }

    List<String> namesOf(String label) {
        return names.getOrDefault(label, List.of());
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\-‐–_/]", " ").replaceAll("[^\\p{L}\\p{N}' ]", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static Pattern pattern(String name) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = normalise(name).split(" ");
        for (int i = 0; i < words.length; i++) {
            sb.append(i == 0 ? "" : "[\\s\\-‐–]+").append(Pattern.quote(words[i]));
        }
        sb.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Acronyms ("IS", "LeT", "BLA") must be written with capitals, or "is" and "let" would match. */
    private static boolean isShort(String match) {
        return match.length() <= 4 && !match.contains(" ");
    }

    private static boolean hasCapital(String match) {
        return !match.equals(match.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final NameList PROVINCES = new NameList("afghan-provinces.tsv");
        static final NameList GROUPS = new NameList("armed-groups.tsv");
    }
}
