package org.borderwatch.core.annotation;

import java.time.LocalDate;
import java.util.Optional;

/** The annotate stage: tokens, sentences, entities, dates and syntax for one text. Thread-safe. */
public interface Annotator {
    AnnotatedDocument annotate(long documentId, String text, Optional<LocalDate> documentDate);
}
