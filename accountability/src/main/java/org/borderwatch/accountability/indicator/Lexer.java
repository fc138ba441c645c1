package org.borderwatch.accountability.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens: words (letters, digits, '-', '_', '–', starting with a letter),
 * numbers, ISO dates ({@code 2024-05-26}), quoted strings ("…", '…' or “…”), and the symbols
 * {@code ( ) , = != < <= > >=}. Shared by the indicator and condition languages.
 */
public final class Lexer {
    private final String what;
    private final String source;
    private int at;

    private Lexer(String what, String source) {
        this.what = what;
        this.source = source;
    }

    /**
     * @param what names the language in error messages ("indicator", "condition")
     * @throws SyntaxException on a character no token starts with, or an unclosed string
     */
    public static List<Token> tokens(String what, String source) {
        return new Lexer(what, source).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
                at++;
            }
            if (at >= source.length()) {
                out.add(new Token(Token.Kind.END, "", source.length()));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        char c = source.charAt(at);
        int start = at;
        if (Character.isDigit(c)) {
            return number(start);
        }
        if (Character.isLetter(c)) {
            while (at < source.length() && isWordPart(source.charAt(at))) {
                at++;
            }
            while (at > start + 1 && "-–".indexOf(source.charAt(at - 1)) >= 0) {
                at--; // a word does not end in a dash or a full stop
            }
            return new Token(Token.Kind.WORD, source.substring(start, at), start);
        }
        if (c == '"' || c == '\'' || c == '“' || c == '‘') {
            return string(start, c == '“' ? '”' : c == '‘' ? '’' : c);
        }
        if (c == '<' || c == '>' || c == '!') {
            at++;
            if (at < source.length() && source.charAt(at) == '=') {
                at++;
            } else if (c == '!') {
                throw new SyntaxException(what, source, start, "'!' must be followed by '=' (not equal)");
            }
            return new Token(Token.Kind.SYMBOL, source.substring(start, at), start);
        }
        if ("(),=".indexOf(c) >= 0) {
            at++;
            return new Token(Token.Kind.SYMBOL, String.valueOf(c), start);
        }
        throw new SyntaxException(what, source, start, "unexpected character '" + printable(c) + "'");
    }

    private Token number(int start) {
        while (at < source.length() && Character.isDigit(source.charAt(at))) {
            at++;
        }
        if (at - start == 4 && at < source.length() && source.charAt(at) == '-') {
            int end = at;
            while (end < source.length() && (Character.isDigit(source.charAt(end)) || source.charAt(end) == '-')) {
                end++;
            }
            at = end;
            String text = source.substring(start, at);
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new SyntaxException(what, source, start, "a date is written YYYY-MM-DD, was '" + text + "'");
            }
            return new Token(Token.Kind.DATE, text, start);
        }
        if (at + 1 < source.length() && source.charAt(at) == '.' && Character.isDigit(source.charAt(at + 1))) {
            at++;
            while (at < source.length() && Character.isDigit(source.charAt(at))) {
                at++;
            }
        }
        if (at < source.length() && Character.isLetter(source.charAt(at))) {
            throw new SyntaxException(what, source, at, "a number must be followed by a space, found '"
                    + printable(source.charAt(at)) + "'");
        }
        return new Token(Token.Kind.NUMBER, source.substring(start, at), start);
    }

    private Token string(int start, char close) {
        int end = source.indexOf(close, start + 1);
        if (end < 0) {
            throw new SyntaxException(what, source, start, "the string starting here is never closed");
        }
        at = end + 1;
        return new Token(Token.Kind.STRING, source.substring(start + 1, end), start);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '–';
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
