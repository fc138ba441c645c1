package org.borderwatch.core.statement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Who said what, when, to whom, as one document reports it.
 *
 * @param proposition what is asserted or asked, normalised (lower case, no quotes or modal
 *                    hedges) so that a claim and its denial can meet
 * @param incidents   indices into the same extraction's incident list that this statement is about
 * @param negated     the speaker asserts the opposite of the proposition
 * @param condition   the condition it is made under ("if Kabul did not respond"), if any
 */
public record StatementReport(
        StatementType type,
        Party speaker,
        Optional<Party> addressee,
        String proposition,
        String quote,
        Optional<FuzzyDate> date,
        boolean negated,
        Optional<String> condition,
        Voice voice,
        List<Integer> incidents,
        List<Span> evidence) {

    public StatementReport {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(voice, "voice");
        incidents = List.copyOf(incidents);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one evidence span");
        }
    }
}
