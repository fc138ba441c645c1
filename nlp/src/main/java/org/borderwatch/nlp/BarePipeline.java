package org.borderwatch.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A plain CoreNLP pipeline for benchmarks (see {@link CoreNlpAnnotator#bareBaseline}). It returns
 * only token counts so that no CoreNLP type leaks into the product. Thread-safe.
 */
public final class BarePipeline {
    private final StanfordCoreNLP pipeline;
    private final Duration loadTime;

    BarePipeline(StanfordCoreNLP pipeline, Duration loadTime) {
        this.pipeline = pipeline;
        this.loadTime = loadTime;
    }

    public Duration loadTime() {
        return loadTime;
    }

    /** Annotates the whole text, dates resolved against {@code date} if given; returns its token count. */
    public int annotate(String text, LocalDate date) {
        Annotation a = new Annotation(text);
        if (date != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.annotate(a);
        List<?> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
