package org.borderwatch.extract.statement;

import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;

/**
 * A statement while the rules still work on it: what one sentence gives, before the discourse pass
 * fills in what only neighbouring statements can tell (antecedents, inherited dates).
 */
final class Draft {
    /**
     * How the statement relates to an earlier one; HEARSAY answers reports nobody before made ("dismissed
     * reports that"); ADDRESSED_BEFORE is an author's "it should ..." to whom the author last addressed;
     * QUOTED is a quotation that names no speaker of its own, the words of the one quoted just before.
     */
    enum Reference { NONE, ANAPHOR, SIMILAR, HEARSAY, ADDRESSED_BEFORE, QUOTED }

    enum Tense { PAST, PLUPERFECT, PRESENT, PERFECT, NONE }

    StatementType type;
    Party speaker;
    Optional<Party> addressee = Optional.empty();
    boolean addresseeFromAntecedent;
    String proposition = "";
    Optional<FuzzyDate> date = Optional.empty();
    boolean negated;
    Optional<String> condition = Optional.empty();
    Voice voice = Voice.REPORTED;
    Reference reference = Reference.NONE;
    Tense tense = Tense.NONE;
    int sentence;
    int paragraph;
    Span sentenceSpan;
    String quote;
    /** Where the statement's content lies, to find the incidents it is about. */
    Span content;

    Draft(StatementType type, Party speaker, int sentence) {
        this.type = type;
        this.speaker = speaker;
        this.sentence = sentence;
    }

    Draft copyFor(Party otherSpeaker) {
        Draft d = new Draft(type, otherSpeaker, sentence);
        d.addressee = addressee;
        d.addresseeFromAntecedent = addresseeFromAntecedent;
        d.proposition = proposition;
        d.date = date;
        d.negated = negated;
        d.condition = condition;
        d.voice = voice;
        d.reference = reference;
        d.tense = tense;
        d.paragraph = paragraph;
        d.sentenceSpan = sentenceSpan;
        d.quote = quote;
        d.content = content;
        return d;
    }
}
