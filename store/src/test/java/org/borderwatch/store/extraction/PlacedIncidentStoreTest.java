package org.borderwatch.store.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.store.extraction.ExtractionFixtures.TEXT;
import static org.borderwatch.store.extraction.ExtractionFixtures.sentences;
import static org.borderwatch.store.extraction.ExtractionFixtures.span;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.place.ResolvedPlace;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.Test;

class PlacedIncidentStoreTest {
    private static final ResolvedPlace BESHAM = new ResolvedPlace("Besham", "PK", "Khyber Pakhtunkhwa",
            "Shangla District", 34.93, 72.88, 1183851L, "TOWN", "GeoNames", 100.4, "IN–PK");
    private static final ResolvedPlace KHYBER = new ResolvedPlace("Khyber", "PK", "Khyber Pakhtunkhwa", "Khyber",
            34.05, 71.2, null, "DISTRICT", "curated", 12.5, "AF–PK");
    private static final ResolvedPlace TORKHAM = new ResolvedPlace("Torkham", "PK", "Khyber Pakhtunkhwa", "Khyber",
            34.13, 71.09, 1162000L, "TOWN", "GeoNames", 0.8, "AF–PK");

    private final TestDatabase db = TestDatabase.create();
    private final PostgresExtractionStore store = new PostgresExtractionStore(db.jdbi());
    private final long doc = ExtractionFixtures.storeDocument(db, "Bisham", LocalDate.of(2024, 5, 28), TEXT);

    /** Torkham named twice (as the Khyber district and as the town), then Bisham. */
    private Extraction extraction() {
        IncidentReport t = ExtractionFixtures.torkham();
        IncidentReport torkham = new IncidentReport(t.type(), t.date(),
                List.of(new PlaceMention("Khyber", span(TEXT, "Torkham")), new PlaceMention("Torkham", span(TEXT, "Torkham"))),
                t.perpetrators(), t.victims(), t.killed(), t.injured(), t.captured(), t.evidence());
        return new Extraction(doc, "rules-1", List.of(torkham, ExtractionFixtures.bisham()), List.of());
    }

    private static final List<List<Optional<ResolvedPlace>>> PLACED = List.of(
            List.of(Optional.of(KHYBER), Optional.of(TORKHAM)), List.of(Optional.of(BESHAM)));

    @Test
    void incidentsArePlacedAtTheirMostPreciseResolvedPlaceWithItsBorderDistance() {
        store.replaceMachineFacts(extraction(), sentences(TEXT), PLACED);

        Map<String, StoredIncident> byPlace = new java.util.HashMap<>();
        for (StoredIncident i : store.incidents(FactQuery.all(10))) {
            byPlace.put(i.place().orElseThrow().name(), i);
        }
        StoredPlace besham = byPlace.get("Besham").place().orElseThrow();
        assertThat(besham).isEqualTo(new StoredPlace(besham.id(), 1183851L, "Besham", "PK", "Khyber Pakhtunkhwa",
                "Shangla District", 34.93, 72.88, "TOWN", 100.4, "IN–PK"));
        assertThat(byPlace.get("Besham").places()).containsExactly("Bisham");
        StoredPlace torkham = byPlace.get("Torkham").place().orElseThrow();
        assertThat(torkham.precision()).isEqualTo("TOWN");
        assertThat(torkham.borderKm()).isEqualTo(0.8);
        assertThat(byPlace.get("Torkham").places()).containsExactly("Khyber", "Torkham");
        assertThat(linkedMentions()).isEqualTo(3L);
        assertThat(placeRows()).isEqualTo(3L);
    }

    @Test
    void placingAgainReusesThePlaceRowsWithAndWithoutGeonamesIds() {
        store.replaceMachineFacts(extraction(), sentences(TEXT), PLACED);
        store.replaceMachineFacts(extraction(), sentences(TEXT), PLACED);
        assertThat(placeRows()).isEqualTo(3L);
        assertThat(linkedMentions()).isEqualTo(3L);
    }

    @Test
    void unresolvedMentionsLeaveTheIncidentUnplaced() {
        store.replaceMachineFacts(extraction(), sentences(TEXT),
                List.of(List.of(Optional.empty(), Optional.empty()), List.of(Optional.of(BESHAM))));
        List<StoredIncident> incidents = store.incidents(FactQuery.all(10));
        assertThat(incidents).filteredOn(i -> i.place().isEmpty()).singleElement()
                .satisfies(i -> assertThat(i.places()).containsExactly("Khyber", "Torkham"));
        assertThat(linkedMentions()).isEqualTo(1L);

        store.replaceMachineFacts(extraction(), sentences(TEXT));
        assertThat(store.incidents(FactQuery.all(10))).allSatisfy(i -> assertThat(i.place()).isEmpty());
    }

    @Test
    void placementsThatDoNotFitTheIncidentsAreRefused() {
        assertThatThrownBy(() -> store.replaceMachineFacts(extraction(), sentences(TEXT), List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placements");
        assertThatThrownBy(() -> store.replaceMachineFacts(extraction(), sentences(TEXT),
                List.of(List.of(Optional.of(TORKHAM)), List.of(Optional.of(BESHAM)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("places");
    }

    private long placeRows() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM place").mapTo(Long.class).one());
    }

    private long linkedMentions() {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM incident_place_mention WHERE place_id IS NOT NULL").mapTo(Long.class).one());
    }
}
