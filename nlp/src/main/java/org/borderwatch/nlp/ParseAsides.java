package org.borderwatch.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Words the parser is better off without: a name's bracketed acronym ("The Pakistani Taliban (TTP)
 * claimed ..."), which it often takes for the head of the sentence, and a dateline or label opening the
 * sentence ("New York, May 20, 2025 - The Committee ...", "15:20 PKT -", "Q:"), which it makes the
 * sentence's subject. The sentence is parsed without them and they are hung back on: an acronym on the
 * name as an apposition, a dateline on the root as a loose dependent, brackets and dashes as
 * punctuation. Every token keeps its place in the tree.
 */
final class ParseAsides {
    /** "TTP", "ISKP", "IS-K", "LoC", "CTD": two capitals or more, short, no spaces. */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:.*\\p{Lu}){2})\\p{Lu}[\\p{L}\\d&\\-]{1,11}");
    private static final Set<String> DATELINE_ENDS = Set.of("-", "--", "–", "—", ":");
    private static final Set<String> DATELINE_PUNCT = Set.of(",", "(", ")", ".", "-LRB-", "-RRB-");
    /** How long a dateline or label can be, in tokens. */
    private static final int DATELINE_TOKENS = 12;

    /** Tokens [from, to] left out of the parse; an acronym's brackets are from and to. */
    record Aside(int from, int to, boolean acronym) {
    }

    private ParseAsides() {
    }

    static List<Aside> find(List<CoreLabel> tokens) {
        List<Aside> asides = new ArrayList<>();
        int dateline = datelineEnd(tokens);
        if (dateline >= 0) {
            asides.add(new Aside(0, dateline, false));
        }
        for (int i = Math.max(1, dateline + 2); i + 2 < tokens.size(); i++) {
            String before = tokens.get(i - 1).word();
            if (tokens.get(i).word().equals("(") && tokens.get(i + 2).word().equals(")")
                    && ACRONYM.matcher(tokens.get(i + 1).word()).matches()
                    && Character.isUpperCase(before.charAt(0)) && !nameGoesOn(tokens, i + 3)) {
                asides.add(new Aside(i, i + 2, true));
            }
        }
        return asides;
    }

    /**
     * The dash or colon ending a sentence-opening run of capitalised words, numbers and commas ("KABUL
     * (Reuters) -", "Rawalpindi, 14 October 2020 -", "IN BRIEF:"), when a capitalised word follows; else -1.
     */
    private static int datelineEnd(List<CoreLabel> tokens) {
        for (int k = 1; k < Math.min(tokens.size() - 1, DATELINE_TOKENS); k++) {
            String w = tokens.get(k).word();
            // "KABUL (Reuters) - The ...": a dash that stands apart, not the hyphen of "Al-Qa'idah"
            boolean apart = w.equals(":") || tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition();
            if (DATELINE_ENDS.contains(w) && apart) {
                String next = tokens.get(k + 1).word();
                return Character.isUpperCase(next.charAt(0)) || next.startsWith("\"") || next.startsWith("“")
                        || next.startsWith("`") ? k : -1;
            }
            char c = w.charAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && !DATELINE_PUNCT.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** "The Asia-Pacific Economic Cooperation (APEC) forum": the acronym sits inside the phrase, not after it. */
    private static boolean nameGoesOn(List<CoreLabel> tokens, int after) {
        String tag = after < tokens.size() ? tokens.get(after).tag() : null;
        return tag != null && tag.startsWith("NN");
    }

    /** The basic dependencies of the sentence, parsed by {@code parse} without its asides, over its own tokens. */
    static SemanticGraph parseWithout(CoreMap sentence, List<Aside> asides, Function<CoreMap, SemanticGraph> parse) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int k = i;
            if (asides.stream().noneMatch(a -> k >= a.from() && k <= a.to())) {
                kept.add(i);
            }
        }
        List<CoreLabel> reduced = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            CoreLabel copy = new CoreLabel(tokens.get(kept.get(i)));
            copy.setIndex(i + 1);
            reduced.add(copy);
        }
        CoreMap shorter = new ArrayCoreMap();
        shorter.set(CoreAnnotations.TokensAnnotation.class, reduced);
        SemanticGraph part = parse.apply(shorter);

        List<IndexedWord> words = new ArrayList<>();
        SemanticGraph graph = new SemanticGraph();
        for (CoreLabel t : tokens) {
            IndexedWord w = new IndexedWord(t);
            words.add(w);
            graph.addVertex(w);
        }
        for (IndexedWord root : part.getRoots()) {
            graph.addRoot(words.get(kept.get(root.index() - 1)));
        }
        for (SemanticGraphEdge e : part.edgeIterable()) {
            edge(graph, words.get(kept.get(e.getGovernor().index() - 1)), words.get(kept.get(e.getDependent().index() - 1)),
                    e.getRelation());
        }
        IndexedWord root = graph.getFirstRoot();
        for (Aside a : asides) {
            IndexedWord head = a.acronym() ? words.get(a.from() + 1) : root;
            if (a.acronym()) {
                edge(graph, words.get(a.from() - 1), head, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER);
            }
            for (int k = a.from(); k <= a.to(); k++) {
                if (words.get(k) != head) {
                    boolean punct = !Character.isLetterOrDigit(tokens.get(k).word().charAt(0));
                    edge(graph, head, words.get(k), punct ? UniversalEnglishGrammaticalRelations.PUNCTUATION
                            : GrammaticalRelation.DEPENDENT);
                }
            }
        }
        return graph;
    }

    private static void edge(SemanticGraph graph, IndexedWord governor, IndexedWord dependent, GrammaticalRelation relation) {
        graph.addEdge(governor, dependent, relation, 1.0, false);
    }
}
