package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accept, edit, reject over HTTP: audit trail, corrections surviving re-extraction, conflicts, CSRF. */
class ReviewTest {
    private TestDatabase db;
    private WebFixtures data;
    private WebServer server;
    private Http http;

    @BeforeEach
    void start() {
        db = TestDatabase.create();
        data = WebFixtures.load(db);
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "amina"), db.jdbi());
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long torkhamReport() {
        return Consolidations.reportsOf(db, data.dawn).get(1);
    }

    private Map<String, Object> row(String table, long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT CAST(fact_origin AS text) AS origin, "
                + "CAST(review_status AS text) AS status, version, reviewed_by FROM " + table + " WHERE id = :id")
                .bind("id", id).mapToMap().one());
    }

    @Test
    void reportsNotYetConsolidatedAreListedAsIncidentsOfTheirOwn() {
        JsonNode page = http.get("/api/v1/incidents").json();
        assertThat(page.get("total").asInt()).isEqualTo(4);
        page.get("items").forEach(i -> assertThat(i.get("id").asText()).startsWith("r"));
        assertThat(http.get("/api/v1/incidents/r" + torkhamReport()).json().get("incident").get("id").asText())
                .isEqualTo("r" + torkhamReport());
    }

    @Test
    void anEditIsCorrectedAuditedAndSurvivesReExtraction() {
        long id = torkhamReport();
        Http.Response r = http.postJson("/api/v1/reports/" + id + "/review",
                "{\"action\":\"edit\",\"version\":0,\"changes\":{\"killed\":\"2\",\"type\":\"cross_border_strike\","
                        + "\"date\":\"2024-03\"},\"note\":\"second source\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("version").asInt()).isEqualTo(1);
        assertThat(row("incident", id)).containsEntry("origin", "CORRECTED").containsEntry("status", "EDITED")
                .containsEntry("version", 1).containsEntry("reviewed_by", "amina");

        Map<String, Object> audit = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT entity, entity_id, action, author, CAST(old_value AS text) AS old, CAST(new_value AS text) AS new
                FROM audit_log""").mapToMap().one());
        assertThat(audit).containsEntry("entity", "incident").containsEntry("entity_id", id)
                .containsEntry("action", "edit").containsEntry("author", "amina");
        JsonNode old = json(audit.get("old"));
        JsonNode now = json(audit.get("new"));
        assertThat(old.get("killed").isNull()).isTrue();
        assertThat(now.get("killed").asText()).isEqualTo("2");
        assertThat(old.get("type").asText()).isEqualTo("clash");
        assertThat(now.get("type").asText()).isEqualTo("cross_border_strike");
        assertThat(now.get("date").asText()).isEqualTo("2024-03");
        assertThat(now.get("note").asText()).isEqualTo("second source");

        data.extractAll();
        Map<String, Object> kept = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT incident_type, killed_best, CAST(fact_origin AS text) AS origin FROM incident WHERE id = :id")
                .bind("id", id).mapToMap().one());
        assertThat(kept).containsEntry("incident_type", "CROSS_BORDER_STRIKE").containsEntry("killed_best", 2)
                .containsEntry("origin", "CORRECTED");
        JsonNode report = http.get("/api/v1/reports/" + id).json();
        assertThat(report.get("killed").get("best").asInt()).isEqualTo(2);
        assertThat(report.get("reviewedBy").asText()).isEqualTo("amina");
    }

    private static JsonNode json(Object text) {
        try {
            return Json.mapper().readTree(text.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflict() {
        long id = torkhamReport();
        Http.Response first = http.postJson("/api/v1/reports/" + id + "/review",
                "{\"action\":\"edit\",\"version\":0,\"changes\":{\"killed\":\"4\"}}");
        Http.Response second = http.postJson("/api/v1/reports/" + id + "/review",
                "{\"action\":\"edit\",\"version\":0,\"changes\":{\"killed\":\"9\"}}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("detail").asText()).contains("version 0", "version 1");
        assertThat(http.get("/api/v1/reports/" + id).json().get("killed").get("best").asInt()).isEqualTo(4);
        int audits = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Integer.class).one());
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void trulyConcurrentEditsLeaveExactlyOneWinner() throws Exception {
        long id = torkhamReport();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int killed = i + 1;
            results.add(pool.submit(() -> http.postJson("/api/v1/reports/" + id + "/review",
                    "{\"action\":\"edit\",\"version\":0,\"changes\":{\"killed\":\"" + killed + "\"}}").status()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(row("incident", id).get("version")).isEqualTo(1);
    }

    @Test
    void acceptAndRejectAreRecordedAndRejectedFactsLeaveTheListings() {
        long statement = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM statement WHERE statement_type = 'DENY'").mapTo(Long.class).one());
        assertThat(http.postJson("/api/v1/statements/" + statement + "/review", "{\"action\":\"accept\",\"version\":0}")
                .status()).isEqualTo(200);
        assertThat(row("statement", statement)).containsEntry("status", "ACCEPTED").containsEntry("origin", "MACHINE");
        assertThat(http.postJson("/api/v1/statements/" + statement + "/review", "{\"action\":\"reject\",\"version\":1}")
                .status()).isEqualTo(200);
        assertThat(http.get("/api/v1/statements?type=deny").json().get("total").asInt()).isZero();
        assertThat(http.get("/api/v1/statements?type=deny&status=rejected").json().get("total").asInt()).isEqualTo(1);

        long id = torkhamReport();
        // Totals and dashboards are cached per database snapshot: the rejection must show at once.
        assertThat(http.get("/api/v1/incidents?type=clash").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/dashboard").json().get("counts").get("incidents").asInt()).isEqualTo(4);
        assertThat(http.get("/").body()).contains("id=\"count-incidents\">4<");
        http.postJson("/api/v1/reports/" + id + "/review", "{\"action\":\"reject\",\"version\":0}");
        assertThat(http.get("/api/v1/incidents?type=clash").json().get("total").asInt()).isZero();
        assertThat(http.get("/api/v1/dashboard").json().get("counts").get("incidents").asInt()).isEqualTo(3);
        assertThat(http.get("/").body()).contains("id=\"count-incidents\">3<");
        // Re-extraction keeps a reviewed fact: the rejected report stays, rejected.
        data.extractAll();
        assertThat(row("incident", id)).containsEntry("status", "REJECTED");
        List<String> audit = db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_log ORDER BY id")
                .mapTo(String.class).list());
        assertThat(audit).containsExactly("accept", "reject", "reject");
    }

    @Test
    void badReviewsAre400sNamingTheProblemAndChangeNothing() {
        long id = torkhamReport();
        String[][] cases = {
            {"{\"action\":\"edit\",\"version\":0,\"changes\":{\"killed\":\"many\"}}", "changes.killed"},
            {"{\"action\":\"edit\",\"version\":0,\"changes\":{\"killed\":\"7-3\"}}", "changes.killed"},
            {"{\"action\":\"edit\",\"version\":0,\"changes\":{\"colour\":\"red\"}}", "changes.colour"},
            {"{\"action\":\"edit\",\"version\":0,\"changes\":{\"type\":\"picnic\"}}", "changes.type"},
            {"{\"action\":\"edit\",\"version\":0,\"changes\":{\"date\":\"2024-02-30\"}}", "changes.date"},
            {"{\"action\":\"edit\",\"version\":0}", "changes"},
            {"{\"action\":\"dance\",\"version\":0}", "action"},
            {"{\"action\":\"accept\"}", "version"},
            {"not json", "body"}};
        for (String[] c : cases) {
            Http.Response r = http.postJson("/api/v1/reports/" + id + "/review", c[0]);
            assertThat(r.status()).as(c[0] + " " + r).isEqualTo(400);
            assertThat(r.json().get("parameter").asText()).isEqualTo(c[1]);
        }
        assertThat(http.postJson("/api/v1/reports/999999/review", "{\"action\":\"accept\",\"version\":0}").status())
                .isEqualTo(404);
        assertThat(row("incident", id)).containsEntry("version", 0).containsEntry("status", "UNREVIEWED");
    }

    @Test
    void postsFromAnotherSiteAreRefused() {
        long id = torkhamReport();
        Http.Response cross = http.postJson("/api/v1/reports/" + id + "/review", "{\"action\":\"accept\",\"version\":0}",
                "Origin", "http://evil.example");
        assertThat(cross.status()).isEqualTo(403);
        Http.Response form = http.postForm("/reports/" + id + "/review", "action=accept&version=0&back=/",
                "Sec-Fetch-Site", "cross-site");
        assertThat(form.status()).isEqualTo(403);
        assertThat(row("incident", id)).containsEntry("status", "UNREVIEWED");

        Http.Response own = http.postForm("/reports/" + id + "/review",
                "action=edit&version=0&killed=3&type=clash&date=&injured=12%2B&back=/incidents/r" + id,
                "Origin", http.base(), "Sec-Fetch-Site", "same-origin");
        assertThat(own.status()).as(own.toString()).isEqualTo(303);
        assertThat(row("incident", id)).containsEntry("status", "EDITED").containsEntry("version", 1);
        Http.Response page = http.get("/incidents/r" + id);
        assertThat(page.body()).contains("class=\"report-killed\">3</span>", "status-edited", "amina");
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        // As a page of a rebound DNS name would send it; HttpClient will not set Host, so a raw request.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /api/v1/incidents HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("evil.example");
        }
        assertThat(http.get("/api/v1/incidents").status()).isEqualTo(200);
    }

    @Test
    void theServerRefusesToListenBeyondThisMachine() {
        for (String host : List.of("0.0.0.0", "192.0.2.10", "example.org")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebConfig(host, 8080, "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--host");
        }
        assertThat(new WebConfig("localhost", 0, "x").host()).isEqualTo("localhost");
        assertThat(new WebConfig("::1", 0, "x").host()).isEqualTo("::1");
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }
}
