package org.borderwatch.accountability.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text operations the suggestion rules share. */
public final class Words {
    private static final String QUOTES = "\"“”‘’'";

    private Words() {
    }

    /** Lower case, one space between words, no quote marks: how propositions are stored. */
    public static String normalise(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (QUOTES.indexOf(c) < 0) {
                s.append(c);
            }
        }
        return s.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * Lower case with quote marks and apostrophes as spaces, for finding names: "Pakistan’s concerns"
     * still names Pakistan.
     */
    public static String fold(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            s.append(QUOTES.indexOf(c) >= 0 ? ' ' : c);
        }
        return s.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * The words of {@code lower} as {@code original} writes them (case kept, quote marks dropped), when
     * {@code original} contains them; else {@code lower} itself. Propositions are lower case; quotes are not.
     */
    public static String recase(String lower, String original) {
        if (original == null || lower.isBlank()) {
            return lower;
        }
        StringBuilder kept = new StringBuilder();
        for (char c : original.toCharArray()) {
            if (QUOTES.indexOf(c) < 0) {
                kept.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        String plain = kept.toString().replaceAll(" +", " ");
        String folded = plain.toLowerCase(Locale.ROOT);
        int at = folded.indexOf(lower);
        if (at < 0 || folded.length() != plain.length()) {
            return lower;
        }
        return plain.substring(at, at + lower.length());
    }

    /** Whether {@code phrase} occurs in {@code text} as whole words, ignoring case. */
    public static boolean containsPhrase(String text, String phrase) {
        return find(text, phrase) >= 0;
    }

    /** Where {@code phrase} starts in {@code text} as whole words ignoring case, or -1. */
    public static int find(String text, String phrase) {
        if (phrase.isBlank()) {
            return -1;
        }
        var m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The text without a leading phrase (and the spaces after it) when it starts with one, else empty. */
    public static java.util.Optional<String> afterPrefix(String text, String prefix) {
        String t = text.strip();
        String p = prefix.strip();
        if (p.isEmpty() || t.length() < p.length() || !t.regionMatches(true, 0, p, 0, p.length())) {
            return java.util.Optional.empty();
        }
        if (t.length() > p.length() && Character.isLetterOrDigit(t.charAt(p.length()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(t.substring(p.length()).strip());
    }
}
