package org.borderwatch.store.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.core.evidence.Span;
import org.junit.jupiter.api.Test;

class ExtractionSentenceLocatorTest {
    @Test
    void findsTheSentenceASpanStartsIn() {
        SentenceLocator locator = new SentenceLocator(List.of(new Span(0, 10), new Span(11, 20), new Span(21, 30)));
        assertThat(locator.sentenceOf(new Span(0, 3))).isZero();
        assertThat(locator.sentenceOf(new Span(11, 12))).isEqualTo(1);
        assertThat(locator.sentenceOf(new Span(25, 40))).isEqualTo(2);
        assertThat(locator.sentenceOf(new Span(10, 10))).isZero();
        assertThat(new SentenceLocator(List.of()).sentenceOf(new Span(5, 6))).isZero();
    }
}
