package org.borderwatch.extract.incident;

import java.time.LocalDate;
import java.util.Optional;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.extract.Annotated;

/** One annotator per test JVM: loading CoreNLP's models is most of the test time. */
final class SharedAnnotator {
    static final LocalDate SEED_DATE = LocalDate.of(2024, 5, 28);

    private SharedAnnotator() {
    }

    static AnnotatedDocument annotate(String text, LocalDate date) {
        return Annotated.annotator().annotate(0, text, Optional.ofNullable(date));
    }

    /** The seed editorial annotated once; tests must not change it. */
    static AnnotatedDocument seed() {
        return Annotated.seedDocument();
    }
}
