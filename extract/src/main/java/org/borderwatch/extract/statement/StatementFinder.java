package org.borderwatch.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.annotation.Token;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.extract.text.Texts;
import org.borderwatch.extract.text.Tree;

/** Finds statements: who said what, when, to whom, linked to the incidents they are about. */
public final class StatementFinder {
    private StatementFinder() {
    }

    public static List<StatementReport> find(AnnotatedDocument document, List<IncidentReport> incidents) {
        List<Integer> paragraphStarts = paragraphStarts(document.text());
        List<Draft> drafts = new ArrayList<>();
        List<Discourse.Person> persons = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (sentence.tokens().isEmpty()) {
                continue;
            }
            Tree tree = new Tree(sentence);
            persons.addAll(Discourse.persons(tree, document.text()));
            for (Draft d : SentenceRules.apply(tree, document.text())) {
                d.paragraph = paragraphOf(paragraphStarts, sentence.span().start());
                if (d.voice == Voice.REPORTED) {
                    d.date = ownDate(document, sentence, d.content);
                }
                drafts.add(d);
            }
        }
        List<StatementReport> reports = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Draft> turnsRead = Turns.of(document).assign(drafts);
        for (Draft d : Discourse.resolve(turnsRead, persons, document.documentDate())) {
            // "demanded an investigation and asked Pakistan to punish the perpetrators": two demands, one
            // addressed; the same act read by two rules is one
            String addressee = d.addressee.map(a -> a.span().toString()).orElse("");
            if (seen.add(d.type + "|" + d.speaker.span() + "|" + d.sentence + "|" + addressee)) {
                reports.add(report(d, document, incidents));
            }
        }
        return reports;
    }

    /** The first dated time expression of the sentence that is not part of what was said. */
    private static Optional<FuzzyDate> ownDate(AnnotatedDocument document, Sentence sentence, Span content) {
        for (TimeMention time : document.times()) {
            if (time.sentence() == sentence.index() && time.resolved().isPresent()
                    && !(content != null && content.overlaps(time.span()))) {
                return time.resolved();
            }
        }
        return Optional.empty();
    }

    private static StatementReport report(Draft d, AnnotatedDocument document, List<IncidentReport> incidents) {
        List<Integer> linked = new ArrayList<>();
        for (int k = 0; k < incidents.size(); k++) {
            for (Span evidence : incidents.get(k).evidence()) {
                if (d.content != null && d.content.overlaps(evidence)) {
                    linked.add(k);
                    break;
                }
            }
        }
        if (linked.isEmpty() && d.content != null && namesAnAct(document, d)) {
            latestBefore(incidents, d.sentenceSpan.start()).ifPresent(linked::add);
        }
        return new StatementReport(d.type, d.speaker, d.addressee, Texts.normalise(d.proposition), d.quote, d.date,
                d.negated, d.condition, d.voice, linked, List.of(d.sentenceSpan));
    }

    /** "blamed the Taliban for planting the device": the bomb of the blast told. */
    private static final Set<String> BOMBS = Set.of("device", "bomb", "ied");

    /**
     * "vowed action against those behind the attack", "urged Pakistan to punish the perpetrators": the
     * act, or those who did it, are ones the reader was told of.
     */
    private static boolean namesAnAct(AnnotatedDocument document, Draft d) {
        Span content = d.content;
        List<Token> tokens = document.sentences().stream().filter(s -> s.index() == d.sentence).findFirst()
                .map(Sentence::tokens).orElse(List.of());
        for (int k = 1; k < tokens.size(); k++) {
            Token before = tokens.get(k - 1);
            boolean definite = Set.of("the", "this", "that", "'s").contains(before.lemma().toLowerCase(Locale.ROOT));
            String lemma = tokens.get(k).lemma().toLowerCase(Locale.ROOT);
            if (definite && content.contains(tokens.get(k).span())
                    && (Grammar.EVENT_NOUNS.contains(lemma) || Vocabulary.in("doer", lemma) || BOMBS.contains(lemma))) {
                return true;
            }
            // "said its Majeed Brigade had carried it out": a claim's "it" is the act told
            if (d.type == org.borderwatch.core.statement.StatementType.CLAIM_RESPONSIBILITY && lemma.equals("it")
                    && content.contains(tokens.get(k).span()) && !before.lemma().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    /** The incident last told before the offset. */
    private static Optional<Integer> latestBefore(List<IncidentReport> incidents, int offset) {
        Optional<Integer> latest = Optional.empty();
        int at = -1;
        for (int k = 0; k < incidents.size(); k++) {
            for (Span evidence : incidents.get(k).evidence()) {
                if (evidence.start() < offset && evidence.start() > at) {
                    at = evidence.start();
                    latest = Optional.of(k);
                }
            }
        }
        return latest;
    }

    private static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            starts.add(i + 2);
        }
        return starts;
    }

    private static int paragraphOf(List<Integer> starts, int offset) {
        int p = 0;
        while (p + 1 < starts.size() && starts.get(p + 1) <= offset) {
            p++;
        }
        return p;
    }
}
