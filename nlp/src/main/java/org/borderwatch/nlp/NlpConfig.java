package org.borderwatch.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How the CoreNLP adapter runs. The only place NLP options are chosen: CoreNLP's own property names
 * never leave this module.
 *
 * @param depparse          whether to build dependency parses (cheap next to NER, and extraction reads them)
 * @param fineGrainedNer    CITY, COUNTRY, NATIONALITY, TITLE... instead of LOCATION, MISC; about 3x slower
 *                          and 470 MB more heap, and our lexicon already supplies the types that matter
 * @param maxSentenceTokens sentences longer than this are tagged but not parsed: past this length they
 *                          are mostly run-ons or lists, slow to parse and parsed badly
 * @param entityPatterns    names that override CoreNLP's entity labels (the actor registry's aliases)
 * @param threads           threads CoreNLP uses for the sentences of one document; keep 1 when callers
 *                          already annotate several documents at once
 */
public record NlpConfig(boolean depparse, boolean fineGrainedNer, int maxSentenceTokens,
                        List<EntityPattern> entityPatterns, int threads) {
    public static final String DEPPARSE = "depparse";
    public static final String FINE_GRAINED_NER = "fineGrainedNer";
    public static final String MAX_SENTENCE_TOKENS = "maxSentenceTokens";
    public static final String ENTITY_PATTERNS = "entityPatterns";
    public static final String THREADS = "threads";
    private static final Set<String> KEYS =
            new TreeSet<>(List.of(DEPPARSE, FINE_GRAINED_NER, MAX_SENTENCE_TOKENS, ENTITY_PATTERNS, THREADS));

    static final int MAX_TOKENS_LIMIT = 10_000;
    static final int MAX_THREADS = 64;

    public NlpConfig {
        entityPatterns = List.copyOf(Objects.requireNonNull(entityPatterns, "entityPatterns"));
        if (maxSentenceTokens < 1 || maxSentenceTokens > MAX_TOKENS_LIMIT) {
            throw new IllegalArgumentException(MAX_SENTENCE_TOKENS + " must be from 1 to " + MAX_TOKENS_LIMIT
                    + ", was " + maxSentenceTokens);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException(THREADS + " must be from 1 to " + MAX_THREADS + ", was " + threads);
        }
    }

    /** Coarse NER with SUTime, dependency parses up to 120 tokens, the bundled lexicon, one thread. */
    public static NlpConfig defaults() {
        return new NlpConfig(true, false, 120, EntityPattern.bundled(), 1);
    }

    public NlpConfig withEntityPatterns(List<EntityPattern> patterns) {
        return new NlpConfig(depparse, fineGrainedNer, maxSentenceTokens, patterns, threads);
    }

    /**
     * Reads settings by name, starting from {@link #defaults()}. Unknown names are rejected rather than
     * ignored, since a misspelt setting would otherwise silently leave the default in force.
     *
     * <p>{@value #ENTITY_PATTERNS} is {@code bundled}, {@code none}, or the path of a lexicon file in
     * the bundled format ({@code phrase<TAB>TYPE} lines).
     */
    public static NlpConfig fromMap(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown NLP setting '" + key + "'; known settings: "
                        + String.join(", ", KEYS));
            }
        }
        NlpConfig d = defaults();
        return new NlpConfig(
                read(settings, DEPPARSE, d.depparse(), NlpConfig::bool),
                read(settings, FINE_GRAINED_NER, d.fineGrainedNer(), NlpConfig::bool),
                read(settings, MAX_SENTENCE_TOKENS, d.maxSentenceTokens(),
                        v -> number(v, 1, MAX_TOKENS_LIMIT)),
                read(settings, ENTITY_PATTERNS, d.entityPatterns(), NlpConfig::patterns),
                read(settings, THREADS, d.threads(), v -> number(v, 1, MAX_THREADS)));
    }

    private static <T> T read(Map<String, String> settings, String key, T fallback, Function<String, T> parse) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NLP setting " + key + ": " + e.getMessage(), e);
        }
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false, was '" + value + "'");
        };
    }

    private static int number(String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number from " + min + " to " + max
                    + ", was '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ", was " + n);
        }
        return n;
    }

    private static List<EntityPattern> patterns(String value) {
        if (value.equals("bundled")) {
            return EntityPattern.bundled();
        }
        if (value.equals("none")) {
            return List.of();
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("expected 'bundled', 'none' or a lexicon file, but no file '"
                    + value + "' exists");
        }
        return EntityPattern.readTsv(file);
    }
}
