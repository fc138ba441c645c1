package org.borderwatch.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a UCDP event's headlines state, read by plain patterns rather than by the extraction being
 * scored, so the scorer can tell an extraction miss from a fact the text never gave. Most headlines
 * in UCDP GED are not about the coded event's toll or place ("Programme summary of Pakistan's AVT
 * Khyber News 1600 gmt 2 Apr 13", "Major incidents of Terrorism-related violence in Pakistan - 2013",
 * "Bomb kills five police in northwest Pakistan" for an event in Peshawar); the fields scored only
 * where the headlines state the gold value measure extraction itself.
 */
final class HeadlineFacts {
    private static final Pattern DEATH_WORD = Pattern.compile("\\b(kill\\w*|dead|deaths?|die[sd]?|dying|toll"
            + "|lives|bodies|slain|massacre\\w*|behead\\w*|lynch\\w*|execut\\w*|martyr\\w*|shot)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,5}|[a-z]+)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("dozen", 12));
    /** A capitalised word, possibly hyphenated ("Dera-Ismail"), without a possessive 's. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\-]*");
    private static final int LONGEST_NAME = 3;

    private HeadlineFacts() {
    }

    /**
     * Whether a headline that speaks of deaths states a number within low..high: "Bomb kills seven" for
     * 7, "Policeman killed in Pakistan" (no number at all) for 1.
     */
    static boolean statesToll(List<String> headlines, int low, int high) {
        for (String h : headlines) {
            if (!DEATH_WORD.matcher(h).find()) {
                continue;
            }
            Set<Integer> numbers = numbers(h);
            if (numbers.isEmpty()) {
                numbers = Set.of(1);
            }
            for (int n : numbers) {
                if (low <= n && n <= high) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<Integer> numbers(String headline) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(headline.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group(1);
            if (Character.isDigit(w.charAt(0))) {
                out.add(Integer.parseInt(w));
            } else if (NUMBER_WORDS.containsKey(w)) {
                out.add(NUMBER_WORDS.get(w));
            }
        }
        return out;
    }

    /** Every run of one to three capitalised words: the names a headline could be naming a place by. */
    static List<String> names(String headline) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String token : headline.split("[\\s,;:.!?\"()\\[\\]]+")) {
            String word = token.replaceAll("['’]s$", "");
            if (NAME_WORD.matcher(word).matches()) {
                run.add(word);
            } else {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (!word.equals(token)) { // "Pakistan's North Waziristan": a possessive ends a name
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        runs.add(run);
        List<String> out = new ArrayList<>();
        for (List<String> r : runs) {
            for (int i = 0; i < r.size(); i++) {
                for (int j = i + 1; j <= Math.min(r.size(), i + LONGEST_NAME); j++) {
                    out.add(String.join(" ", r.subList(i, j)));
                }
            }
        }
        return out;
    }

    /** Whether some name in the headlines is, by the matcher, the gold location. */
    static boolean namesPlace(UcdpItem gold, PlaceMatcher matcher) {
        for (String h : gold.headlines()) {
            for (String name : names(h)) {
                if (matcher.matches(name, gold)) {
                    return true;
                }
            }
        }
        return false;
    }
}
