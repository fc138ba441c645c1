package org.borderwatch.ingest;

import java.text.Normalizer;
import org.borderwatch.core.document.ContentHash;
import org.borderwatch.core.evidence.Span;

/**
 * Renders a dataset record as the text of its document, one {@code Label: value} line per field, and
 * gives the spans of what it wrote so that facts can cite them. Values are cleaned as document text is
 * normalised (NFC, no control characters, one space for any run of white space), so the spans stay
 * valid in the stored text.
 */
final class RecordText {
    private final StringBuilder text = new StringBuilder();

    /** Appends a line of its own; returns its span. */
    Span line(String content) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int start = text.length();
        text.append(clean(content));
        return new Span(start, text.length());
    }

    /** Appends {@code label: value}; returns the span of the whole line. */
    Span field(String label, String value) {
        return line(label + ": " + clean(value));
    }

    /** The span of {@code part} inside the span (its first occurrence), or the span itself when absent. */
    Span within(Span span, String part) {
        String p = clean(part);
        int at = p.isEmpty() ? -1 : text.indexOf(p, span.start());
        return at < 0 || at + p.length() > span.end() ? span : new Span(at, at + p.length());
    }

    Span all() {
        return new Span(0, text.length());
    }

    /** The rendered text, which document normalisation leaves as it is. */
    String text() {
        String s = text.toString();
        if (!ContentHash.normalise(s).equals(s)) {
            throw new IllegalStateException("record text would change when normalised: " + s);
        }
        return s;
    }

    /** The values present, joined by "; ". */
    @SafeVarargs
    static String joined(java.util.Optional<String>... values) {
        StringBuilder b = new StringBuilder();
        for (java.util.Optional<String> v : values) {
            v.ifPresent(s -> b.append(b.isEmpty() ? "" : "; ").append(s));
        }
        return b.toString();
    }

    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String s = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = true;
            } else if (!Character.isISOControl(c)) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
