package org.borderwatch.core.extraction;

import java.util.List;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.statement.StatementReport;

/** What the extract stage found in one document. */
public record Extraction(long documentId, String extractorVersion, List<IncidentReport> incidents,
                         List<StatementReport> statements) {
    public Extraction {
        incidents = List.copyOf(incidents);
        statements = List.copyOf(statements);
    }
}
