package org.borderwatch.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.SentenceFilter;

/** One annotator per test JVM: loading the models is most of the test time. */
final class SharedPipeline {
    static final LocalDate SEED_DATE = LocalDate.of(2024, 5, 28);
    static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");

    private SharedPipeline() {
    }

    static CoreNlpAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    static String seedText() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException("seed editorial not found at " + SEED.toAbsolutePath(), e);
        }
    }

    /** The seed annotated once with the defaults; tests must not depend on each other's calls. */
    static AnnotatedDocument seed() {
        return Holder.SEED_DOCUMENT;
    }

    private static final class Holder {
        static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(NlpConfig.defaults(), SentenceFilter.ALL);
        static final AnnotatedDocument SEED_DOCUMENT = ANNOTATOR.annotate(0, seedText(), Optional.of(SEED_DATE));
    }
}
