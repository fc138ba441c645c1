package org.borderwatch.accountability.condition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.accountability.indicator.Comparison;
import org.borderwatch.accountability.indicator.SyntaxException;
import org.borderwatch.accountability.indicator.Token;
import org.borderwatch.accountability.indicator.TokenStream;
import org.borderwatch.core.accountability.CommitmentStatus;

/**
 * Parses the condition language (README, "Conditions"):
 * <pre>
 * rule  := conj {"or" conj};  conj := unary {"and" unary}
 * unary := "not" unary | "(" rule ")" | group | test
 * group := ("all" | "any" | "at" "least" INT ["of"]) "(" rule {"," rule} ")"
 * test  := "commitment" INT ["is"] STATUS {"or" STATUS} | "commitment" INT "score" CMP INT
 *        | "indicator" NAME CMP NUMBER | "indicator" NAME "holds"
 * </pre>
 * STATUS is one of not_yet_rated, in_the_works, stalled, kept, compromise, broken.
 */
public final class ConditionParser {
    static final String WHAT = "condition";
    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "all", "any", "at", "least", "of", "commitment",
            "indicator", "is", "score", "holds");

    private final TokenStream in;

    private ConditionParser(String rule) {
        this.in = new TokenStream(WHAT, rule);
    }

    /** @throws SyntaxException naming the column and what was expected */
    public static Rule parse(String rule) {
        ConditionParser p = new ConditionParser(rule);
        Rule r = p.or();
        p.in.expectEnd();
        return r;
    }

    private Rule or() {
        List<Rule> parts = new ArrayList<>(List.of(and()));
        while (in.accept("or")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Rule.Any(parts);
    }

    private Rule and() {
        List<Rule> parts = new ArrayList<>(List.of(unary()));
        while (in.accept("and")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Rule.All(parts);
    }

    private Rule unary() {
        if (in.accept("not")) {
            return new Rule.Not(unary());
        }
        if (in.accept("(")) {
            Rule inner = or();
            in.expect(")", "to close the parenthesis");
            return inner;
        }
        Token t = in.peek();
        if (t.is("all") || t.is("any")) {
            in.next();
            List<Rule> parts = list();
            return t.is("all") ? new Rule.All(parts) : new Rule.Any(parts);
        }
        if (t.is("at")) {
            in.next();
            in.expect("least", "after 'at'");
            Token k = in.peek();
            int n = in.integer("after 'at least'");
            in.accept("of");
            List<Rule> parts = list();
            try {
                return new Rule.AtLeast(n, parts);
            } catch (IllegalArgumentException e) {
                throw in.error(k, e.getMessage());
            }
        }
        return test();
    }

    private List<Rule> list() {
        in.expect("(", "to open the list of parts");
        List<Rule> parts = new ArrayList<>();
        do {
            parts.add(or());
        } while (in.accept(","));
        in.expect(")", "to close the list of parts");
        return parts;
    }

    private Rule test() {
        Token t = in.next();
        if (t.is("commitment")) {
            long id = in.integer("after 'commitment' (its id)");
            if (in.accept("score")) {
                Comparison c = comparison("after 'score'");
                Token n = in.peek();
                int score = in.integer("after " + c.symbol() + " (a score from 0 to 3)");
                if (score < 0 || score > 3) {
                    throw in.error(n, "an implementation score is 0 to 3, was " + score);
                }
                return new Rule.CommitmentScore(id, c, score);
            }
            in.accept("is");
            Set<CommitmentStatus> statuses = EnumSet.of(status());
            while (in.peek().is("or") && isStatus(in.peek(1))) {
                in.next();
                statuses.add(status());
            }
            return new Rule.CommitmentIs(id, statuses);
        }
        if (t.is("indicator")) {
            String name = in.name("an indicator's name", KEYWORDS);
            if (in.accept("holds")) {
                return new Rule.IndicatorHolds(name);
            }
            Comparison c = comparison("after the indicator's name (or 'holds')");
            return new Rule.IndicatorCompare(name, c, in.number("after " + c.symbol()));
        }
        throw in.error(t, "expected a test (commitment N is STATUS, commitment N score >= K, indicator NAME < X,"
                + " indicator NAME holds) or all/any/at least K of (…), found " + t.describe());
    }

    private Comparison comparison(String context) {
        Token op = in.next();
        return Comparison.of(op).orElseThrow(() -> in.error(op,
                "expected a comparison (<, <=, =, !=, >=, >) " + context + ", found " + op.describe()));
    }

    private CommitmentStatus status() {
        Token t = in.next();
        if (isStatus(t)) {
            return CommitmentStatus.parse(t.text());
        }
        throw in.error(t, "expected a status (" + CommitmentStatus.names() + "), found " + t.describe());
    }

    private static boolean isStatus(Token t) {
        if (t.kind() != Token.Kind.WORD) {
            return false;
        }
        try {
            CommitmentStatus.parse(t.text());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
