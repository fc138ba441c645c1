package org.borderwatch.extract.incident;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.extract.incident.IncidentLexicon.EventWord;

/**
 * Finds event words in a sentence. Noun phrases are matched backwards from their last word over the
 * words of the text (hyphenated words split, so "cross-border attack" matches "cross border attack");
 * verb phrases forwards from the verb, their particles allowed a few words away ("blew himself up").
 * Where phrases overlap, the longest wins: "suicide attack" rather than "attack".
 */
final class TriggerFinder {
    /** How far a verb's particle or complement may stand from it: "shot two men dead". */
    private static final int PARTICLE_WINDOW = 4;

    private TriggerFinder() {
    }

    static List<Trigger> find(ParsedSentence s) {
        IncidentLexicon lexicon = IncidentLexicon.get();
        List<Piece> pieces = pieces(s);
        List<Trigger> found = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            Piece end = pieces.get(p);
            if (!end.last) {
                continue;
            }
            if (s.isNoun(end.token)) {
                for (EventWord w : lexicon.nounEventsEndingWith(end.text)) {
                    int start = matchBackwards(pieces, p, w.words());
                    if (start >= 0) {
                        found.add(noun(s, pieces.get(start).token, end.token, w));
                        break;
                    }
                }
            }
            if (s.isVerb(end.token) && !peaceful(s, end.token)) {
                for (EventWord w : lexicon.verbEventsStartingWith(s.lemma(end.token))) {
                    int last = matchForwards(s, end.token, w.words());
                    if (last >= 0) {
                        found.add(new Trigger(end.token, end.token, last, w.type(), false));
                        break;
                    }
                }
            }
        }
        return withoutContained(found);
    }

    /**
     * "struck a deal", "an earthquake struck", "engage militants in dialogue": the verb's subject, object
     * or oblique says it was no violence.
     */
    private static boolean peaceful(ParsedSentence s, int verb) {
        return s.children(verb, "obj", "nsubj", "obl").stream()
                .anyMatch(c -> IncidentLexicon.get().is(s.lemma(c), IncidentLexicon.Context.PEACEFUL));
    }

    private static Trigger noun(ParsedSentence s, int first, int last, EventWord w) {
        // The head is the matched token whose own head lies outside the phrase ("exchange" in
        // "exchange of fire", "attack" in "suicide attack").
        int head = last;
        for (int i = first; i <= last; i++) {
            int h = s.tree().head(i);
            if (h < first || h > last) {
                head = i;
                if (s.isNoun(i)) {
                    break;
                }
            }
        }
        return new Trigger(head, first, last, w.type(), true);
    }

    /** The piece index where the phrase starts, if the pieces up to {@code end} spell it; else -1. */
    private static int matchBackwards(List<Piece> pieces, int end, List<String> words) {
        int p = end;
        for (int k = words.size() - 1; k >= 0; k--, p--) {
            if (p < 0) {
                return -1;
            }
            Piece piece = pieces.get(p);
            String w = words.get(k);
            if (!w.equals(piece.text) && !w.equals(piece.word)) {
                return -1;
            }
        }
        return p + 1;
    }

    /** The last token of a verb phrase starting at verb token v, or -1. */
    private static int matchForwards(ParsedSentence s, int v, List<String> words) {
        int last = v;
        for (int k = 1; k < words.size(); k++) {
            int found = -1;
            // a phrase stops at a comma: in "engaged, killing several insurgents" they were not engaged
            for (int t = last + 1; t < s.size() && t <= last + PARTICLE_WINDOW && !s.word(t).equals(","); t++) {
                if (words.get(k).equals(s.lower(t)) || words.get(k).equals(s.lemma(t))) {
                    found = t;
                    break;
                }
            }
            if (found < 0 && k == 1) {
                // "fired between eight and ten rockets": the verb's object (or the oblique the parser made of it), however far
                found = s.children(v, "obj", "obl").stream().filter(o -> words.get(1).equals(s.lemma(o))).findFirst().orElse(-1);
            }
            if (found < 0) {
                return -1;
            }
            last = found;
        }
        return last;
    }

    private static List<Trigger> withoutContained(List<Trigger> found) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : found) {
            boolean contained = false;
            for (Trigger o : found) {
                if (o != t && o.first() <= t.first() && t.last() <= o.last()
                        && (o.last() - o.first() > t.last() - t.first())) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                out.add(t);
            }
        }
        return out;
    }

    /** A word of the text, hyphenated tokens split into their parts. */
    private record Piece(int token, String text, String word, boolean last) {
    }

    private static List<Piece> pieces(ParsedSentence s) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<String> lemmaParts = IncidentLexicon.words(s.lemma(i));
            List<String> wordParts = IncidentLexicon.words(s.word(i));
            if (lemmaParts.isEmpty()) {
                continue;
            }
            if (lemmaParts.size() != wordParts.size()) {
                lemmaParts = wordParts;
            }
            for (int k = 0; k < lemmaParts.size(); k++) {
                out.add(new Piece(i, lemmaParts.get(k), wordParts.get(k), k == lemmaParts.size() - 1));
            }
        }
        return out;
    }
}
