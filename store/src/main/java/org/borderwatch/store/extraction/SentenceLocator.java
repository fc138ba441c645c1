package org.borderwatch.store.extraction;

import java.util.List;
import org.borderwatch.core.evidence.Span;

/** Finds the sentence a span starts in, from the annotated document's sentence spans in text order. */
final class SentenceLocator {
    private final int[] starts;

    SentenceLocator(List<Span> sentences) {
        this.starts = sentences.stream().mapToInt(Span::start).toArray();
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("sentence spans must be in text order");
            }
        }
    }

    /** The index of the last sentence starting at or before the span, 0 when there is none. */
    int sentenceOf(Span span) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= span.start()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
