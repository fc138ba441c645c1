package org.borderwatch.extract.incident;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads a cardinal written in digits ("12", "1,200") or words ("five", "twenty-five", "two hundred
 * and fifty", "a dozen"), the way news reports casualties. Anything else reads as no number.
 */
final class NumberWords {
    /** Larger figures are not casualty counts but years, amounts or identifiers. */
    static final long MAX = 1_000_000;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");

    private NumberWords() {
    }

    /** The value of the words, which may be one token or several ("two hundred and fifty"). */
    static OptionalLong parse(List<String> words) {
        IncidentLexicon lexicon = IncidentLexicon.get();
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String raw : words) {
            for (String w : raw.toLowerCase(Locale.ROOT).split("-")) {
                if (w.isEmpty() || w.equals("and")) {
                    continue;
                }
                if (DIGITS.matcher(w).matches()) {
                    if (w.length() > 9) {
                        return OptionalLong.empty();
                    }
                    current += Long.parseLong(w.replace(",", ""));
                    any = true;
                    continue;
                }
                var value = lexicon.number(w);
                if (value.isEmpty()) {
                    return OptionalLong.empty();
                }
                long v = value.get();
                if (v == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else if (v >= 1000) {
                    total += (current == 0 ? 1 : current) * v;
                    current = 0;
                } else if (v == 12 && w.equals("dozen") && current > 0) {
                    current *= 12; // "three dozen"
                } else {
                    current += v;
                }
                any = true;
            }
        }
        long n = total + current;
        return any && n <= MAX ? OptionalLong.of(n) : OptionalLong.empty();
    }

    static OptionalLong parse(String text) {
        return parse(List.of(text.strip().split("\\s+")));
    }

    /** Whether one word can be part of a written number. */
    static boolean isNumberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DIGITS.matcher(w).matches()) {
            return true;
        }
        for (String part : w.split("-")) {
            if (part.isEmpty() || IncidentLexicon.get().number(part).isEmpty()) {
                return false;
            }
        }
        return !w.isEmpty();
    }
}
