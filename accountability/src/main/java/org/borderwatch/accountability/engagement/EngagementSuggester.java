package org.borderwatch.accountability.engagement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.core.accountability.EngagementDraft;
import org.borderwatch.core.accountability.EngagementKind;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.document.Document;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Suggests engagements from the sentences of documents that report one (the cues of
 * {@code engagement-cues.tsv}: "delegations of tribal leaders and ulema", "formal channels",
 * "cross-border armed conflict"), one per kind and sentence. The parties are the known parties the
 * sentence names. The date is that of a statement read from the same sentence; else the text only
 * says it happened by the publication date, so the date is the year up to it, at approximate
 * precision, for an analyst to set.
 */
public final class EngagementSuggester {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"’']?)\\s+(?=[\"“‘]?\\p{Lu})|\\n+");
    private static final int TITLE_LENGTH = 160;
    private final Map<EngagementKind, List<Pattern>> cues;
    private final KnownParties registry;

    public EngagementSuggester(KnownParties registry) {
        this.cues = load();
        this.registry = registry;
    }

    private static Map<EngagementKind, List<Pattern>> load() {
        Map<EngagementKind, List<Pattern>> cues = new LinkedHashMap<>();
        try (var in = EngagementSuggester.class.getResourceAsStream("engagement-cues.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    cues.computeIfAbsent(EngagementKind.parse(f[0]), k -> new ArrayList<>())
                            .add(Pattern.compile(f[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled engagement-cues.tsv unreadable", e);
        }
        return cues;
    }

    /** Suggestions from one document, given the statements read from it. */
    public List<EngagementDraft> suggest(Document document, List<StatementFact> statements) {
        String text = document.text();
        KnownParties known = KnownParties.of(statements).addAll(registry);
        List<EngagementDraft> out = new ArrayList<>();
        int start = 0;
        Matcher ends = SENTENCE_END.matcher(text);
        List<Span> sentences = new ArrayList<>();
        while (ends.find()) {
            sentences.add(new Span(start, ends.start()));
            start = ends.end();
        }
        sentences.add(new Span(start, text.length()));
        for (int index = 0; index < sentences.size(); index++) {
            Span sentence = sentences.get(index);
            String words = sentence.of(text);
            Set<EngagementKind> kinds = new LinkedHashSet<>();
            for (Map.Entry<EngagementKind, List<Pattern>> e : cues.entrySet()) {
                if (e.getValue().stream().anyMatch(p -> p.matcher(words).find())) {
                    kinds.add(e.getKey());
                }
            }
            if (kinds.isEmpty()) {
                continue;
            }
            Optional<FuzzyDate> date = dateOf(sentence, statements).or(() -> document.provenance().published()
                    .value().map(EngagementSuggester::byPublication));
            if (date.isEmpty()) {
                continue; // an undated document: nothing to measure before and after
            }
            Evidence evidence = new Evidence(document.id(), sentence, index, words);
            String title = words.length() <= TITLE_LENGTH ? words : words.substring(0, TITLE_LENGTH - 1) + "…";
            for (EngagementKind kind : kinds) {
                out.add(new EngagementDraft(kind, title, date.get(), known.in(words),
                        "doc:" + document.id() + ":" + sentence.start() + ":" + kind.name(), evidence));
            }
        }
        return out;
    }

    private static FuzzyDate byPublication(LocalDate published) {
        return new FuzzyDate(published.minusYears(1), published, DatePrecision.APPROXIMATE);
    }

    private static Optional<FuzzyDate> dateOf(Span sentence, List<StatementFact> statements) {
        for (StatementFact s : statements) {
            if (s.date().isPresent() && s.evidence().isPresent() && sentence.overlaps(s.evidence().get().span())) {
                return s.date();
            }
        }
        return Optional.empty();
    }
}
