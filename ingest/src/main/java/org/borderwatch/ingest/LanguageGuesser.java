package org.borderwatch.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately small language guess: non-Latin scripts by their letters, Latin-script languages by
 * counting common function words. It answers "und" rather than guess on thin evidence, because a
 * wrong tag misleads later stages more than a missing one.
 */
final class LanguageGuesser {
    private static final int SAMPLE_CHARS = 4000;
    private static final int MIN_HITS = 3;

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are",
                    "by", "this", "from", "it", "have", "were", "which", "has", "an"),
            "fr", Set.of("le", "les", "des", "et", "est", "une", "dans", "pour", "qui", "pas",
                    "sur", "au", "du", "avec", "sont", "ce", "il", "elle", "aux", "été"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu",
                    "ein", "eine", "auf", "dem", "sich", "des", "auch", "wird", "wurde", "im"),
            "es", Set.of("el", "los", "las", "del", "y", "por", "con", "una", "para", "es", "se",
                    "al", "lo", "como", "más", "pero", "su", "fue", "han", "entre"),
            "it", Set.of("il", "di", "che", "della", "per", "non", "sono", "gli", "una", "con",
                    "nel", "alla", "anche", "delle", "è", "dei", "ha", "stato", "questo", "nella"),
            "pt", Set.of("o", "os", "do", "da", "dos", "das", "em", "não", "uma", "com", "para",
                    "é", "ao", "pelo", "foi", "são", "pela", "mais", "também", "seu"),
            "nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "niet", "op", "te", "zijn",
                    "met", "voor", "aan", "wordt", "ook", "werd", "bij", "naar", "heeft"));

    private LanguageGuesser() {
    }

    static String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String script = dominantNonLatinScript(sample);
        return script != null ? script : byStopwords(sample);
    }

    private static String dominantNonLatinScript(String sample) {
        int letters = 0;
        int arabic = 0;
        int cyrillic = 0;
        int han = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(cp)) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                default -> { }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (arabic * 2 > letters) {
            return "und-Arab";
        }
        if (cyrillic * 2 > letters) {
            return "und-Cyrl";
        }
        // Han characters carry a word each, so a smaller share already means a Chinese-script text.
        return han * 10 > letters * 3 ? "und-Hani" : null;
    }

    private static String byStopwords(String sample) {
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = "und";
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Set<String>> language : STOPWORDS.entrySet()) {
            int hits = 0;
            for (String word : words) {
                if (language.getValue().contains(word)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                secondHits = bestHits;
                bestHits = hits;
                best = language.getKey();
            } else if (hits > secondHits) {
                secondHits = hits;
            }
        }
        // Demand a clear winner: related languages share many short words.
        boolean clear = bestHits >= MIN_HITS && bestHits * 2 > secondHits * 3 && bestHits * 20 >= words.length;
        return clear ? best : "und";
    }
}
