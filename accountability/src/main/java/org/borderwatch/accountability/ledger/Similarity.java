package org.borderwatch.accountability.ledger;

import java.util.LinkedHashSet;
import java.util.Set;
import org.borderwatch.accountability.text.Words;

/**
 * How alike two propositions are: 1 for the same normalised words, else the Dice coefficient of their
 * content words (stop words dropped, a light suffix stemmer so "havens" meets "haven" and "provides"
 * meets "provide").
 */
public final class Similarity {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "that",
            "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "it", "its", "by", "with", "as",
            "at", "from", "has", "have", "had", "will", "would", "should", "must", "can", "could", "may", "might",
            "including", "which", "who", "whom", "there", "their", "them", "they", "he", "she", "his", "her", "not", "no",
            "any", "all", "also", "such", "into", "than", "then", "so", "very", "more", "most", "other", "some", "said");

    private Similarity() {
    }

    public static double score(String a, String b) {
        String na = Words.normalise(a);
        String nb = Words.normalise(b);
        if (na.equals(nb)) {
            return 1;
        }
        Set<String> wa = contentWords(na);
        Set<String> wb = contentWords(nb);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        long shared = wa.stream().filter(wb::contains).count();
        return Math.min(0.99, 2.0 * shared / (wa.size() + wb.size()));
    }

    /** The stemmed content words of a text, in order. */
    public static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Words.normalise(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && (w.endsWith("ing") || w.endsWith("ed"))) {
            return w.substring(0, w.length() - (w.endsWith("ing") ? 3 : 2));
        }
        if (w.length() > 3 && w.endsWith("es") && !w.endsWith("ses")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
