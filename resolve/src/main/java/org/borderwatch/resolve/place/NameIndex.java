package org.borderwatch.resolve.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of all places, searchable by folded key, by transliteration key and, for fuzzy matching,
 * by transliteration keys bucketed on first letter and length, so that an edit-distance search compares
 * a mention with a few hundred keys rather than all of them.
 */
final class NameIndex {
    /** A name of a place that a mention met, and how. */
    record Hit(int place, String name, MatchKind kind) {}

    final List<Place> places;
    private final List<String> entryName = new ArrayList<>();
    private final List<Integer> entryPlace = new ArrayList<>();
    private final List<Boolean> entryAlternate = new ArrayList<>();
    private final Map<String, int[]> exact;
    private final Map<String, int[]> phonetic;
    private final Map<String, int[]> abbreviations;
    private final Map<Integer, String[]> fuzzyBuckets;

    NameIndex(List<Place> places) {
        this.places = List.copyOf(places);
        Map<String, List<Integer>> ex = new HashMap<>();
        Map<String, List<Integer>> ph = new HashMap<>();
        Map<String, List<Integer>> ab = new HashMap<>();
        for (int p = 0; p < this.places.size(); p++) {
            Place place = this.places.get(p);
            Map<String, Boolean> names = new LinkedHashMap<>(); // name → is alternate
            names.put(place.name, false);
            boolean admin = place.precision == Precision.DISTRICT || place.precision == Precision.PROVINCE;
            if (admin) {
                // "Shangla District" is also "Shangla"; texts add their own level word or none.
                names.putIfAbsent(Names.stripAdminWords(Names.key(place.name)), false);
            }
            for (String a : place.alternates) {
                names.putIfAbsent(a, true);
                if (admin && !Names.isAbbreviation(a)) {
                    names.putIfAbsent(Names.stripAdminWords(Names.key(a)), true);
                }
            }
            Set<String> seenKeys = new HashSet<>();
            for (Map.Entry<String, Boolean> n : names.entrySet()) {
                String name = n.getKey();
                if (Names.isAbbreviation(name)) {
                    add(ab, Names.abbreviationKey(name), addEntry(name, p, n.getValue()));
                    continue;
                }
                String key = Names.key(name);
                if (key.length() < 2 || key.chars().allMatch(Character::isDigit) || !seenKeys.add(key)) {
                    continue;
                }
                int e = addEntry(name, p, n.getValue());
                add(ex, key, e);
                String pk = Names.phonetic(key);
                if (pk.length() >= 3) {
                    add(ph, pk, e);
                }
            }
        }
        exact = freeze(ex);
        phonetic = freeze(ph);
        abbreviations = freeze(ab);
        Map<Integer, List<String>> buckets = new HashMap<>();
        for (String k : phonetic.keySet()) {
            if (k.length() >= 4) {
                buckets.computeIfAbsent(bucket(k.charAt(0), k.length()), x -> new ArrayList<>()).add(k);
            }
        }
        fuzzyBuckets = new HashMap<>();
        buckets.forEach((b, keys) -> fuzzyBuckets.put(b, keys.toArray(String[]::new)));
    }

    private int addEntry(String name, int place, boolean alternate) {
        entryName.add(name);
        entryPlace.add(place);
        entryAlternate.add(alternate);
        return entryName.size() - 1;
    }

    private static void add(Map<String, List<Integer>> m, String key, int entry) {
        m.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
    }

    private static Map<String, int[]> freeze(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static int bucket(char first, int length) {
        return first << 8 | Math.min(length, 255);
    }

    int nameCount() {
        return entryName.size();
    }

    /** Names whose folded key equals the key, and abbreviations when the mention is written as one. */
    void exact(String mentionHead, String key, List<Hit> out) {
        if (Names.isAbbreviation(mentionHead.strip())) {
            for (int e : abbreviations.getOrDefault(Names.abbreviationKey(mentionHead.strip()), new int[0])) {
                out.add(hit(e, MatchKind.ALTERNATE));
            }
        }
        for (int e : exact.getOrDefault(key, new int[0])) {
            out.add(hit(e, entryAlternate.get(e) ? MatchKind.ALTERNATE : MatchKind.EXACT));
        }
    }

    void phonetic(String key, List<Hit> out) {
        String pk = Names.phonetic(key);
        for (int e : phonetic.getOrDefault(pk, new int[0])) {
            out.add(hit(e, MatchKind.PHONETIC));
        }
    }

    /** Names whose transliteration key is within the allowed edits of the mention's, same first letter. */
    void fuzzy(String key, List<Hit> out) {
        String pk = Names.phonetic(key);
        int max = Names.allowedEdits(pk);
        if (max == 0) {
            return;
        }
        for (int len = pk.length() - max; len <= pk.length() + max; len++) {
            String[] keys = fuzzyBuckets.get(bucket(pk.charAt(0), len));
            if (keys == null) {
                continue;
            }
            for (String k : keys) {
                if (!k.equals(pk) && Names.withinEdits(pk, k, Math.min(max, Names.allowedEdits(k)))) {
                    for (int e : phonetic.get(k)) {
                        out.add(hit(e, MatchKind.FUZZY));
                    }
                }
            }
        }
    }

    private Hit hit(int entry, MatchKind kind) {
        return new Hit(entryPlace.get(entry), entryName.get(entry), kind);
    }
}
