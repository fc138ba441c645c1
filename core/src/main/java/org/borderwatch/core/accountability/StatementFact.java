package org.borderwatch.core.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;

/**
 * A stored statement as the claim ledger, commitment and engagement rules read it.
 *
 * @param key         a name that survives re-extraction (which gives statements new ids):
 *                    {@code doc:<document>:<first evidence offset>:<type>:<speaker offset>:<addressee offset>}
 * @param proposition the normalised proposition (lower case)
 * @param published   the document's publication date
 * @param evidence    the first evidence span, with its sentence index
 */
public record StatementFact(long id, String key, StatementType type, PartyRef speaker, Optional<String> speakerRole,
                            Optional<PartyRef> addressee, String proposition, Optional<String> quote,
                            Optional<FuzzyDate> date, boolean negated, Optional<String> condition, Voice voice,
                            long documentId, Optional<LocalDate> published, List<Long> incidentIds,
                            Optional<Evidence> evidence) {
    public StatementFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerRole, "speakerRole");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(evidence, "evidence");
        incidentIds = List.copyOf(incidentIds);
    }

    /** When it was said: its own date, else the document's publication date. */
    public Optional<LocalDate> day() {
        return date.map(FuzzyDate::earliest).or(() -> published);
    }
}
