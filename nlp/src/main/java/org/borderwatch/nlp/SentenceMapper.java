package org.borderwatch.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.annotation.Token;
import org.borderwatch.core.evidence.Span;

/**
 * Copies one CoreNLP sentence into core records: tokens with document offsets, basic Universal
 * Dependencies, entity mentions grouped from the final token labels, and resolved time expressions.
 * One instance serves one document and collects its mentions and times.
 */
final class SentenceMapper {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    /**
     * Adjectives and adverbs SUTime reads as time references though they rarely are one: "factions
     * are present in Afghanistan", "once more". The reference they carry resolves to no date anyway.
     */
    private static final Set<String> FALSE_TIME_WORDS = Set.of("present", "once", "former", "current");
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "shall", "'ll", "wo", "next", "upcoming",
            "scheduled");

    private final String text;
    private final Optional<LocalDate> documentDate;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();

    SentenceMapper(String text, Optional<LocalDate> documentDate) {
        this.text = text;
        this.documentDate = documentDate;
    }

    List<Mention> mentions() {
        return mentions;
    }

    List<TimeMention> times() {
        return times;
    }

    static Span span(CoreMap annotated) {
        return new Span(annotated.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                annotated.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    /** A sentence the filter refused, or one the taggers never reached. */
    static Sentence skipped(int index, CoreMap sentence) {
        return new Sentence(index, span(sentence), List.of(), List.of());
    }

    Sentence annotated(int index, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> groups = entityGroups(labels);
        groups.removeIf(g -> dropFalseTime(labels, g));
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, span(l), l.word(), l.lemma(), l.tag(), l.ner()));
        }
        for (int[] g : groups) {
            Span span = new Span(tokens.get(g[0]).span().start(), tokens.get(g[1] - 1).span().end());
            mentions.add(new Mention(span, span.of(text), labels.get(g[0]).ner(), index, g[0], g[1]));
        }
        boolean future = labels.stream().anyMatch(l -> FUTURE_MARKERS.contains(l.word().toLowerCase(Locale.ROOT)));
        for (int[] g : timeGroups(labels)) {
            Span span = new Span(tokens.get(g[0]).span().start(), tokens.get(g[1] - 1).span().end());
            Timex timex = labels.get(g[0]).get(TimeAnnotations.TimexAnnotation.class);
            times.add(time(index, labels, g, span, timex, future));
        }
        return new Sentence(index, span(sentence), tokens, dependencies(sentence));
    }

    private TimeMention time(int sentence, List<CoreLabel> labels, int[] g, Span span, Timex timex,
                             boolean future) {
        String nextWord = g[1] < labels.size() ? labels.get(g[1]).word() : "";
        // SUTime leaves what it cannot normalise in altVal: "2024-10-15-WXX-2 INTERSECT PTXH" for "the early hours of Tuesday"
        String value = timex.value() != null ? timex.value() : Objects.toString(timex.altVal(), "");
        TimeResolver.Resolution r = TimeResolver.resolve(span.of(text), timex.timexType(), value.isEmpty() ? null : value,
                nextWord, future, documentDate);
        Span covered = r.usesNextWord() ? new Span(span.start(), labels.get(g[1]).endPosition()) : span;
        return new TimeMention(covered, covered.of(text), sentence, value, r.date());
    }

    /**
     * Entity mentions: runs of tokens with one label. A run also breaks where the normalised value
     * changes, so "Sunday" next to "March" or "five" next to "one" stay apart.
     */
    private static List<int[]> entityGroups(List<CoreLabel> labels) {
        return runs(labels, l -> {
            if (l.ner() == null || "O".equals(l.ner())) {
                return null;
            }
            Timex timex = l.get(TimeAnnotations.TimexAnnotation.class);
            String value = timex != null ? timex.tid() : l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            return l.ner() + "\u0000" + value;
        });
    }

    /**
     * Time expressions: runs of tokens carrying one SUTime expression, whatever their label: "Friday
     * morning" is one expression though SUTime tags "Friday" DATE and "morning" TIME.
     */
    private static List<int[]> timeGroups(List<CoreLabel> labels) {
        return runs(labels, l -> {
            Timex timex = TIME_TYPES.contains(l.ner()) ? l.get(TimeAnnotations.TimexAnnotation.class) : null;
            return timex == null ? null : "timex\u0000" + timex.tid();
        });
    }

    /** Maximal runs of tokens with the same non-null key, as {@code [first, end)} index pairs. */
    private static List<int[]> runs(List<CoreLabel> labels, Function<CoreLabel, String> key) {
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            String k = key.apply(labels.get(i));
            int end = i + 1;
            while (k != null && end < labels.size() && k.equals(key.apply(labels.get(end)))) {
                end++;
            }
            if (k != null) {
                groups.add(new int[] {i, end});
            }
            i = end;
        }
        return groups;
    }

    private static boolean dropFalseTime(List<CoreLabel> labels, int[] g) {
        if (g[1] - g[0] != 1) {
            return false;
        }
        CoreLabel l = labels.get(g[0]);
        Timex timex = l.get(TimeAnnotations.TimexAnnotation.class);
        boolean reference = timex != null && timex.value() != null && timex.value().endsWith("_REF");
        String pos = l.tag() == null ? "" : l.tag();
        boolean modifier = pos.startsWith("JJ") || pos.startsWith("RB");
        if (reference && modifier && FALSE_TIME_WORDS.contains(l.word().toLowerCase(Locale.ROOT))) {
            l.setNER("O");
            l.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            l.remove(TimeAnnotations.TimexAnnotation.class);
            return true;
        }
        return false;
    }

    /** Basic UD: a tree over the sentence's own tokens, so indices always match (enhanced graphs add copies). */
    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> edges = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            edges.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            edges.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        edges.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
        return edges;
    }
}
