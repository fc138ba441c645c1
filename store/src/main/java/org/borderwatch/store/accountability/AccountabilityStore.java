package org.borderwatch.store.accountability;

import java.util.List;
import java.util.Objects;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.statement.StatementType;
import org.jdbi.v3.core.Jdbi;

/**
 * The accountability records in PostgreSQL (schema V10): the claim ledger, commitments, indicators,
 * conditions and engagements, and the incidents, statements and registry actors they are measured against.
 */
public final class AccountabilityStore {
    private final Jdbi jdbi;

    public AccountabilityStore(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    public LedgerRepository ledger() {
        return new LedgerRepository(jdbi);
    }

    public CommitmentRepository commitments() {
        return new CommitmentRepository(jdbi);
    }

    public IndicatorRepository indicators() {
        return new IndicatorRepository(jdbi);
    }

    public ConditionRepository conditions() {
        return new ConditionRepository(jdbi);
    }

    public EngagementRepository engagements() {
        return new EngagementRepository(jdbi);
    }

    /** Consolidated incidents and ungrouped reports, as indicators count them. */
    public List<IncidentFact> incidents() {
        return jdbi.withHandle(IncidentFacts::all);
    }

    /** Statements of these types that are not rejected, document by document. */
    public List<StatementFact> statements(List<StatementType> types) {
        return jdbi.withHandle(h -> StatementFacts.ofTypes(h, types));
    }

    public List<StatementFact> statementsOfDocument(long documentId) {
        return jdbi.withHandle(h -> StatementFacts.ofDocument(h, documentId));
    }

    /** The registered actors with their aliases and affiliations. */
    public List<RegistryActor> registry() {
        return jdbi.withHandle(Registry::actors);
    }
}
