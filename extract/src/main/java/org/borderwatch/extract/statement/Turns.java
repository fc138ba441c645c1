package org.borderwatch.extract.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;

/**
 * The turns of a briefing or interview transcript: lines opened by "QUESTION:", "Q:", "DEPUTY
 * SPOKESPERSON:" or "A:". In an answer, "we" and what reads as the author's own voice are the one
 * answering, on the day of the transcript; in a question, "are you concerned" is nobody's statement, though
 * "Islamabad says ..." quoted by the questioner still is Islamabad's. A text is a transcript only when it
 * has question turns, so a dateline ("LAHORE: ...") is never taken for a speaker.
 */
final class Turns {
    private static final Pattern LABEL = Pattern.compile(
            "(?m)^([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,4}):[ \\t]+(?=\\S)");
    private static final Set<String> QUESTION = Set.of("q", "question", "interviewer", "reporter", "journalist");
    private static final Set<String> ANSWER = Set.of("a", "answer");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    private static final Set<String> ASKED = Set.of("you", "we", "i");

    /** Where a turn starts; its speaker is empty for a question, or for an answer by no one named. */
    private record Turn(int start, boolean question, Optional<Party> speaker) {
    }

    private final List<Turn> turns;
    private final Optional<LocalDate> documentDate;

    private Turns(List<Turn> turns, Optional<LocalDate> documentDate) {
        this.turns = turns;
        this.documentDate = documentDate;
    }

    static Turns of(AnnotatedDocument document) {
        String text = document.text();
        List<Turn> turns = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String label = m.group(1);
            String key = label.toLowerCase(Locale.ROOT).replace(".", "");
            Span span = new Span(m.start(1), m.end(1));
            if (QUESTION.contains(key)) {
                turns.add(new Turn(m.start(), true, Optional.empty()));
            } else if (ANSWER.contains(key)) {
                turns.add(new Turn(m.start(), false, Optional.empty()));
            } else {
                turns.add(new Turn(m.start(), false, Optional.of(labelled(label, span))));
            }
        }
        if (turns.stream().noneMatch(Turn::question)) {
            return new Turns(List.of(), document.documentDate());
        }
        Optional<Party> interviewee = interviewee(document, turns.get(0).start());
        List<Turn> named = turns.stream()
                .map(t -> t.question() || t.speaker().isPresent() ? t : new Turn(t.start(), false, interviewee))
                .toList();
        return new Turns(named, document.documentDate());
    }

    /** "A:" answers for the person the introduction names first ("we spoke with Mawlawi Hafizullah Noori"). */
    private static Optional<Party> interviewee(AnnotatedDocument document, int firstTurn) {
        return document.mentions().stream()
                .filter(m -> m.type().equals("PERSON") && m.span().end() <= firstTurn)
                .findFirst()
                .map(Turns::party);
    }

    private static Party party(Mention m) {
        return new Party(m.text(), Optional.empty(), m.span());
    }

    private static Party labelled(String label, Span span) {
        String[] words = label.split(" ");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        Optional<String> role = Vocabulary.in("role", head) ? Optional.of(label) : Optional.empty();
        return new Party(label, role, span);
    }

    /** The drafts as the turns they lie in read them; a question's own words are dropped. */
    List<Draft> assign(List<Draft> drafts) {
        if (turns.isEmpty()) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Optional<Turn> turn = turnAt(d.sentenceSpan.start());
            String speaker = d.speaker.mention().toLowerCase(Locale.ROOT);
            if (turn.isEmpty()) {
                out.add(d);
            } else if (turn.get().question()) {
                if (d.voice == Voice.REPORTED && !ASKED.contains(speaker)) {
                    out.add(d);
                }
            } else {
                turn.get().speaker().ifPresent(answering -> answeredBy(d, answering, speaker));
                out.add(d);
            }
        }
        return out;
    }

    private void answeredBy(Draft d, Party answering, String speaker) {
        if (d.voice == Voice.AUTHOR || FIRST_PERSON.contains(speaker)) {
            d.speaker = answering;
            d.voice = Voice.REPORTED;
            if (d.date.isEmpty()) {
                d.date = documentDate.map(FuzzyDate::day);
            }
        }
    }

    private Optional<Turn> turnAt(int offset) {
        Turn at = null;
        for (Turn t : turns) {
            if (t.start() <= offset) {
                at = t;
            }
        }
        return Optional.ofNullable(at);
    }
}
