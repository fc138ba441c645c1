package org.borderwatch.store.extraction;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.place.ResolvedPlace;

/**
 * An event of a dataset to store as a report: the document rendering the record (its provenance), the
 * incident it reports with evidence spans into that document's text, and its place resolved.
 *
 * @param dataset  {@code incident.source_dataset} ({@code ucdp-ged})
 * @param recordId {@code incident.source_record}, the dataset's id of the event
 * @param importer the importer's version, stored as the incident's extractor
 */
public record ImportedRecord(String dataset, String recordId, IncomingDocument document, IncidentReport report,
                             Optional<ResolvedPlace> place, String importer) {
    public ImportedRecord {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(importer, "importer");
        if (report.places().size() > 1 || (place.isPresent() && report.places().isEmpty())) {
            throw new IllegalArgumentException("an imported record has one place mention for its one place");
        }
    }
}
