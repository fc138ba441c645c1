package org.borderwatch.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.SentenceFilter;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.nlp.CoreNlpAnnotator;
import org.borderwatch.nlp.NlpConfig;

/**
 * Real annotation for extraction tests: one CoreNLP pipeline per test JVM (models take seconds to
 * load), shared by every test class of the module.
 */
public final class Annotated {
    public static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");
    private static final Pattern LINE_FORMAT = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2}) (.*?[.!?]) (.*)$",
            Pattern.DOTALL);
    private static CoreNlpAnnotator annotator;

    private Annotated() {
    }

    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(NlpConfig.defaults(), SentenceFilter.ALL);
        }
        return annotator;
    }

    public static AnnotatedDocument text(String text, LocalDate date) {
        return annotator().annotate(1, text, Optional.ofNullable(date));
    }

    public static Extraction extract(String text, LocalDate date) {
        return new RuleExtractor().extract(text(text, date));
    }

    private static AnnotatedDocument seed;

    /**
     * The seed editorial as ingest stores it (body text without the title line's prefix) annotated
     * against its date, once per JVM; tests must not change it.
     */
    public static synchronized AnnotatedDocument seedDocument() {
        if (seed == null) {
            try {
                Matcher m = LINE_FORMAT.matcher(Files.readString(SEED));
                if (!m.matches()) {
                    throw new IllegalStateException("the seed is not in line format");
                }
                seed = text(m.group(3), LocalDate.parse(m.group(1)));
            } catch (IOException e) {
                throw new UncheckedIOException("seed editorial not found at " + SEED.toAbsolutePath(), e);
            }
        }
        return seed;
    }

    public static Extraction seed() {
        return new RuleExtractor().extract(seedDocument());
    }
}
