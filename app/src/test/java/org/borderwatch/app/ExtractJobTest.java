package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Annotator;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.extraction.Extractor;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.extraction.FactQuery;
import org.borderwatch.store.extraction.PostgresExtractionStore;
import org.junit.jupiter.api.Test;

/** The job's plumbing with a stand-in annotator and extractor: paging, threads, failures, re-runs. */
class ExtractJobTest {
    private final TestDatabase db = TestDatabase.create();
    private final PostgresExtractionStore facts = new PostgresExtractionStore(db.jdbi());

    /** One sentence, no tokens (as if the filter refused it) unless it says "attack". */
    private final Annotator annotator = (id, text, date) -> {
        if (text.contains("BOOM")) {
            throw new IllegalStateException("parser exploded");
        }
        Sentence s = new Sentence(0, new Span(0, text.length()), List.of(), List.of());
        return new AnnotatedDocument(id, text, date, List.of(s), List.of(), List.of());
    };

    /** One ATTACK per document that says "attack", citing the first word. */
    private final Extractor extractor = new Extractor() {
        @Override
        public Extraction extract(AnnotatedDocument d) {
            List<IncidentReport> incidents = d.text().contains("attack")
                    ? List.of(new IncidentReport(IncidentType.ATTACK, Optional.empty(), List.of(), List.of(), List.of(),
                            Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Span(0, 3))))
                    : List.of();
            return new Extraction(d.documentId(), "test-1", incidents, List.of());
        }

        @Override
        public String version() {
            return "test-1";
        }
    };

    private static final int PAGE = 4;

    @Test
    void extractsEveryDocumentAcrossPagesReportsFailuresByIdAndReplacesOnReRun() {
        List<Long> stored = new ArrayList<>();
        for (int i = 0; i < 2 * PAGE + 3; i++) {
            stored.add(store(i % 2 == 0 ? "An attack number " + i : "Quiet day " + i));
        }
        long broken = store("BOOM goes the parser");
        List<ExtractJob.Failure> reported = Collections.synchronizedList(new ArrayList<>());

        ExtractJob.Summary first = job(3, reported::add).run(Optional.empty());
        assertThat(first.documents()).isEqualTo(stored.size());
        assertThat(first.incidents()).isEqualTo((stored.size() + 1) / 2);
        assertThat(first.filtered()).isEqualTo(stored.size());
        assertThat(first.failures()).containsExactly(new ExtractJob.Failure(broken, "IllegalStateException: parser exploded"));
        assertThat(reported).isEqualTo(first.failures());
        assertThat(first.describe()).contains("1 document failed");

        ExtractJob.Summary second = job(1, f -> { }).run(Optional.empty());
        assertThat(second.incidents()).isEqualTo(first.incidents());
        assertThat(facts.countIncidents(FactQuery.all(1))).isEqualTo(first.incidents());

        ExtractJob.Summary one = job(2, f -> { }).run(Optional.of(stored.get(0)));
        assertThat(one.documents()).isEqualTo(1);
        assertThat(one.failures()).isEmpty();
        assertThat(facts.countIncidents(FactQuery.all(1))).isEqualTo(first.incidents());
    }

    @Test
    void theActorStageLinksEachDocumentsStoredFactsAndAFailureThereIsTheDocumentsFailure() {
        long named = store("An attack claimed by the TTP");
        long unnamed = store("An attack by unknown men");
        Extractor withPerpetrators = new Extractor() {
            @Override
            public Extraction extract(AnnotatedDocument d) {
                String who = d.text().contains("TTP") ? "the TTP" : "unknown men";
                int at = d.text().indexOf(who);
                return new Extraction(d.documentId(), "test-1", List.of(new IncidentReport(IncidentType.ATTACK,
                        Optional.empty(), List.of(), List.of(new org.borderwatch.core.incident.Perpetrator(who,
                                new Span(at, at + who.length()), org.borderwatch.core.incident.Attribution.CLAIMED, null)),
                        List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Span(0, 3)))), List.of());
            }

            @Override
            public String version() {
                return "test-1";
            }
        };
        var actorStore = new org.borderwatch.store.actor.PostgresActorStore(db.jdbi());
        ActorLinker linker = new ActorLinker(actorStore, ActorLinker.syncedRegistry(actorStore, m -> { }),
                org.borderwatch.resolve.actor.PublisherCountries.bundled(), "v1");
        Progress silent = new Progress(new PrintWriter(new StringWriter()), false, "extract");
        ExtractJob.Summary summary = new ExtractJob(db.documents(), facts, annotator, withPerpetrators, 2, silent, f -> { },
                PAGE, org.borderwatch.resolve.place.IncidentPlacer::bundled, linker).run(Optional.empty());
        assertThat(summary.failures()).isEmpty();
        assertThat(linker.describe()).startsWith("1 actor mention resolved, 1 left as candidates");
        assertThat(actorStore.detail("ttp").orElseThrow().incidentsAttributed()).isEqualTo(1);
        assertThat(actorStore.candidates(10, 0)).singleElement()
                .satisfies(c -> assertThat(c.examples()).containsExactly("\"unknown men\" in document " + unnamed));
        assertThat(actorStore.documentsToResolve(0, 10, Optional.of("v1"))).isEmpty();

        ExtractJob.ActorStage broken = id -> {
            throw new IllegalStateException("registry unreachable");
        };
        ExtractJob.Summary failing = new ExtractJob(db.documents(), facts, annotator, withPerpetrators, 1, silent, f -> { },
                PAGE, org.borderwatch.resolve.place.IncidentPlacer::bundled, broken).run(Optional.of(named));
        assertThat(failing.failures()).containsExactly(new ExtractJob.Failure(named, "IllegalStateException: registry unreachable"));
    }

    private ExtractJob job(int threads, java.util.function.Consumer<ExtractJob.Failure> onFailure) {
        Progress silent = new Progress(new PrintWriter(new StringWriter()), false, "extract");
        return new ExtractJob(db.documents(), facts, annotator, extractor, threads, silent, onFailure, PAGE);
    }

    private long store(String text) {
        IncomingDocument in = IncomingDocument.of(new Provenance("test", null, null, null,
                PublicationDate.of(LocalDate.of(2024, 1, 1), org.borderwatch.core.document.DateSource.GIVEN),
                null, "en", SourceGrade.F, "text"), text);
        return db.documents().storeAll(List.of(in)).get(0).id();
    }
}
