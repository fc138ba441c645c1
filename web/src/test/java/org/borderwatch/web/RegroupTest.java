package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Merge and split from the web over real HTTP: recorded as analysts' decisions with the reviewer as
 * author, audited, and kept by the real consolidation run again; bad requests named, stale versions refused.
 */
class RegroupTest {
    private TestDatabase db;
    private WebFixtures data;
    private WebServer server;
    private Http http;
    private long dawnBisham;
    private long newsBisham;
    private long torkham;

    @BeforeEach
    void start() {
        db = TestDatabase.create();
        data = WebFixtures.load(db);
        Consolidations.run(db);
        dawnBisham = Consolidations.reportsOf(db, data.dawn).get(0);
        torkham = Consolidations.reportsOf(db, data.dawn).get(1);
        newsBisham = Consolidations.reportsOf(db, data.news).get(0);
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "amina"), db.jdbi());
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long incidentOf(long report) {
        return Consolidations.incidentOf(db, report);
    }

    private int version(long incident) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version FROM consolidated_incident WHERE id = :id")
                .bind("id", incident).mapTo(Integer.class).one());
    }

    private List<Map<String, Object>> liveDecisions() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT report_a, report_b, decision, author, note FROM consolidation_decision
                WHERE superseded_by IS NULL ORDER BY id""").mapToMap().list());
    }

    @Test
    void theRealConsolidationGroupsTheTwoBishamReports() {
        assertThat(incidentOf(dawnBisham)).isEqualTo(incidentOf(newsBisham));
        assertThat(incidentOf(torkham)).isNotEqualTo(incidentOf(dawnBisham));
    }

    @Test
    void aSplitIsAnAnalystsDecisionThatSurvivesReConsolidation() {
        long bisham = incidentOf(dawnBisham);
        Http.Response r = http.postJson("/api/v1/incidents/c" + bisham + "/split",
                "{\"reports\": [" + newsBisham + "], \"version\": " + version(bisham) + ", \"note\": \"different day\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode out = r.json();
        assertThat(out.get("incident").asText()).isEqualTo("c" + bisham);
        assertThat(incidentOf(newsBisham)).isNotEqualTo(incidentOf(dawnBisham));
        assertThat(out.get("incidents").toString()).contains("c" + incidentOf(newsBisham));

        assertThat(liveDecisions()).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("decision", "DIFFERENT").containsEntry("author", "amina")
                    .containsEntry("note", "different day");
        });
        List<String> authors = db.jdbi().withHandle(h -> h.createQuery("SELECT author FROM audit_log WHERE action = 'split'")
                .mapTo(String.class).list());
        assertThat(authors).containsExactly("amina");

        Consolidations.run(db);
        assertThat(incidentOf(newsBisham)).isNotEqualTo(incidentOf(dawnBisham));
        assertThat(http.get("/api/v1/incidents/c" + incidentOf(dawnBisham)).json().get("reports")).hasSize(1);
    }

    @Test
    void aMergeIsAnAnalystsDecisionThatSurvivesReConsolidation() {
        long bisham = incidentOf(dawnBisham);
        long other = incidentOf(torkham);
        Http.Response r = http.postJson("/api/v1/incidents/c" + bisham + "/merge",
                "{\"with\": \"c" + other + "\", \"version\": " + version(bisham) + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        long kept = incidentOf(torkham);
        assertThat(r.json().get("incident").asText()).isEqualTo("c" + kept);
        assertThat(incidentOf(dawnBisham)).isEqualTo(kept);
        assertThat(incidentOf(newsBisham)).isEqualTo(kept);
        assertThat(liveDecisions()).hasSize(2).allSatisfy(d -> assertThat(d).containsEntry("decision", "SAME")
                .containsEntry("author", "amina"));

        Consolidations.run(db);
        assertThat(incidentOf(torkham)).isEqualTo(incidentOf(dawnBisham)).isEqualTo(incidentOf(newsBisham));
        assertThat(http.get("/api/v1/incidents/c" + incidentOf(torkham)).json().get("reports")).hasSize(3);
        assertThat(http.get("/api/v1/incidents/c" + (bisham == kept ? other : bisham)).status()).isEqualTo(404);
    }

    @Test
    void splittingSeveralReportsMovesThemOutTogether() {
        long bisham = incidentOf(dawnBisham);
        http.postJson("/api/v1/incidents/c" + bisham + "/merge", "{\"with\": \"c" + incidentOf(torkham) + "\"}");
        long all = incidentOf(torkham);
        Http.Response r = http.postJson("/api/v1/incidents/c" + all + "/split",
                "{\"reports\": [" + dawnBisham + ", " + newsBisham + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(incidentOf(dawnBisham)).isEqualTo(incidentOf(newsBisham)).isNotEqualTo(incidentOf(torkham));
        Consolidations.run(db);
        assertThat(incidentOf(dawnBisham)).isEqualTo(incidentOf(newsBisham)).isNotEqualTo(incidentOf(torkham));
    }

    @Test
    void theIncidentPageFormsMergeAndSplit() {
        long bisham = incidentOf(dawnBisham);
        String page = http.get("/incidents/c" + bisham).body();
        assertThat(page).contains("action=\"/incidents/c" + bisham + "/merge\"", "action=\"/incidents/c" + bisham + "/split\"",
                "name=\"report\" value=\"" + newsBisham + "\"");
        Http.Response split = http.postForm("/incidents/c" + bisham + "/split", "version=" + version(bisham)
                + "&report=" + newsBisham + "&note=two+events", "Origin", http.base());
        assertThat(split.status()).as(split.toString()).isEqualTo(303);
        assertThat(incidentOf(newsBisham)).isNotEqualTo(incidentOf(dawnBisham));
        long news = incidentOf(newsBisham);
        Http.Response merge = http.postForm("/incidents/c" + news + "/merge", "version=" + version(news)
                + "&with=c" + incidentOf(dawnBisham), "Origin", http.base());
        assertThat(merge.status()).as(merge.toString()).isEqualTo(303);
        assertThat(incidentOf(newsBisham)).isEqualTo(incidentOf(dawnBisham));
        assertThat(liveDecisions()).singleElement().satisfies(d -> assertThat(d).containsEntry("decision", "SAME"));
        String after = http.get("/incidents/c" + incidentOf(newsBisham)).body();
        String decisions = after.substring(after.indexOf("id=\"decisions\""), after.indexOf("</table>", after.indexOf("id=\"decisions\"")));
        assertThat(decisions).contains("amina", "same incident", "in force", "different incidents",
                "superseded by a later decision", "two events", "href=\"/documents/" + data.news + "\"",
                "href=\"/documents/" + data.dawn + "\"");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        long bisham = incidentOf(dawnBisham);
        int seen = version(bisham);
        assertThat(http.postJson("/api/v1/incidents/c" + bisham + "/merge", "{\"with\": \"c" + incidentOf(torkham)
                + "\", \"version\": " + (seen + 5) + "}").status()).isEqualTo(409);
        assertThat(liveDecisions()).isEmpty();
        assertThat(incidentOf(torkham)).isNotEqualTo(bisham);
    }

    @Test
    void badRequestsAreNamedProblemsAndChangeNothing() {
        long bisham = incidentOf(dawnBisham);
        String merge = "/api/v1/incidents/c" + bisham + "/merge";
        String split = "/api/v1/incidents/c" + bisham + "/split";
        Object[][] cases = {
            {merge, "{}", 400, "with"}, {merge, "{\"with\": \"x7\"}", 400, "with"},
            {merge, "{\"with\": \"c999999\"}", 400, "with"}, {merge, "{\"with\": \"c" + bisham + "\"}", 400, "with"},
            {merge, "not json", 400, "body"}, {merge, "{\"with\": \"c" + incidentOf(torkham) + "\", \"version\": \"v\"}", 400, "version"},
            {split, "{}", 400, "reports"}, {split, "{\"reports\": 5}", 400, "reports"},
            {split, "{\"reports\": [\"abc\"]}", 400, "reports"}, {split, "{\"reports\": [" + torkham + "]}", 400, "reports"},
            {split, "{\"reports\": [" + dawnBisham + ", " + newsBisham + "]}", 400, "reports"},
            {"/api/v1/incidents/c999999/merge", "{\"with\": \"c" + bisham + "\"}", 404, null},
            {"/api/v1/incidents/r" + torkham + "/split", "{\"reports\": [" + torkham + "]}", 404, null},
        };
        for (Object[] c : cases) {
            Http.Response r = http.postJson((String) c[0], (String) c[1]);
            assertThat(r.status()).as(c[0] + " " + c[1] + " " + r).isEqualTo(c[2]);
            assertThat(r.contentType()).startsWith("application/problem+json");
            if (c[3] != null) {
                assertThat(r.json().get("parameter").asText()).as(c[1].toString()).isEqualTo(c[3]);
            }
        }
        assertThat(liveDecisions()).isEmpty();
        assertThat(incidentOf(newsBisham)).isEqualTo(bisham);
    }
}
