package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A consolidated incident and a report not consolidated yet can share a row id (each has its own table)
 * and a sort value; paging by cursor must still give each once, in the order offsets give.
 */
class CursorTieTest {
    @Test
    void aReportAndAConsolidatedIncidentWithOneIdAreBothListed() {
        TestDatabase db = TestDatabase.create();
        WebFixtures data = WebFixtures.load(db);
        Consolidations.run(db);
        try (WebServer server = WebServer.start(new WebConfig("127.0.0.1", 0, "tester"), db.jdbi())) {
            Http http = new Http(server);
            long news = Consolidations.reportsOf(db, data.news).get(0);
            long bisham = Consolidations.incidentOf(db, news);
            db.jdbi().useHandle(h -> h.execute("SELECT setval(pg_get_serial_sequence('consolidated_incident', 'id'), 999)"));
            assertThat(http.postJson("/api/v1/incidents/c" + bisham + "/split", "{\"reports\": [" + news + "]}").status())
                    .isEqualTo(200);
            assertThat(Consolidations.incidentOf(db, news)).isEqualTo(1000);
            db.jdbi().useHandle(h -> h.execute("SELECT setval(pg_get_serial_sequence('incident', 'id'), 999)"));
            String text = WebFixtures.DAWN + "\nA later copy.";
            long doc = WebFixtures.document(db, "Later", LocalDate.of(2025, 1, 1), text, "Later");
            WebFixtures.extract(db, doc, text, new Extraction(doc, "test-1", List.of(WebFixtures.torkham()), List.of()));

            for (String sort : List.of("reports", "-reports", "date", "-date")) {
                List<String> expected = Http.ids(http.get("/api/v1/incidents?limit=500&sort=" + sort).json());
                assertThat(expected).as(sort).contains("c1000", "r1000");
                List<String> byCursor = new ArrayList<>();
                String next = "/api/v1/incidents?limit=1&sort=" + sort;
                for (int pages = 0; next != null; pages++) {
                    assertThat(pages).isLessThan(100);
                    JsonNode page = http.get(next).json();
                    byCursor.addAll(Http.ids(page));
                    next = page.get("next").isNull() ? null : page.get("next").asText();
                }
                assertThat(byCursor).as(sort).isEqualTo(expected);
            }
        }
    }
}
