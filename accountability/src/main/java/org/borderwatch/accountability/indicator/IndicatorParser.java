package org.borderwatch.accountability.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.accountability.indicator.Filter.PlaceIs.Level;
import org.borderwatch.accountability.indicator.Indicator.Measure;

/**
 * Parses the indicator language (README, "Indicators"):
 * <pre>
 * indicator := measure ["incidents"] ["where" filter] [window ["versus" window]] ["per" period]
 * measure   := "count" | "none" | "sum" ("killed" | "injured")
 * filter    := conj {"or" conj};  conj := unary {"and" unary};  unary := "not" unary | "(" filter ")" | test
 * test      := "perpetrator" ["is" | "="] NAME [qualifier] | "perpetrator" "contains" NAME [qualifier]
 *            | "claimed" "by" NAME | "type" ["is" | "="] WORD | "type" "in" "(" WORD {"," WORD} ")"
 *            | ("country" | "province" | "district") ["is" | "="] NAME
 *            | "within" NUMBER "km" "of" ["the"] [PAIR] ["border"] [PAIR]
 *            | ("killed" | "injured") CMP NUMBER
 * qualifier := "claimed" | "attributed" | "suspected" | "known"
 * window    := "since" anchor | "from" anchor ("to" | "until") anchor | "between" anchor "and" anchor
 *            | "last" INT unit | INT unit ("before" | "after") anchor
 * anchor    := DATE | "today" | "commitment" INT | "engagement" INT
 * </pre>
 */
public final class IndicatorParser {
    static final String WHAT = "indicator";
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "where", "since", "from", "to", "until",
            "between", "last", "per", "versus", "vs", "before", "after", "today", "claimed", "attributed",
            "suspected", "known", "contains", "is", "in", "of", "the", "km", "border", "commitment", "engagement");

    private static final int MAX_UNITS = 100_000;

    private final TokenStream in;

    private IndicatorParser(String expression) {
        this.in = new TokenStream(WHAT, expression);
    }

    /** @throws SyntaxException naming the column and what was expected */
    public static Indicator parse(String expression) {
        return new IndicatorParser(expression).indicator();
    }

    private Indicator indicator() {
        Token first = in.peek();
        Measure measure = measure();
        in.accept("incidents");
        in.accept("incident");
        Filter filter = new Filter.Any();
        if (in.accept("where")) {
            filter = or();
        }
        Optional<Window> window = Optional.empty();
        Optional<Window> reference = Optional.empty();
        Optional<Period> per = Optional.empty();
        while (in.peek().kind() != Token.Kind.END) {
            Token t = in.peek();
            if (t.is("per")) {
                if (per.isPresent()) {
                    throw in.error(t, "'per' is given twice");
                }
                if (measure == Measure.NONE) {
                    throw in.error(t, "'none' tests one window: it cannot be counted 'per' period");
                }
                in.next();
                per = Optional.of(period(in.next(), "after 'per'"));
            } else if (startsWindow(t)) {
                if (window.isPresent()) {
                    throw in.error(t, "a second window needs 'versus' before it");
                }
                window = Optional.of(window());
                Token versus = in.peek();
                if (in.accept("versus") || in.accept("vs")) {
                    if (measure == Measure.NONE) {
                        throw in.error(versus, "'none' tests one window: it cannot be compared 'versus' another");
                    }
                    reference = Optional.of(window());
                }
            } else if (t.is("where")) {
                throw in.error(t, "'where' must come right after the measure");
            } else {
                throw in.error(t, "expected 'and', 'or', a window (since, from, last, N days before …) or 'per', found "
                        + t.describe());
            }
        }
        try {
            return new Indicator(measure, filter, window, reference, per);
        } catch (IllegalArgumentException e) {
            throw in.error(first, e.getMessage());
        }
    }

    private Measure measure() {
        Token t = in.next();
        if (t.is("count")) {
            return Measure.COUNT;
        }
        if (t.is("none") || t.is("no")) {
            return Measure.NONE;
        }
        if (t.is("sum")) {
            Token what = in.next();
            if (what.is("killed")) {
                return Measure.KILLED;
            }
            if (what.is("injured")) {
                return Measure.INJURED;
            }
            throw in.error(what, "expected 'killed' or 'injured' after 'sum', found " + what.describe());
        }
        throw in.error(t, "an indicator starts with count, none or sum killed|injured, found " + t.describe());
    }

    private Filter or() {
        List<Filter> parts = new ArrayList<>(List.of(and()));
        while (in.accept("or")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
    }

    private Filter and() {
        List<Filter> parts = new ArrayList<>(List.of(unary()));
        while (in.accept("and")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private Filter unary() {
        if (in.accept("not")) {
            return new Filter.Not(unary());
        }
        if (in.accept("(")) {
            Filter inner = or();
            in.expect(")", "to close the parenthesis");
            return inner;
        }
        return test();
    }

    private Filter test() {
        Token t = in.next();
        switch (t.lower()) {
            case "perpetrator" -> {
                boolean contains = in.accept("contains");
                if (!contains && !in.accept("is")) {
                    in.accept("=");
                }
                String name = in.name("a perpetrator's name", KEYWORDS);
                return perpetrator(name, contains, qualifier());
            }
            case "claimed" -> {
                in.expect("by", "after 'claimed'");
                return perpetrator(in.name("a perpetrator's name", KEYWORDS), false,
                        Optional.of(Filter.Qualifier.CLAIMED));
            }
            case "type" -> {
                return type();
            }
            case "country", "province", "district" -> {
                if (!in.accept("is")) {
                    in.accept("=");
                }
                Level level = Level.valueOf(t.text().toUpperCase(java.util.Locale.ROOT));
                return new Filter.PlaceIs(level, in.name("a " + t.lower() + " name", KEYWORDS));
            }
            case "within" -> {
                return nearBorder();
            }
            case "killed", "injured" -> {
                Token op = in.next();
                Comparison c = Comparison.of(op).orElseThrow(() -> in.error(op,
                        "expected a comparison (<, <=, =, !=, >=, >) after '" + t.lower() + "', found " + op.describe()));
                return new Filter.Casualties(t.is("killed"), c, in.number("after " + c.symbol()));
            }
            default -> throw in.error(t, "expected a test (perpetrator, claimed by, type, country, province, district,"
                    + " within N km of border, killed, injured), found " + t.describe());
        }
    }

    private Filter perpetrator(String name, boolean contains, Optional<Filter.Qualifier> qualifier) {
        return new Filter.Perpetrator(name, contains, qualifier);
    }

    private Optional<Filter.Qualifier> qualifier() {
        for (Filter.Qualifier q : Filter.Qualifier.values()) {
            if (in.accept(q.word())) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private Filter type() {
        Set<String> types = new LinkedHashSet<>();
        if (in.accept("in")) {
            in.expect("(", "after 'type in'");
            do {
                types.add(typeName());
            } while (in.accept(","));
            in.expect(")", "to close the list of types");
        } else {
            if (!in.accept("is")) {
                in.accept("=");
            }
            types.add(typeName());
        }
        return new Filter.TypeIn(types);
    }

    private String typeName() {
        Token t = in.peek();
        if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.STRING) {
            throw in.error(t, "expected an incident type (bombing, suicide_attack, …), found " + t.describe());
        }
        return in.next().text().replace(' ', '_');
    }

    private Filter nearBorder() {
        Token n = in.peek();
        double km = in.number("after 'within' (the distance in km)");
        in.expect("km", "after the distance " + n.text());
        in.expect("of", "after 'km'");
        in.accept("the");
        Optional<String> pair = pair();
        boolean border = in.accept("border");
        if (pair.isEmpty()) {
            pair = pair();
        }
        if (!border && pair.isEmpty()) {
            throw in.error(in.peek(), "expected 'border' or a border like AF-PK after 'of', found " + in.peek().describe());
        }
        return new Filter.NearBorder(km, pair);
    }

    private Optional<String> pair() {
        Token t = in.peek();
        if ((t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.STRING) && t.text().matches("[A-Za-z]{2}[-–][A-Za-z]{2}")) {
            in.next();
            return Optional.of(Filter.NearBorder.normalisePair(t.text()));
        }
        return Optional.empty();
    }

    private static boolean startsWindow(Token t) {
        return t.is("since") || t.is("from") || t.is("between") || t.is("last") || t.kind() == Token.Kind.NUMBER;
    }

    private Window window() {
        Token t = in.next();
        if (t.is("since")) {
            return new Window.Since(anchor());
        }
        if (t.is("from")) {
            Anchor from = anchor();
            if (!in.accept("to")) {
                in.expect("until", "after the window's first day");
            }
            return new Window.Between(from, anchor());
        }
        if (t.is("between")) {
            Anchor from = anchor();
            in.expect("and", "between the window's two days");
            return new Window.Between(from, anchor());
        }
        if (t.is("last")) {
            Token count = in.peek();
            int n = in.integer("after 'last'");
            return new Window.Last(positive(n, count), period(in.next(), "after 'last " + n + "'"));
        }
        if (t.kind() == Token.Kind.NUMBER && !t.text().contains(".")) {
            int n = positive(in.integerOf(t, ""), t);
            Period unit = period(in.next(), "after " + n);
            Token side = in.next();
            if (!side.is("before") && !side.is("after")) {
                throw in.error(side, "expected 'before' or 'after' after '" + n + " " + unit.word() + "s', found "
                        + side.describe());
            }
            return new Window.Around(n, unit, side.is("before"), anchor());
        }
        throw in.error(t, "expected a window (since, from, between, last, N days before …), found " + t.describe());
    }

    private int positive(int n, Token t) {
        if (n < 1 || n > MAX_UNITS) {
            throw in.error(t, "a window spans 1 to " + MAX_UNITS + " days, weeks, months, quarters or years, was " + n);
        }
        return n;
    }

    private Period period(Token t, String context) {
        return Period.named(t.text()).filter(p -> t.kind() == Token.Kind.WORD).orElseThrow(() -> in.error(t,
                "expected day, week, month, quarter or year " + context + ", found " + t.describe()));
    }

    private Anchor anchor() {
        Token t = in.next();
        if (t.kind() == Token.Kind.DATE) {
            return new Anchor.On(in.date(t));
        }
        if (t.is("today")) {
            return new Anchor.Today();
        }
        if (t.is("commitment")) {
            return new Anchor.CommitmentStart(in.integer("after 'commitment' (its id)"));
        }
        if (t.is("engagement")) {
            return new Anchor.EngagementDate(in.integer("after 'engagement' (its id)"));
        }
        throw in.error(t, "expected a day (YYYY-MM-DD, today, commitment N, engagement N), found " + t.describe());
    }
}
