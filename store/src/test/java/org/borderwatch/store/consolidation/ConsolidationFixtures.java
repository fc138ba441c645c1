package org.borderwatch.store.consolidation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.place.ResolvedPlace;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.resolve.consolidate.Consolidator;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.extraction.PostgresExtractionStore;

/**
 * News documents reporting incidents, stored and extracted as the extract stage would store them, and
 * the real consolidator over them.
 */
final class ConsolidationFixtures {
    static final ResolvedPlace BESHAM = new ResolvedPlace("Besham", "PK", "Khyber Pakhtunkhwa", "Shangla District",
            34.93, 72.88, 1183851L, "TOWN", "GeoNames", 100.4, "IN–PK");
    static final ResolvedPlace QUETTA = new ResolvedPlace("Quetta", "PK", "Balochistan", "Quetta District",
            30.18, 67.0, 1167528L, "TOWN", "GeoNames", 90.0, "AF–PK");

    private final TestDatabase db;
    private final PostgresExtractionStore extractions;
    final ConsolidationStore store;
    final Consolidator consolidator = new Consolidator();

    ConsolidationFixtures(TestDatabase db) {
        this.db = db;
        this.extractions = new PostgresExtractionStore(db.jdbi());
        this.store = new ConsolidationStore(db.jdbi(), new GroupReconciler());
    }

    /** A one-sentence news document reporting a bombing, extracted; returns the document id. */
    long news(String publisher, String published, String text, String placeWord, ResolvedPlace place,
              Optional<FuzzyDate> date, int killed, String perpetrator) {
        long doc = db.documents().storeAll(List.of(IncomingDocument.of(new Provenance("test:" + publisher + published,
                null, null, publisher, PublicationDate.of(LocalDate.parse(published), DateSource.GIVEN), text, "en",
                SourceGrade.B, "text"), text))).get(0).id();
        extract(doc, text, placeWord, place, date, killed, perpetrator);
        return doc;
    }

    /** (Re-)extracts the document's one incident, as the extract stage does. */
    void extract(long doc, String text, String placeWord, ResolvedPlace place, Optional<FuzzyDate> date, int killed,
                 String perpetrator) {
        Span all = new Span(0, text.length());
        IncidentReport r = new IncidentReport(IncidentType.BOMBING, date,
                List.of(new PlaceMention(placeWord, span(text, placeWord))),
                perpetrator == null ? List.of() : List.of(new Perpetrator(perpetrator, span(text, perpetrator),
                        Attribution.CLAIMED, null)),
                List.of(), Optional.of(Count.exactly(killed)), Optional.empty(), Optional.empty(), List.of(all));
        extractions.replaceMachineFacts(new Extraction(doc, "test-rules", List.of(r), List.of()), List.of(all),
                List.of(List.of(Optional.of(place))));
    }

    ConsolidationStore.Applied run(boolean full) {
        return store.consolidate(s -> consolidator.run(s.reports(), s.decisions(), s.previous(),
                Consolidator.Listener.NONE), full, m -> { });
    }

    static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new Span(at, at + words.length());
    }
}
