package org.borderwatch.resolve.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normalisation of actor names and mentions so that "the TTP's" and "TTP" compare equal. */
final class ActorNames {
    private ActorNames() {}

    /** Leading words that do not change which actor is meant ("the TTP", "its military"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "that", "these", "those");

    /** Tokens that join transliterated names and vary freely (Tehrik-i-Taliban, Tehreek-e-Taliban). */
    private static final Set<String> CONNECTORS = Set.of("e", "i", "ul", "u", "o");

    /**
     * Lower case, accents and punctuation removed, possessive "'s" dropped, leading determiners stripped,
     * spelled-out initials joined ("T.T.P." = "ttp"). Never null.
     */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (isApostrophe(c)) {
                // "Kabul's" -> "kabul"; "Taliban'" -> "taliban"; an inner apostrophe (Ma'ruf) just goes.
                if (i + 1 < d.length() && d.charAt(i + 1) == 's'
                        && (i + 2 == d.length() || !Character.isLetterOrDigit(d.charAt(i + 2)))) {
                    i++;
                }
                continue;
            }
            b.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        List<String> tokens = new ArrayList<>(List.of(b.toString().trim().split("\\s+")));
        tokens.removeIf(String::isEmpty);
        while (tokens.size() > 1 && DETERMINERS.contains(tokens.get(0))) {
            tokens.remove(0);
        }
        if (tokens.size() == 1 && DETERMINERS.contains(tokens.get(0))) {
            tokens.clear();
        }
        if (tokens.size() > 1 && tokens.stream().allMatch(t -> t.length() == 1)) {
            return String.join("", tokens);
        }
        return String.join(" ", tokens);
    }

    /**
     * A loose key for transliteration variants: connectors dropped, words joined, aspirates and their plain
     * letters merged (kh/k, gh/g, th/t), w as v and q as k, vowels after the first letter dropped and
     * doubled letters collapsed, so Tehreek-e-Taleban and Tehrik-i-Taliban, Jhangwi and Jhangvi agree. Too
     * loose for short names, hence null below 5 letters.
     */
    static String skeleton(String normalised) {
        StringBuilder joined = new StringBuilder();
        for (String t : normalised.split(" ")) {
            if (!CONNECTORS.contains(t)) {
                joined.append(t);
            }
        }
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = switch (joined.charAt(i)) {
                case 'w' -> 'v';
                case 'q' -> 'k';
                default -> joined.charAt(i);
            };
            if (c == 'h' && i > 0 && "kgtdbp".indexOf(joined.charAt(i - 1)) >= 0) {
                continue;
            }
            if (i > 0 && "aeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (k.length() > 0 && k.charAt(k.length() - 1) == c) {
                continue;
            }
            k.append(c);
        }
        return k.length() < 5 ? null : k.toString();
    }

    /**
     * Walks the words, at each one looking up the longest run (up to maxWords) that the lookup knows, and
     * hands what it found on; a found run is skipped over.
     */
    static <T> void longestMatches(List<String> words, int maxWords, java.util.function.Function<String, T> lookup,
                                   java.util.function.Consumer<T> found) {
        for (int i = 0; i < words.size(); i++) {
            for (int k = Math.min(maxWords, words.size() - i); k >= 1; k--) {
                T hit = lookup.apply(k == 1 ? words.get(i) : String.join(" ", words.subList(i, i + k)));
                if (hit != null) {
                    found.accept(hit);
                    i += k - 1;
                    break;
                }
            }
        }
    }

    /** The words of a normalised name. */
    static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    /**
     * An acronym such as TTP, U.S. or LeT: one word of 2-5 letters, all capitals or several of them. It names
     * an actor only when written so, since "us", "is" and "let" are words.
     */
    static boolean isAcronym(String name) {
        String letters = acronymKey(name);
        if (letters.length() < 2 || letters.length() > 5 || !letters.chars().allMatch(Character::isLetter)) {
            return false;
        }
        long capitals = letters.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        return capitals == letters.length() || capitals >= 2;
    }

    /** The acronym as compared: dots and surrounding blanks and determiners dropped ("the U.S." -> "US"). */
    static String acronymKey(String mention) {
        String s = mention.strip().replace(".", "");
        for (String d : List.of("the ", "The ", "THE ")) {
            if (s.startsWith(d)) {
                s = s.substring(d.length()).strip();
            }
        }
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`';
    }
}
