package org.borderwatch.accountability.indicator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** A cursor over an expression's tokens with the checks both languages' parsers share. */
public final class TokenStream {
    private final String what;
    private final String source;
    private final List<Token> tokens;
    private int at;

    public TokenStream(String what, String source) {
        if (source == null || source.isBlank()) {
            throw new SyntaxException(what, source == null ? "" : source, 0, "the expression is empty");
        }
        this.what = what;
        this.source = source;
        this.tokens = Lexer.tokens(what, source);
    }

    public Token peek() {
        return tokens.get(at);
    }

    public Token peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    public Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Token.Kind.END) {
            at++;
        }
        return t;
    }

    /** Consumes the keyword if it comes next. */
    public boolean accept(String word) {
        if (peek().is(word)) {
            next();
            return true;
        }
        return false;
    }

    public Token expect(String word, String context) {
        if (!peek().is(word)) {
            throw error(peek(), "expected '" + word + "' " + context + ", found " + peek().describe());
        }
        return next();
    }

    public int integer(String context) {
        Token t = peek();
        if (t.kind() != Token.Kind.NUMBER || t.text().contains(".")) {
            throw error(t, "expected a whole number " + context + ", found " + t.describe());
        }
        next();
        return integerOf(t, context);
    }

    /** The value of a number token already consumed. */
    public int integerOf(Token t, String context) {
        if (t.kind() != Token.Kind.NUMBER || t.text().contains(".")) {
            throw error(t, "expected a whole number " + context + ", found " + t.describe());
        }
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw error(t, "the number " + t.text() + " is too large");
        }
    }

    public double number(String context) {
        Token t = peek();
        if (t.kind() != Token.Kind.NUMBER) {
            throw error(t, "expected a number " + context + ", found " + t.describe());
        }
        next();
        return Double.parseDouble(t.text());
    }

    public LocalDate date(Token t) {
        try {
            return LocalDate.parse(t.text());
        } catch (DateTimeException e) {
            throw error(t, "no such day: " + t.text());
        }
    }

    /** A quoted string, or a single word that is not one of the language's keywords. */
    public String name(String context, java.util.Set<String> keywords) {
        Token t = peek();
        if (t.kind() == Token.Kind.STRING && !t.text().isBlank()) {
            return next().text();
        }
        if (t.kind() == Token.Kind.WORD && !keywords.contains(t.lower())) {
            return next().text();
        }
        throw error(t, "expected " + context + " (a word or a \"quoted name\"), found " + t.describe());
    }

    public void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw error(peek(), "unexpected " + peek().describe() + " after a complete expression");
        }
    }

    public SyntaxException error(Token at, String problem) {
        return new SyntaxException(what, source, at.offset(), problem);
    }
}
