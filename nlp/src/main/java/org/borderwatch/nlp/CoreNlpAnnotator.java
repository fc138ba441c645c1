package org.borderwatch.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Annotator;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.SentenceFilter;

/**
 * The annotate stage on Stanford CoreNLP. NER and parsing are nearly all of CoreNLP's cost, so the
 * whole text is only tokenised and split; the taggers, NER with SUTime and our lexicon, and the parser
 * then run on the sentences the {@link SentenceFilter} accepts, reusing the splitter's tokens (their
 * offsets are already document offsets). Models load once, in the constructor; {@link #annotate} is
 * thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final NlpConfig config;
    private final SentenceFilter filter;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final NameTags names;
    private final BasicDependencyParser parser;
    private final Duration loadTime;

    private final LongAdder documents = new LongAdder();
    private final LongAdder sentencesAnnotated = new LongAdder();
    private final LongAdder sentencesSkipped = new LongAdder();
    private final LongAdder sentencesUnparsed = new LongAdder();
    private final LongAdder sentencesFailed = new LongAdder();
    private final LongAdder tokensAnnotated = new LongAdder();
    private final LongAdder tokensSkipped = new LongAdder();

    public CoreNlpAnnotator(NlpConfig config, SentenceFilter filter) {
        this.config = Objects.requireNonNull(config, "config");
        this.filter = Objects.requireNonNull(filter, "filter");
        long start = System.nanoTime();
        this.splitter = new StanfordCoreNLP(PipelineProperties.splitter());
        this.tagger = withLexicon(config, splitter, mapping -> new StanfordCoreNLP(
                PipelineProperties.tagger(config, mapping)));
        this.names = new NameTags();
        this.parser = config.depparse() ? new BasicDependencyParser(config.threads()) : null;
        this.loadTime = Duration.ofNanos(System.nanoTime() - start);
    }

    public NlpConfig config() {
        return config;
    }

    /** How long loading the models took. */
    public Duration loadTime() {
        return loadTime;
    }

    public AnnotationStats stats() {
        return new AnnotationStats(documents.sum(), sentencesAnnotated.sum(), sentencesSkipped.sum(),
                sentencesUnparsed.sum(), sentencesFailed.sum(), tokensAnnotated.sum(), tokensSkipped.sum());
    }

    @Override
    public AnnotatedDocument annotate(long documentId, String text, Optional<LocalDate> documentDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        Annotation whole = new Annotation(text);
        splitter.annotate(whole);
        List<CoreMap> sentences = whole.get(CoreAnnotations.SentencesAnnotation.class);

        Selection chosen = select(sentences);
        Set<CoreMap> failed = chosen.accepted.isEmpty() ? Set.of() : tag(text, chosen.accepted, documentDate);
        chosen.parseable.removeAll(failed);
        names.repair(chosen.parseable);
        if (parser != null) {
            sentencesUnparsed.add(parser.parse(chosen.parseable));
        }

        SentenceMapper mapper = new SentenceMapper(text, documentDate);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            boolean tagged = chosen.relevant[i] && !failed.contains(s);
            out.add(tagged ? mapper.annotated(i, s) : SentenceMapper.skipped(i, s));
        }
        documents.increment();
        sentencesAnnotated.add(chosen.accepted.size() - failed.size());
        sentencesFailed.add(failed.size());
        sentencesSkipped.add(sentences.size() - chosen.accepted.size());
        return new AnnotatedDocument(documentId, text, documentDate, out, mapper.mentions(), mapper.times());
    }

    /** The sentences the filter accepts, and those of them short enough to parse. */
    private record Selection(boolean[] relevant, List<CoreMap> accepted, List<CoreMap> parseable) {
    }

    private Selection select(List<CoreMap> sentences) {
        Selection chosen = new Selection(new boolean[sentences.size()], new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            int tokens = s.get(CoreAnnotations.TokensAnnotation.class).size();
            chosen.relevant[i] = filter.relevant(s.get(CoreAnnotations.TextAnnotation.class));
            if (!chosen.relevant[i]) {
                tokensSkipped.add(tokens);
                continue;
            }
            chosen.accepted.add(s);
            tokensAnnotated.add(tokens);
            if (tokens <= config.maxSentenceTokens()) {
                chosen.parseable.add(s);
            } else if (parser != null) {
                sentencesUnparsed.increment();
            }
        }
        return chosen;
    }

    /**
     * Tags the accepted sentences together, which is fastest. Should CoreNLP fail on the batch, one
     * bad sentence must not cost the whole document: the sentences are retried one by one and those
     * that still fail are returned, to be kept without tokens and counted.
     */
    private Set<CoreMap> tag(String text, List<CoreMap> accepted, Optional<LocalDate> date) {
        try {
            tagger.annotate(part(text, accepted, date));
            return Set.of();
        } catch (RuntimeException | StackOverflowError batchFailure) { // SUTime recursion can overflow on junk
            Set<CoreMap> failed = Collections.newSetFromMap(new IdentityHashMap<>());
            for (CoreMap sentence : accepted) {
                try {
                    tagger.annotate(part(text, List.of(sentence), date));
                } catch (RuntimeException | StackOverflowError e) {
                    failed.add(sentence);
                }
            }
            return failed;
        }
    }

    /**
     * A document made of some of the sentences, sharing their token objects so the annotators' labels
     * land on them. The full text stays its text, so every character offset keeps its meaning.
     */
    private static Annotation part(String text, List<CoreMap> sentences, Optional<LocalDate> date) {
        Annotation part = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> own = s.get(CoreAnnotations.TokensAnnotation.class);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
            tokens.addAll(own);
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        }
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        date.ifPresent(d -> part.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        return part;
    }

    /**
     * Builds a pipeline that reads our lexicon from temporary mapping files, deleted once it is built:
     * CoreNLP reads them in its constructor and keeps the patterns in memory.
     */
    private static StanfordCoreNLP withLexicon(NlpConfig config, StanfordCoreNLP splitter,
                                               Function<String, StanfordCoreNLP> build) {
        List<Path> files = new ArrayList<>();
        try {
            String mapping = EntityLexicon.writeMappingFiles(config.entityPatterns(), phrase -> words(splitter, phrase),
                    files);
            return build.apply(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entity lexicon for CoreNLP", e);
        } finally {
            for (Path f : files) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    f.toFile().deleteOnExit(); // a leftover temp file is harmless
                }
            }
        }
    }

    private static List<String> words(StanfordCoreNLP splitter, String phrase) {
        Annotation a = new Annotation(phrase);
        splitter.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
    }

    /**
     * Plain CoreNLP with the same annotators and lexicon over whole texts, without our sentence filter
     * or mapping: the baseline for measuring what the adapter costs or saves.
     */
    public static BarePipeline bareBaseline(NlpConfig config) {
        long start = System.nanoTime();
        StanfordCoreNLP splitter = new StanfordCoreNLP(PipelineProperties.splitter());
        StanfordCoreNLP pipeline = withLexicon(config, splitter,
                mapping -> new StanfordCoreNLP(PipelineProperties.bare(config, mapping)));
        return new BarePipeline(pipeline, Duration.ofNanos(System.nanoTime() - start));
    }
}
