/**
 * The annotate stage on Stanford CoreNLP 4.5: the only module that knows CoreNLP.
 *
 * <p>{@link org.borderwatch.nlp.CoreNlpAnnotator} turns a text and its publication date into core
 * {@code AnnotatedDocument} records (tokens with document offsets, lemmas, POS, NER, basic Universal
 * Dependencies, entity mentions, dates resolved to {@code FuzzyDate}s). It splits the whole text but
 * runs the expensive annotators only on sentences a {@code SentenceFilter} accepts. Entity names
 * CoreNLP misses or mistypes come from an {@link org.borderwatch.nlp.EntityPattern} lexicon (bundled,
 * later the actor registry) applied with CoreNLP's TokensRegexNER over its own labels.
 * {@link org.borderwatch.nlp.NlpConfig} is the whole configuration; CoreNLP properties never leave
 * the module.
 */
package org.borderwatch.nlp;
