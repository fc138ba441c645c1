package org.borderwatch.accountability.indicator;

/**
 * An expression of the indicator or condition language that does not parse: what was expected, what
 * was found, and where (a 1-based column into the expression).
 */
public final class SyntaxException extends IllegalArgumentException {
    private final String source;
    private final int offset;

    public SyntaxException(String what, String source, int offset, String problem) {
        super(what + ", column " + (offset + 1) + ": " + problem);
        this.source = source;
        this.offset = Math.max(0, Math.min(offset, source.length()));
    }

    /** 0-based character offset of the problem. */
    public int offset() {
        return offset;
    }

    public int column() {
        return offset + 1;
    }

    /** The expression on one line and a caret under the problem, for a terminal. */
    public String excerpt() {
        String line = source.replaceAll("[\\r\\n\\t]", " ");
        return "  " + line + "\n  " + " ".repeat(offset) + "^";
    }
}
