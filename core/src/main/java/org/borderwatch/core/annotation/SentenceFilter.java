package org.borderwatch.core.annotation;

/**
 * Decides, cheaply and before the expensive annotators run, whether a sentence can matter to
 * extraction (conflict vocabulary, a known actor). Sentences it refuses keep their span but get no
 * tokens; a document with no relevant sentence costs only sentence splitting.
 */
@FunctionalInterface
public interface SentenceFilter {
    SentenceFilter ALL = sentence -> true;

    boolean relevant(String sentence);
}
