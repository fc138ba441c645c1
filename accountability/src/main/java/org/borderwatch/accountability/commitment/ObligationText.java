package org.borderwatch.accountability.commitment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.text.Words;

/**
 * Reads obligations out of normalised propositions and condition clauses with the phrases of
 * {@code obligation-words.tsv}: what stands between an obligor and what it owes ("should also"), the
 * verbs that pass a requirement on to a third party ("require that …"), and the openers and negations of
 * condition clauses.
 */
public final class ObligationText {
    private static final Map<String, List<String>> WORDS = load();

    private ObligationText() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> words = new HashMap<>();
        try (var in = ObligationText.class.getResourceAsStream("obligation-words.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    words.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled obligation-words.tsv unreadable", e);
        }
        words.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        return Map.copyOf(words);
    }

    static List<String> words(String kind) {
        return WORDS.getOrDefault(kind, List.of());
    }

    /** The text without leading modals, adverbs and a complementiser: "should also do more" → "do more". */
    public static String stripLead(String text) {
        String t = Words.normalise(text);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String kind : List.of("adverb", "modal")) {
                Optional<String> rest = firstPrefix(t, words(kind));
                if (rest.isPresent() && !rest.get().isEmpty()) {
                    t = rest.get();
                    changed = true;
                }
            }
            Optional<String> that = Words.afterPrefix(t, "that");
            if (that.isPresent() && !that.get().isEmpty()) {
                t = that.get();
                changed = true;
            }
        }
        return t.replaceAll("[\\s,;:.]+$", "");
    }

    /**
     * The that-clauses of a requirement ("require that A and that B" → [A, B]), or empty when the text
     * does not pass a requirement on.
     */
    public static Optional<List<String>> requiredClauses(String text) {
        Optional<String> rest = firstPrefix(Words.normalise(text), words("require"));
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> clauses = Words.afterPrefix(rest.get(), "that");
        if (clauses.isEmpty() || clauses.get().isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String c : clauses.get().split(",? and that |; that |, that ")) {
            String clause = c.replaceAll("[\\s,;:.]+$", "").strip();
            if (!clause.isEmpty()) {
                out.add(clause);
            }
        }
        return Optional.of(out);
    }

    /** A condition clause: what it requires, and whether the measure goes ahead when that is done or not done. */
    public record Clause(String requirement, boolean whenDone) {
    }

    /**
     * "only when the Taliban take significant CT actions" → (the Taliban take significant CT actions, when
     * done); "If Kabul did not respond" → (Kabul did not respond, when done); "unless X acts" → (X acts, when
     * not done). The negation inside is left for {@link #withoutNegation}. Case is kept.
     */
    public static Clause condition(String text) {
        String t = text.strip().replaceAll("[\\s,;:.]+$", "");
        for (String s : words("subordinator")) {
            Optional<String> rest = Words.afterPrefix(t, s);
            if (rest.isPresent() && !rest.get().isEmpty()) {
                return new Clause(rest.get(), !s.equals("unless"));
            }
        }
        return new Clause(t, true);
    }

    /** The verb phrase without a leading negation, and whether there was one: "did not respond" → (respond, true). */
    public static Map.Entry<String, Boolean> withoutNegation(String verbPhrase) {
        Optional<String> rest = firstPrefix(verbPhrase.strip(), words("negation"));
        return rest.filter(r -> !r.isEmpty()).map(r -> Map.entry(r, true)).orElse(Map.entry(verbPhrase.strip(), false));
    }

    private static Optional<String> firstPrefix(String text, List<String> phrases) {
        for (String p : phrases) {
            Optional<String> rest = Words.afterPrefix(text, p);
            if (rest.isPresent()) {
                return rest;
            }
        }
        return Optional.empty();
    }
}
