package org.borderwatch.ingest;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.incident.IncidentReport;

/**
 * One event of a dataset (a UCDP GED or ACLED row) read as a report: the record rendered as a short
 * text document that is its provenance (every fact cites a span of it), the incident it reports, and
 * where the dataset places it.
 *
 * @param dataset  the dataset's id ({@code ucdp-ged}, {@code acled})
 * @param recordId the dataset's own id of the event
 * @param where    the file and row it was read from ({@code ged.csv:row 7})
 * @param report   the incident, its evidence spans pointing into {@code document}'s text
 */
public record DatasetRecord(String dataset, String recordId, String where, IncomingDocument document,
                            IncidentReport report, Optional<RecordPlace> place) {
    public DatasetRecord {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(place, "place");
        if (report.places().size() != (place.isPresent() ? 1 : 0)) {
            throw new IllegalArgumentException("a dataset record names its place once, or not at all");
        }
    }
}
