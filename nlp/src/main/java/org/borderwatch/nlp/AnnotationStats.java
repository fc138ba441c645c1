package org.borderwatch.nlp;

/**
 * What an annotator has done since it was built, so a run can report how much the sentence filter
 * spared the expensive annotators.
 *
 * @param sentencesAnnotated sentences the filter accepted: tagged, given entities and dates
 * @param sentencesSkipped   sentences the filter refused: split only
 * @param sentencesUnparsed  accepted sentences left without a parse: too long, or the parser failed
 * @param sentencesFailed    accepted sentences CoreNLP failed on: kept like refused ones, without tokens
 * @param tokensAnnotated    tokens in accepted sentences
 * @param tokensSkipped      tokens in refused sentences
 */
public record AnnotationStats(long documents, long sentencesAnnotated, long sentencesSkipped,
                              long sentencesUnparsed, long sentencesFailed, long tokensAnnotated,
                              long tokensSkipped) {

    public long sentences() {
        return sentencesAnnotated + sentencesSkipped + sentencesFailed;
    }

    public long tokens() {
        return tokensAnnotated + tokensSkipped;
    }

    /** Share of tokens the expensive annotators never saw, 0 when nothing was annotated yet. */
    public double skippedTokenShare() {
        return tokens() == 0 ? 0 : (double) tokensSkipped / tokens();
    }

    @Override
    public String toString() {
        return String.format("%d documents, %d of %d sentences annotated (%d unparsed, %d failed), "
                        + "%d of %d tokens skipped (%.0f%%)", documents, sentencesAnnotated, sentences(),
                sentencesUnparsed, sentencesFailed, tokensSkipped, tokens(), 100 * skippedTokenShare());
    }
}
