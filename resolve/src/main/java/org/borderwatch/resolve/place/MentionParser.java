package org.borderwatch.resolve.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a place mention as a text writes it into the name to look up, the level the text gives it
 * ("Shangla district", "Ghazni province", "North Waziristan agency", "the city of Quetta") and
 * qualifiers that are themselves context ("Besham, Shangla", "Mir Ali (North Waziristan)").
 */
final class MentionParser {
    private MentionParser() {}

    /**
     * @param whole      the mention without parenthesised or comma qualifiers, as written, for an exact
     *                   try before it is split further ("Islamic Republic of Pakistan")
     * @param head       the name part, as written ("Shangla district"; "Anjani" of "Anjani area of Orakzai")
     * @param core       the folded name without level words ("shangla")
     * @param level      the level the words ask for, or null
     * @param qualifiers names after a comma or in parentheses
     */
    record Parsed(String whole, String head, String core, Precision level, List<String> qualifiers) {}

    /** Level words; a null level means the word is dropped without restricting the level. */
    private static final Map<String, Precision> LEVEL_WORDS = Map.ofEntries(
            Map.entry("district", Precision.DISTRICT), Map.entry("districts", Precision.DISTRICT),
            Map.entry("agency", Precision.DISTRICT), Map.entry("agencies", Precision.DISTRICT),
            Map.entry("province", Precision.PROVINCE), Map.entry("provinces", Precision.PROVINCE),
            Map.entry("state", Precision.PROVINCE),
            Map.entry("city", Precision.TOWN), Map.entry("town", Precision.TOWN), Map.entry("village", Precision.TOWN));
    private static final List<String> DROPPED_WORDS = List.of(
            "tribal", "tehsil", "subdivision", "sub division", "area", "valley", "bazaar", "region", "division");

    static Parsed parse(String mention) {
        String s = mention.strip();
        List<String> qualifiers = new ArrayList<>();
        // Parenthesised qualifiers: "Mir Ali (North Waziristan)".
        StringBuilder head = new StringBuilder();
        int depth = 0;
        StringBuilder q = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                if (depth == 0) {
                    for (String part : q.toString().split(",")) {
                        if (!part.isBlank()) {
                            qualifiers.add(part.strip());
                        }
                    }
                    q.setLength(0);
                }
            } else if (depth > 0) {
                q.append(c);
            } else {
                head.append(c);
            }
        }
        String h = head.toString();
        int comma = h.indexOf(',');
        if (comma >= 0) {
            for (String part : h.substring(comma + 1).split(",")) {
                if (!part.isBlank()) {
                    qualifiers.add(part.strip());
                }
            }
            h = h.substring(0, comma);
        }
        h = h.strip().replaceAll("['’]s$", "");
        String whole = h;
        h = splitContainer(h, qualifiers);
        List<String> words = new ArrayList<>(Arrays.asList(Names.key(h).split(" ")));
        Precision level = null;
        // "the district of X", "city of X"
        if (words.size() > 2 && words.get(1).equals("of") && LEVEL_WORDS.containsKey(words.get(0))) {
            level = LEVEL_WORDS.get(words.get(0));
            words = new ArrayList<>(words.subList(2, words.size()));
        }
        // "X tribal district", "X agency", "X valley"
        while (words.size() > 1) {
            String last = words.get(words.size() - 1);
            if (LEVEL_WORDS.containsKey(last)) {
                if (level == null) {
                    level = LEVEL_WORDS.get(last);
                }
            } else if (!DROPPED_WORDS.contains(last)) {
                break;
            }
            words.remove(words.size() - 1);
        }
        return new Parsed(whole, h, String.join(" ", words), level, qualifiers);
    }

    /**
     * "Anjani area of Orakzai agency", "Mora Kandao in Swat District", "Barawal near Dir": the part after
     * the preposition is where the place lies, so it becomes the first qualifier (context, and the answer
     * at a coarser level if the place itself is unknown). Not "district of X", a level phrase.
     */
    private static String splitContainer(String h, List<String> qualifiers) {
        String s = h.replaceFirst("(?i)^(near|outskirts of|the outskirts of|on the outskirts of)\\s+", "");
        for (String sep : List.of(" near ", " in ", " of ")) {
            int i = s.toLowerCase(java.util.Locale.ROOT).indexOf(sep);
            if (i <= 0) {
                continue;
            }
            String before = s.substring(0, i).strip();
            String after = s.substring(i + sep.length()).strip();
            String firstWord = Names.key(before).replaceFirst("^the ", "");
            if (after.isEmpty() || sep.equals(" of ") && LEVEL_WORDS.containsKey(firstWord)) {
                continue;
            }
            qualifiers.add(0, after);
            return before;
        }
        // "Lower Orakzai", "Upper Kurram": a part of the place named after it, which is where it lies
        // (and the answer at its level when the gazetteer lacks the part; "Upper Dir" it knows)
        Matcher part = PART.matcher(s);
        if (part.matches()) {
            qualifiers.add(0, part.group(1));
        }
        return s;
    }

    private static final Pattern PART = Pattern.compile(
            "(?i)(?:upper|lower|central)\\s+(\\S.*)");
}
