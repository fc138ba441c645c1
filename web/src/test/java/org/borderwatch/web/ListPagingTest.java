package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The incident list paged by cursor over real HTTP gives the same incidents in the same order as by
 * offset, in every sort; and what V12 keeps on each consolidated incident (perpetrators, border distance)
 * follows later writes: actor resolution, a split, a place's distance recomputed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagingTest {
    private TestDatabase db;
    private WebFixtures data;
    private WebServer server;
    private Http http;

    @BeforeAll
    void start() {
        db = TestDatabase.create();
        data = WebFixtures.load(db);
        Consolidations.run(db);
        // Reports added since: listed as incidents of their own beside the consolidated ones.
        String later = WebFixtures.DAWN + "\nA later copy.";
        long extra = WebFixtures.document(db, "Later", java.time.LocalDate.of(2025, 1, 1), later, "Later");
        WebFixtures.extract(db, extra, later, new org.borderwatch.core.extraction.Extraction(extra, "test-1",
                List.of(WebFixtures.bisham(later), WebFixtures.torkham()), List.of()));
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "tester"), db.jdbi());
        http = new Http(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void followingTheNextCursorGivesTheSameListAsOffsets() {
        for (String sort : List.of("-date", "date", "-killed", "killed", "-reports", "reports")) {
            JsonNode all = http.get("/api/v1/incidents?limit=500&sort=" + sort).json();
            assertThat(all.get("total").asInt()).isGreaterThan(4);
            List<String> expected = Http.ids(all);
            assertThat(expected).hasSize(all.get("total").asInt());
            assertThat(expected.stream().anyMatch(id -> id.startsWith("r"))).isTrue();
            List<String> byCursor = new ArrayList<>();
            String next = "/api/v1/incidents?limit=2&sort=" + sort;
            int pages = 0;
            while (next != null) {
                Http.Response r = http.get(next);
                assertThat(r.status()).as(next + " " + r).isEqualTo(200);
                JsonNode page = r.json();
                byCursor.addAll(Http.ids(page));
                next = page.get("next").isNull() ? null : page.get("next").asText();
                assertThat(++pages).isLessThan(100);
            }
            assertThat(byCursor).as(sort).isEqualTo(expected);
        }
    }

    @Test
    void theCursorKeepsTheFilter() {
        JsonNode first = http.get("/api/v1/incidents?type=suicide_attack&limit=1").json();
        String next = first.get("next").asText();
        assertThat(next).contains("type=suicide_attack", "after=");
        JsonNode second = http.get(next).json();
        assertThat(second.get("items").get(0).get("type").asText()).isEqualTo("suicide_attack");
        assertThat(second.get("offset").isNull()).isTrue();
        assertThat(http.get("/incidents?limit=1").body()).contains("rel=\"next\"", "after=");
    }

    @Test
    void badCursorsAreNamed() {
        for (String q : List.of("after=abc", "after=2024-01-01~x", "after=2024-13-01~5", "sort=killed&after=2024-01-01~5",
                "after=-~0", "after=~5", "offset=2&after=-~5")) {
            Http.Response r = http.get("/api/v1/incidents?" + q);
            assertThat(r.status()).as(q + " " + r).isEqualTo(400);
            assertThat(r.json().get("parameter").asText()).as(q).isEqualTo(q.startsWith("offset") ? "offset" : "after");
        }
    }

    @Test
    void whatTheIncidentKeepsFollowsActorResolutionSplitsAndPlaces() {
        long actor = db.jdbi().withHandle(h -> h.createQuery("""
                INSERT INTO actor (canonical_name, actor_type, fact_origin, status, slug)
                VALUES ('Tehreek-e-Taliban Pakistan (registry)', 'ARMED_GROUP', 'HUMAN', 'REGISTERED', 'ttp-registry')
                RETURNING id""").mapTo(Long.class).one());
        long bisham = Consolidations.incidentOf(db, Consolidations.reportsOf(db, data.dawn).get(0));
        assertThat(Http.ids(http.get("/api/v1/incidents?actor=" + actor).json())).isEmpty();
        // As actor resolution links a mention: one statement per perpetrator row.
        List<Long> perpetrators = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT p.id FROM incident_perpetrator p JOIN incident r ON r.id = p.incident_id
                WHERE r.consolidated_id = :c""").bind("c", bisham).mapTo(Long.class).list());
        for (long p : perpetrators) {
            db.jdbi().useHandle(h -> h.execute("UPDATE incident_perpetrator SET actor_id = ? WHERE id = ?", actor, p));
        }
        assertThat(Http.ids(http.get("/api/v1/incidents?actor=" + actor).json())).contains("c" + bisham);
        assertThat(http.get("/api/v1/dashboard?actor=" + actor).json().get("series").toString())
                .contains("Tehreek-e-Taliban Pakistan (registry)");

        // A split: each incident keeps only its own reports' perpetrators.
        long news = Consolidations.reportsOf(db, data.news).get(0);
        assertThat(Http.ids(http.get("/api/v1/incidents?actor=tehreek-e-taliban%20pakistan").json())).contains("c" + bisham);
        assertThat(http.postJson("/api/v1/incidents/c" + bisham + "/split", "{\"reports\": [" + news + "]}").status())
                .isEqualTo(200);
        assertThat(Http.ids(http.get("/api/v1/incidents?actor=tehreek-e-taliban%20pakistan").json()))
                .containsExactly("c" + Consolidations.incidentOf(db, news));
        assertThat(Http.ids(http.get("/api/v1/incidents?actor=ttp").json())).contains("c" + bisham)
                .doesNotContain("c" + Consolidations.incidentOf(db, news));

        long place = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM place WHERE name = 'Besham'")
                .mapTo(Long.class).one());
        assertThat(Http.ids(http.get("/api/v1/incidents?border_km=1").json())).doesNotContain("c" + bisham);
        db.jdbi().useHandle(h -> h.execute("UPDATE place SET border_km = 0.5 WHERE id = ?", place));
        assertThat(Http.ids(http.get("/api/v1/incidents?border_km=1").json())).contains("c" + bisham);
    }
}
