package org.borderwatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.Token;
import org.borderwatch.core.evidence.Span;

/**
 * A sentence's dependency tree with the navigation rules need: heads, children by relation,
 * subtrees as spans. Relation names are Universal Dependencies ({@code nsubj}, {@code ccomp},
 * {@code obl:in}...); a query for {@code obl} also finds {@code obl:in}.
 */
public final class Tree {
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public Tree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            relation[i] = "root";
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < n && d.governor() < n) {
                head[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
                if (d.governor() >= 0) {
                    children.get(d.governor()).add(d.dependent());
                }
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return head.length;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public String lemma(int i) {
        return token(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    public String word(int i) {
        return token(i).word();
    }

    public String pos(int i) {
        return token(i).pos();
    }

    /** The head of token i, or -1 for the root. */
    public int head(int i) {
        return head[i];
    }

    public String relation(int i) {
        return relation[i];
    }

    /** True when the relation of token i is {@code rel} or a subtype of it ({@code obl} matches {@code obl:in}). */
    public boolean is(int i, String rel) {
        String r = relation[i];
        return r.equals(rel) || r.startsWith(rel + ":");
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (is(c, rel)) {
                out.add(c);
            }
        }
        return out;
    }

    public Optional<Integer> child(int i, String rel) {
        return children(i, rel).stream().findFirst();
    }

    public boolean hasChild(int i, String rel, Predicate<Integer> test) {
        return children(i, rel).stream().anyMatch(test);
    }

    /** Roots of the tree (usually one). */
    public List<Integer> roots() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < head.length; i++) {
            if (head[i] < 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** Is {@code ancestor} on the path from {@code i} to the root (or i itself)? */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, guard = 0; k >= 0 && guard <= head.length; k = head[k], guard++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Token indices of the subtree under i, in order, leaving out children with the given relations. */
    public List<Integer> subtree(int i, String... excludedRelations) {
        List<Integer> out = new ArrayList<>();
        collect(i, excludedRelations, out);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, String[] excluded, List<Integer> out) {
        out.add(i);
        for (int c : children.get(i)) {
            boolean skip = false;
            for (String rel : excluded) {
                skip |= is(c, rel);
            }
            if (!skip) {
                collect(c, excluded, out);
            }
        }
    }

    /** The character span from the first to the last token of the list. */
    public Span span(List<Integer> tokens) {
        int first = tokens.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = tokens.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new Span(token(first).span().start(), token(last).span().end());
    }

    public Span subtreeSpan(int i, String... excludedRelations) {
        return span(subtree(i, excludedRelations));
    }
}
