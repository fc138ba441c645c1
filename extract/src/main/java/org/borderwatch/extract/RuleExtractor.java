package org.borderwatch.extract;

import java.util.List;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.extraction.Extractor;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.extract.incident.IncidentFinder;
import org.borderwatch.extract.statement.StatementFinder;

/**
 * The extract stage as rules and lexicons over dependency parses: incidents first, then the statements
 * around them, which link to the incidents they are about, and last what those statements say about who
 * did them.
 */
public final class RuleExtractor implements Extractor {
    /** Bump when rules or lexicons change what is extracted; stored with every machine fact. */
    public static final String VERSION = "rules-21";

    @Override
    public Extraction extract(AnnotatedDocument document) {
        List<IncidentReport> incidents = IncidentFinder.find(document);
        List<StatementReport> statements = StatementFinder.find(document, incidents);
        return new Extraction(document.documentId(), VERSION, Attributions.apply(incidents, statements), statements);
    }

    @Override
    public String version() {
        return VERSION;
    }
}
