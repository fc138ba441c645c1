package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every page renders over HTTP; hostile text is escaped; garbage parameters never make the server fail. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
    private TestDatabase db;
    private WebFixtures data;
    private WebServer server;
    private Http http;
    private long group;

    @BeforeAll
    void start() {
        db = TestDatabase.create();
        data = WebFixtures.load(db);
        Consolidations.run(db);
        group = Consolidations.incidentOf(db, Consolidations.reportsOf(db, data.dawn).get(0));
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "<b>reviewer</b>"), db.jdbi());
        http = new Http(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theDashboardHasCountsTheChartAndTheMap() {
        Http.Response r = http.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("<svg class=\"chart\"", "class=\"bar\"", "<svg class=\"map\"", "data-country=\"PK\"",
                "data-country=\"AF\"", "data-border=\"AF–PK\"", "class=\"border-band\"", "data-place=\"Besham\"",
                "href=\"/incidents/c" + group + "\"", "id=\"count-incidents\">3<");
        assertThat(r.body()).doesNotContain("<script", "http://", "https://");
        assertThat(http.get("/?actor=TTP").body()).contains("id=\"count-incidents\">1<");
    }

    @Test
    void theIncidentPageShowsReportsAttributionVictimsEvidenceAndTheDecision() {
        String page = http.get("/incidents/c" + group).body();
        double score = db.jdbi().withHandle(h -> h.createQuery("SELECT match_score FROM incident WHERE consolidated_id = :c "
                + "AND match_score IS NOT NULL").bind("c", group).mapTo(Double.class).one());
        assertThat(page).contains("suicide attack in Besham", "TTP", "The interior minister", "attributed", "Chinese engineers",
                String.format(java.util.Locale.ROOT, "match score %.2f", score), "place 1.0", "<mark>A suicide bomber killed five Chinese engineers",
                "/documents/" + data.dawn + "?ev=", "name=\"version\"", "Save edit");
    }

    @Test
    void theIncidentPageShowsTheRealConsolidationDecisionWithItsSources() throws Exception {
        String page = http.get("/incidents/c" + group).body();
        String stored = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT CAST(reconciliation AS text) FROM consolidated_incident WHERE id = :c").bind("c", group)
                .mapTo(String.class).one());
        com.fasterxml.jackson.databind.JsonNode reconciliation = Json.mapper().readTree(stored);
        java.util.Map<String, Long> reportOfKey = new java.util.HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT report_key, id, document_id FROM incident WHERE consolidated_id = :c")
                .bind("c", group).mapToMap().forEach(r -> reportOfKey.put((String) r.get("report_key"), (Long) r.get("id"))));
        assertThat(reportOfKey).hasSize(2);
        assertThat(page).contains("id=\"consolidation\"", "Reconciled values", "Counts by source", "Matches",
                "Analysts' decisions", "the grouping is consolidation's");
        // Each field's source report is named and linked, with its document.
        for (String field : List.of("type", "date", "place")) {
            long report = reportOfKey.get(reconciliation.get("chosenFrom").get(field).asText());
            assertThat(page).contains("<td>" + field + "</td>");
            assertThat(between(page, "<td>" + field + "</td>", "</tr>")).contains("href=\"#report-" + report + "\"",
                    "href=\"/documents/");
        }
        String sources = between(page, "id=\"sources\"", "</table>");
        assertThat(sources).contains("href=\"/documents/" + data.dawn + "\"", "href=\"/documents/" + data.news + "\"", ">6<");
        String matches = between(page, "id=\"matches\"", "</table>");
        assertThat(matches).contains("first report", "place 1.0");
    }

    private static String between(String page, String from, String to) {
        int at = page.indexOf(from);
        assertThat(at).as(from).isNotNegative();
        return page.substring(at, page.indexOf(to, at));
    }

    @Test
    void theDocumentPageHighlightsAndLinksEveryFact() {
        long evidence = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT min(id) FROM evidence WHERE document_id = :d").bind("d", data.dawn).mapTo(Long.class).one());
        String page = http.get("/documents/" + data.dawn + "?ev=" + evidence).body();
        assertThat(page).contains("f-incident", "f-perpetrator", "f-place", "f-statement", "f-speaker",
                "id=\"ev-" + evidence + "\"", "<mark class=\"current\">", "href=\"/incidents/c" + group + "\"",
                "href=\"/statements/");
    }

    @Test
    void hostileTextIsShownNotRun() {
        String page = http.get("/documents/" + data.hostile).body();
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "<b>killed</b>", "<b>reviewer</b>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co", "&lt;img src=x onerror=alert(1)&gt;",
                "&lt;b&gt;reviewer&lt;/b&gt;");
        String list = http.get("/documents").body();
        assertThat(list).doesNotContain("<script>alert").contains("Evil &lt;Corp&gt;");
        String search = http.get("/documents?q=%3Cscript%3E").body();
        assertThat(search).doesNotContain("<script>alert(");
        String incidents = http.get("/incidents?actor=%22%3E%3Cscript%3Ealert(3)%3C/script%3E").body();
        assertThat(incidents).doesNotContain("<script>alert(3)").contains("&quot;&gt;&lt;script&gt;alert(3)");
    }

    @Test
    void everyPageRenders() {
        long statement = db.jdbi().withHandle(h -> h.createQuery("SELECT min(id) FROM statement").mapTo(Long.class).one());
        for (String path : List.of("/", "/incidents", "/incidents?type=clash&border_km=25", "/incidents/c" + group,
                "/documents", "/documents?q=militants", "/documents/" + data.news, "/statements", "/statements?type=deny",
                "/statements/" + statement, "/actors", "/actors/TTP", "/actors/Kabul", "/ledger", "/commitments", "/conditions", "/engagements")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path + " " + r).isEqualTo(200);
            assertThat(r.body()).as(path).contains("</html>");
        }
        Http.Response missing = http.get("/incidents/c99999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        Http.Response bad = http.get("/incidents?from=someday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("from: must be a date");
    }

    @Test
    void randomGarbageParametersNeverFailTheServer() {
        Random random = new Random(7);
        String[] paths = {"/", "/incidents", "/documents", "/statements", "/actors", "/ledger", "/commitments", "/conditions",
            "/engagements", "/api/v1/ledger", "/api/v1/commitments", "/api/v1/indicators/eval", "/api/v1/incidents",
            "/api/v1/documents", "/api/v1/statements", "/api/v1/places", "/api/v1/dashboard", "/api/v1/export"};
        String[] names = {"from", "to", "type", "actor", "country", "admin1", "border_km", "q", "place", "status", "sort",
            "expr", "obligor", "review", "asOf", "limit", "offset", "format", "speaker", "addressee", "document", "x"};
        for (int i = 0; i < 300; i++) {
            StringBuilder query = new StringBuilder();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                query.append(k == 0 ? "?" : "&").append(names[random.nextInt(names.length)]).append('=')
                        .append(garbage(random));
            }
            String path = paths[random.nextInt(paths.length)] + query;
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path + " " + r).isIn(200, 400);
        }
    }

    private static String garbage(Random random) {
        String alphabet = "aZ09-_./: <>\"'&;()[]{}!*%+#=\u00e9\u0645\u0000";
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return java.net.URLEncoder.encode(s.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
