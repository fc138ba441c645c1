package org.borderwatch.store.extraction;

import java.util.List;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;

/**
 * A statement as listed: its stored fields, the document it was read from and its first evidence.
 *
 * @param type        the statement type name (a {@link org.borderwatch.core.statement.StatementType} for machine facts)
 * @param speaker     the words naming the speaker, else the resolved actor's name
 * @param proposition the normalised proposition
 * @param quote       the words the statement quotes or paraphrases, as the extractor chose them
 * @param incidentIds the stored incidents it is about
 * @param evidence    its first evidence span with the quoted words, if it has one
 */
public record StoredStatement(
        long id,
        FactSource source,
        DocumentRef document,
        String type,
        Optional<String> speaker,
        Optional<String> speakerRole,
        Optional<String> addressee,
        Optional<String> addresseeRole,
        Optional<String> proposition,
        Optional<String> quote,
        Optional<FuzzyDate> date,
        boolean negated,
        Optional<String> condition,
        Voice voice,
        List<Long> incidentIds,
        Optional<Evidence> evidence) {

    public StoredStatement {
        incidentIds = List.copyOf(incidentIds);
    }
}
