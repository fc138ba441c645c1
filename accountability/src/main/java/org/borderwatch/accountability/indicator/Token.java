package org.borderwatch.accountability.indicator;

import java.util.Locale;

/**
 * One token of the indicator and condition languages.
 *
 * @param text   the token as written (a string's content without its quotes)
 * @param offset where it starts in the expression
 */
public record Token(Kind kind, String text, int offset) {
    public enum Kind { WORD, NUMBER, DATE, STRING, SYMBOL, END }

    /** Whether this is the keyword or symbol {@code word}, in any case. */
    public boolean is(String word) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How an error message names it: 'km', "TTP", 50, or the end of the expression. */
    public String describe() {
        return switch (kind) {
            case END -> "the end of the expression";
            case STRING -> "\"" + text + "\"";
            case NUMBER, DATE -> text;
            default -> "'" + text + "'";
        };
    }
}
