package org.borderwatch.accountability.indicator;

import java.util.Optional;

/** {@code < <= = != >= >}: the comparisons of both languages. */
public enum Comparison {
    LT("<"), LE("<="), EQ("="), NE("!="), GE(">="), GT(">");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public static Optional<Comparison> of(Token t) {
        if (t.kind() != Token.Kind.SYMBOL) {
            return Optional.empty();
        }
        for (Comparison c : values()) {
            if (c.symbol.equals(t.text())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public boolean holds(double left, double right) {
        return switch (this) {
            case LT -> left < right;
            case LE -> left <= right;
            case EQ -> left == right;
            case NE -> left != right;
            case GE -> left >= right;
            case GT -> left > right;
        };
    }

    public String symbol() {
        return symbol;
    }

    /** 50 rather than 50.0; other numbers as Java prints them. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
