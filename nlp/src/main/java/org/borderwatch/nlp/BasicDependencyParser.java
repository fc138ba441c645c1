package org.borderwatch.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;

/**
 * CoreNLP's neural dependency parser, called directly. Its pipeline annotator also derives collapsed,
 * CC-processed, enhanced and enhanced++ graphs for every sentence, a fifth of the parse time here,
 * and we keep only the basic tree. Thread-safe: the parser's prediction keeps no state between calls.
 */
final class BasicDependencyParser {
    private final DependencyParser parser;
    private final ForkJoinPool pool;

    BasicDependencyParser(int threads) {
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    /**
     * Sets each sentence's basic dependencies; the sentences need POS tags. A sentence the parser
     * fails on keeps its tags and gets no parse.
     *
     * @return how many sentences could not be parsed
     */
    int parse(List<CoreMap> sentences) {
        if (pool == null || sentences.size() < 2) {
            return (int) sentences.stream().filter(s -> !parse(s)).count();
        }
        return pool.submit(() -> (int) sentences.parallelStream().filter(s -> !parse(s)).count()).join();
    }

    private boolean parse(CoreMap sentence) {
        try {
            List<ParseAsides.Aside> asides = ParseAsides.find(sentence.get(CoreAnnotations.TokensAnnotation.class));
            SemanticGraph graph = asides.isEmpty() ? basic(sentence)
                    : ParseAsides.parseWithout(sentence, asides, this::basic);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, graph);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private SemanticGraph basic(CoreMap sentence) {
        GrammaticalStructure structure = parser.predict(sentence);
        return SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
    }
}
