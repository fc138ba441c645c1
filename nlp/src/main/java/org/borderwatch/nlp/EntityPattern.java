package org.borderwatch.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phrase the entity recogniser must tag with a given type, whatever CoreNLP's statistical model
 * thinks (it misses "TTP" and calls "Nacta" a person). {@link #bundled()} is the default lexicon of
 * the first region; the application adds the actor registry's armed groups to it.
 *
 * <p>A phrase written as an acronym, with no lower-case letter ("TTP", "IS-K") or as one word with more
 * than one capital ("LeT", "MoFA"), matches case-sensitively, so "TIP" the party is not "tip" the noun
 * and "LeT" is not "let"; any other phrase matches ignoring case, so headlines in capitals ("AFGHAN
 * TALIBAN") are still found.
 *
 * @param phrase the words as they appear in text, separated by spaces
 * @param type   the entity type to assign, upper case ({@code ARMED_GROUP}, {@code LOCATION}, ...)
 */
public record EntityPattern(String phrase, String type) {
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String BUNDLED = "entity-patterns.tsv";

    public EntityPattern {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(type, "type");
        phrase = phrase.strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("entity pattern needs a phrase");
        }
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("entity type must be upper case letters, digits and '_': '"
                    + type + "' (for phrase '" + phrase + "')");
        }
        if ("O".equals(type)) {
            throw new IllegalArgumentException("entity type 'O' means no entity; leave the phrase out instead: '"
                    + phrase + "'");
        }
    }

    /** Acronyms match exactly; names ignore case. */
    public boolean caseSensitive() {
        boolean noLowerCase = phrase.codePoints().noneMatch(Character::isLowerCase);
        boolean oneWordManyCapitals = phrase.indexOf(' ') < 0
                && phrase.codePoints().filter(Character::isUpperCase).count() > 1;
        return noLowerCase || oneWordManyCapitals;
    }

    /**
     * "IS", "AQ": two capitals are also ordinary words in a headline written in capitals ("PAKISTAN IS
     * READY"), so such a name is only taken beside a word in lower case, which shows the text is not.
     */
    public boolean needsMixedCaseContext() {
        return phrase.length() <= 2 && phrase.codePoints().allMatch(Character::isUpperCase);
    }

    /** The lexicon bundled with the module (src/main/resources/org/borderwatch/nlp/entity-patterns.tsv). */
    public static List<EntityPattern> bundled() {
        return BundledLexicon.PATTERNS;
    }

    /** Reads a lexicon in the bundled format: {@code phrase<TAB>TYPE} per line, '#' comments. */
    public static List<EntityPattern> readTsv(Path file) {
        try {
            return EntityLexicon.parse(file.toString(), Files.newBufferedReader(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity patterns from " + file, e);
        }
    }

    /** Loaded on first use only, and once: the file does not change while the program runs. */
    private static final class BundledLexicon {
        static final List<EntityPattern> PATTERNS = EntityLexicon.resource(BUNDLED);
    }
}
