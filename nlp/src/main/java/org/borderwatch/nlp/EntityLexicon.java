package org.borderwatch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads entity lexicons and turns them into the mapping files CoreNLP's TokensRegexNER reads. Those
 * files exist only while the adapter is being built: CoreNLP takes file names, not lists.
 */
final class EntityLexicon {
    /**
     * CoreNLP's own labels a lexicon entry may replace. Dates, numbers and money are left alone: a
     * phrase in our lexicon is a name, and SUTime knows time better than a word list does.
     */
    static final String OVERWRITABLE = String.join(",", "PERSON", "ORGANIZATION", "LOCATION", "MISC",
            "CITY", "STATE_OR_PROVINCE", "COUNTRY", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE",
            "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "URL", "EMAIL", "HANDLE");
    /** Above CoreNLP's default 0, so our names win where its own rules would also match. */
    private static final String PRIORITY = "10.0";

    /** TokensRegex for a word followed, or preceded, by a word with a lower-case letter; group 1 is labelled. */
    private static final String BESIDE_LOWER_CASE_BEFORE = "( ( /%s/ ) [ { word:/.*\\p{Ll}.*/ } ] )";
    private static final String BESIDE_LOWER_CASE_AFTER = "( [ { word:/.*\\p{Ll}.*/ } ] ( /%s/ ) )";

    /** A mapping line's label, and which group of the match it goes on (0: all of it). */
    private record Label(String type, int group) {
    }

    private EntityLexicon() {
    }

    static List<EntityPattern> resource(String name) {
        InputStream in = EntityLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled entity lexicon " + name + " is missing from the classpath");
        }
        return parse("bundled " + name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    /** Parses {@code phrase<TAB>TYPE} lines; blank lines and lines starting with '#' are ignored. */
    static List<EntityPattern> parse(String source, BufferedReader reader) {
        List<EntityPattern> patterns = new ArrayList<>();
        try (reader) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2) {
                    throw new IllegalArgumentException(source + " line " + lineNumber
                            + ": expected 'phrase<TAB>TYPE', got " + fields.length + " field(s): " + line);
                }
                try {
                    patterns.add(new EntityPattern(fields[0], fields[1].strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity patterns from " + source, e);
        }
        return List.copyOf(patterns);
    }

    /**
     * Writes the patterns as TokensRegexNER mapping files and returns the value for its
     * {@code mapping} property, or empty text when there are no patterns. Each phrase is tokenised
     * by the pipeline's own tokenizer so "Tehreek-e-Taliban" splits exactly as it will in text.
     *
     * @param tokenizer the words CoreNLP makes of a phrase
     */
    static String writeMappingFiles(List<EntityPattern> patterns, Function<String, List<String>> tokenizer,
                                    List<Path> created) throws IOException {
        Map<String, Label> cased = new LinkedHashMap<>();
        Map<String, Label> caseless = new LinkedHashMap<>();
        Map<String, EntityPattern> firstByKey = new LinkedHashMap<>();
        for (EntityPattern p : patterns) {
            List<String> words = tokenizer.apply(p.phrase());
            if (words.isEmpty()) {
                continue; // a phrase of punctuation the tokenizer drops can never match anything
            }
            String regex = tokenRegex(words);
            String key = p.caseSensitive() ? regex : regex.toLowerCase(Locale.ROOT);
            EntityPattern earlier = firstByKey.putIfAbsent((p.caseSensitive() ? "=" : "~") + key, p);
            if (earlier != null && !earlier.type().equals(p.type())) {
                throw new IllegalArgumentException("entity phrase '" + p.phrase() + "' is given two types: "
                        + earlier.type() + " and " + p.type());
            }
            if (p.needsMixedCaseContext() && words.size() == 1) {
                cased.putIfAbsent(String.format(BESIDE_LOWER_CASE_BEFORE, regex), new Label(p.type(), 1));
                cased.putIfAbsent(String.format(BESIDE_LOWER_CASE_AFTER, regex), new Label(p.type(), 1));
            } else {
                (p.caseSensitive() ? cased : caseless).putIfAbsent(key, new Label(p.type(), 0));
            }
        }
        List<String> files = new ArrayList<>();
        if (!caseless.isEmpty()) {
            files.add("ignorecase=true," + write(caseless, created));
        }
        if (!cased.isEmpty()) {
            files.add("ignorecase=false," + write(cased, created));
        }
        // CoreNLP reads per-file options only when the value holds both ';' (between files) and ','
        // (after options); with one file, a trailing ';' keeps its options from being read as file names.
        return files.size() == 1 ? files.get(0) + ";" : String.join(";", files);
    }

    private static String write(Map<String, Label> entries, List<Path> created) throws IOException {
        Path file = Files.createTempFile("borderwatch-entities-", ".tsv");
        created.add(file);
        StringBuilder out = new StringBuilder();
        entries.forEach((regex, label) -> out.append(regex).append('\t').append(label.type()).append('\t')
                .append(OVERWRITABLE).append('\t').append(PRIORITY).append('\t').append(label.group()).append('\n'));
        Files.writeString(file, out, StandardCharsets.UTF_8);
        String name = file.toAbsolutePath().toString();
        if (name.contains(",") || name.contains(";")) {
            throw new IOException("temporary directory path has ',' or ';', which CoreNLP cannot read: " + name);
        }
        return name;
    }

    /** Each word becomes a literal regex; words are separated by spaces as the mapping format wants. */
    static String tokenRegex(List<String> words) {
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (regex.length() > 0) {
                regex.append(' ');
            }
            word.codePoints().forEach(c -> {
                if (Character.isWhitespace(c)) {
                    regex.append("\\s"); // the mapping format splits on spaces; CoreNLP words rarely hold one
                } else {
                    if (!Character.isLetterOrDigit(c)) {
                        regex.append('\\');
                    }
                    regex.appendCodePoint(c);
                }
            });
        }
        return regex.toString();
    }
}
