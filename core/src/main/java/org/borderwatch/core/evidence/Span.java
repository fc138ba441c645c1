package org.borderwatch.core.evidence;

/** Half-open character range {@code [start, end)} into a document's normalised text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " is before its start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text; fails clearly when the span does not fit the text it is applied to. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " exceeds text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }
}
