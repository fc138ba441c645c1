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

/** The REST API over real HTTP against the real database: listings, filters, details, search, errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private TestDatabase db;
    private WebFixtures data;
    private WebServer server;
    private Http http;
    private long bishamGroup;
    private long torkhamGroup;

    @BeforeAll
    void start() {
        db = TestDatabase.create();
        data = WebFixtures.load(db);
        Consolidations.run(db);
        bishamGroup = Consolidations.incidentOf(db, Consolidations.reportsOf(db, data.dawn).get(0));
        torkhamGroup = Consolidations.incidentOf(db, Consolidations.reportsOf(db, data.dawn).get(1));
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "tester"), db.jdbi());
        http = new Http(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static JsonNode byId(JsonNode page, String id) {
        for (JsonNode i : page.get("items")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id + " in " + page);
    }

    @Test
    void incidentsAreTheConsolidatedIncidents() {
        JsonNode page = http.get("/api/v1/incidents").json();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(Http.ids(page)).contains("c" + bishamGroup, "c" + torkhamGroup).hasSize(3).allMatch(id -> id.startsWith("c"));
        JsonNode bisham = byId(page, "c" + bishamGroup);
        assertThat(bisham.get("reports").asInt()).isEqualTo(2);
        assertThat(bisham.get("place").get("name").asText()).isEqualTo("Besham");
        assertThat(bisham.get("place").get("admin1").asText()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(bisham.get("killed").get("best").asInt()).isEqualTo(6);
        assertThat(bisham.get("perpetrators").toString()).contains("TTP", "attributed", "The interior minister");
    }

    @Test
    void filtersSelectByTypeActorPlaceBorderDateAndText() {
        assertThat(Http.ids(http.get("/api/v1/incidents?type=clash").json())).containsExactly("c" + torkhamGroup);
        assertThat(Http.ids(http.get("/api/v1/incidents?actor=TTP").json())).containsExactly("c" + bishamGroup);
        assertThat(Http.ids(http.get("/api/v1/incidents?actor=tehreek-e-taliban%20pakistan").json()))
                .containsExactly("c" + bishamGroup);
        assertThat(Http.ids(http.get("/api/v1/incidents?country=PK&admin1=khyber%20pakhtunkhwa").json())).contains("c" + bishamGroup);
        assertThat(http.get("/api/v1/incidents?country=AF").json().get("total").asInt()).isZero();
        // Torkham is on the border, Besham about 100 km from it, Peshawar about 40.
        assertThat(Http.ids(http.get("/api/v1/incidents?border_km=25").json())).hasSize(1).doesNotContain("c" + bishamGroup);
        assertThat(Http.ids(http.get("/api/v1/incidents?border_km=500").json())).contains("c" + bishamGroup);
        assertThat(Http.ids(http.get("/api/v1/incidents?from=2024-03&to=2024-03").json())).containsExactly("c" + bishamGroup);
        assertThat(Http.ids(http.get("/api/v1/incidents?to=2023").json())).hasSize(1);
        assertThat(Http.ids(http.get("/api/v1/incidents?q=convoy").json())).containsExactly("c" + bishamGroup);
        assertThat(Http.ids(http.get("/api/v1/incidents?place=" + placeOf("Torkham")).json())).hasSize(1);
    }

    private long placeOf(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM place WHERE name = :n").bind("n", name)
                .mapTo(Long.class).one());
    }

    @Test
    void sortingAndPaging() {
        JsonNode first = http.get("/api/v1/incidents?sort=killed&limit=1").json();
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("items").get(0).get("killed").get("best").asInt()).isEqualTo(3);
        JsonNode second = http.get("/api/v1/incidents?sort=killed&limit=1&offset=1").json();
        assertThat(second.get("items").get(0).get("id").asText()).isEqualTo("c" + bishamGroup);
        assertThat(http.get("/api/v1/incidents?sort=-reports").json().get("items").get(0).get("reports").asInt()).isEqualTo(2);
    }

    @Test
    void incidentDetailHasReportsEvidenceVictimsAndTheConsolidationDecision() {
        JsonNode d = http.get("/api/v1/incidents/c" + bishamGroup).json();
        JsonNode reports = d.get("reports");
        assertThat(reports).hasSize(2);
        // Oldest document first: The News (March) joined Dawn's report (the group's first) with a score.
        JsonNode news = reports.get(0);
        JsonNode dawn = reports.get(1);
        assertThat(news.get("document").get("id").asLong()).isEqualTo(data.news);
        assertThat(dawn.get("document").get("id").asLong()).isEqualTo(data.dawn);
        JsonNode ev = dawn.get("evidence").get(0);
        assertThat(ev.get("quote").asText())
                .isEqualTo(WebFixtures.DAWN.substring(ev.get("start").asInt(), ev.get("end").asInt()));
        assertThat(dawn.get("victims").toString()).contains("Chinese", "engineers");
        // The real consolidation's match, as stored: the score over the threshold, each feature, the report matched.
        JsonNode joined = news.get("matchScore").isNull() ? dawn : news;
        JsonNode first = joined == news ? dawn : news;
        assertThat(joined.get("matchScore").asDouble()).isBetween(0.65, 1.0);
        assertThat(joined.get("matchFeatures").get("place").asDouble()).isEqualTo(1.0);
        assertThat(joined.get("matchFeatures").get("with").asText()).isEqualTo(first.get("reportKey").asText());
        assertThat(first.get("matchScore").isNull()).isTrue();
        assertThat(d.get("statements").toString()).contains("the TTP carried out the attack");
        // A report's own id leads to its consolidated incident.
        assertThat(http.get("/api/v1/incidents/r" + dawn.get("id").asLong()).json().get("incident").get("id").asText())
                .isEqualTo("c" + bishamGroup);
    }

    @Test
    void unknownIdsAre404ProblemDetails() {
        for (String path : List.of("/api/v1/incidents/c999999", "/api/v1/incidents/x1", "/api/v1/documents/999999",
                "/api/v1/documents/abc", "/api/v1/statements/999999", "/api/v1/reports/999999", "/api/v1/places/999999",
                "/api/v1/actors/nobody%20at%20all", "/api/v1/nothing-here")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("status").asInt()).isEqualTo(404);
            assertThat(r.json().get("title").asText()).isEqualTo("Not found");
        }
    }

    @Test
    void badParametersAre400ProblemDetailsNamingTheParameter() {
        String[][] cases = {
            {"/api/v1/incidents?limit=0", "limit"}, {"/api/v1/incidents?limit=abc", "limit"},
            {"/api/v1/incidents?from=2024-13-01", "from"}, {"/api/v1/incidents?from=yesterday", "from"},
            {"/api/v1/incidents?from=2024-05-01&to=2024-04-01", "to"}, {"/api/v1/incidents?type=picnic", "type"},
            {"/api/v1/incidents?sort=colour", "sort"}, {"/api/v1/incidents?border_km=-3", "border_km"},
            {"/api/v1/incidents?country=Pakistan", "country"}, {"/api/v1/incidents?colour=red", "colour"},
            {"/api/v1/incidents?limit=1&limit=2", "limit"}, {"/api/v1/documents?sort=relevance", "sort"},
            {"/api/v1/statements?type=sing", "type"}, {"/api/v1/search", "q"}, {"/api/v1/export?format=pdf", "format"},
            {"/api/v1/places?country=123", "country"}, {"/api/v1/dashboard?offset=1", "offset"}};
        for (String[] c : cases) {
            Http.Response r = http.get(c[0]);
            assertThat(r.status()).as(c[0] + " " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.json().get("detail").asText()).startsWith(c[1] + ":");
        }
    }

    @Test
    void fullTextSearchHighlightsTheWordsFound() {
        JsonNode page = http.get("/api/v1/search?q=sheltering%20militants").json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode doc = page.get("items").get(0);
        assertThat(doc.get("id").asLong()).isEqualTo(data.dawn);
        String snippet = doc.get("snippet").asText();
        List<String> marked = new ArrayList<>();
        doc.get("highlights").forEach(h -> marked.add(snippet.substring(h.get(0).asInt(), h.get(1).asInt())));
        assertThat(marked).contains("sheltering", "militants");
        assertThat(http.get("/api/v1/documents?q=%22five%20chinese%22").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/documents?q=nonexistentword").json().get("total").asInt()).isZero();
    }

    @Test
    void documentDetailCarriesTheSpansOfItsFacts() {
        JsonNode d = http.get("/api/v1/documents/" + data.dawn).json();
        assertThat(d.get("text").asText()).isEqualTo(WebFixtures.DAWN);
        List<String> kinds = new ArrayList<>();
        d.get("facts").forEach(f -> kinds.add(f.get("kind").asText()));
        assertThat(kinds).contains("incident", "statement", "perpetrator", "place", "speaker");
        for (JsonNode f : d.get("facts")) {
            assertThat(f.get("end").asInt()).isGreaterThan(f.get("start").asInt()).isLessThanOrEqualTo(WebFixtures.DAWN.length());
        }
    }

    @Test
    void statementsFilterByTypeSpeakerAndAddressee() {
        assertThat(http.get("/api/v1/statements").json().get("total").asInt()).isEqualTo(3);
        JsonNode deny = http.get("/api/v1/statements?type=deny").json();
        assertThat(deny.get("total").asInt()).isEqualTo(1);
        assertThat(deny.get("items").get(0).get("stance").asText()).isEqualTo("against");
        assertThat(deny.get("items").get(0).get("evidence").get(0).get("quote").asText())
                .isEqualTo("Kabul denied that it shelters militants");
        assertThat(http.get("/api/v1/statements?speaker=kabul").json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/statements?addressee=Kabul").json().get("items").get(0).get("type").asText())
                .isEqualTo("accuse");
        assertThat(http.get("/api/v1/statements?actor=kabul").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void actorsPlacesAndTheLedgerWorkBeforeActorResolution() {
        JsonNode actors = http.get("/api/v1/actors?q=ttp").json();
        assertThat(actors.get("items").get(0).get("name").asText()).isEqualTo("TTP");
        assertThat(actors.get("items").get(0).get("status").asText()).isEqualTo("mention");
        JsonNode ttp = http.get("/api/v1/actors/TTP").json();
        assertThat(ttp.get("incidents").get(0).get("id").asText()).isEqualTo("c" + bishamGroup);
        assertThat(ttp.get("overTime").get(0).get("month").asText()).isEqualTo("2024-03");
        JsonNode kabul = http.get("/api/v1/actors/Kabul").json();
        assertThat(kabul.get("made")).hasSize(1);
        assertThat(kabul.get("received")).hasSize(1);

        JsonNode places = http.get("/api/v1/places?country=pk&sort=name").json();
        assertThat(places.toString()).contains("Besham", "Torkham", "Peshawar");
        long besham = placeOf("Besham");
        assertThat(http.get("/api/v1/places/" + besham).json().get("incidents").asInt()).isEqualTo(1);

        Http.Response regrouped = http.postJson("/api/v1/ledger/regroup", "{}");
        assertThat(regrouped.status()).as(regrouped.toString()).isEqualTo(200);
        JsonNode ledger = http.get("/api/v1/ledger").json();
        JsonNode top = ledger.get("items").get(0);
        assertThat(top.get("proposition").asText()).containsIgnoringCase("shelter");
        assertThat(top.get("forCount").asInt()).isEqualTo(1);
        assertThat(top.get("againstCount").asInt()).isEqualTo(1);
    }

    @Test
    void dashboardCountsAndSeries() {
        JsonNode d = http.get("/api/v1/dashboard").json();
        assertThat(d.get("counts").get("incidents").asInt()).isEqualTo(3);
        assertThat(d.get("counts").get("reports").asInt()).isEqualTo(4);
        assertThat(d.get("counts").get("documents").asInt()).isEqualTo(3);
        assertThat(d.get("months").get(0).asText()).isEqualTo("2023-01");
        assertThat(d.get("series").toString()).contains("TTP");
        assertThat(d.get("points").toString()).contains("Besham");
        assertThat(http.get("/api/v1/dashboard?actor=TTP").json().get("counts").get("incidents").asInt()).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionListsEveryEndpointAndItsParameters() {
        JsonNode api = http.get("/api/openapi.json").json();
        assertThat(api.get("openapi").asText()).startsWith("3.1");
        JsonNode paths = api.get("paths");
        assertThat(paths.has("/api/v1/incidents")).isTrue();
        assertThat(paths.has("/api/v1/incidents/{id}")).isTrue();
        assertThat(paths.has("/api/v1/statements/{id}/review")).isTrue();
        assertThat(paths.get("/api/v1/incidents").get("get").get("parameters").toString())
                .contains("border_km", "actor", "admin1", "\"q\"", "sort", "limit", "offset");
        assertThat(paths.get("/api/v1/export").get("get").get("parameters").toString()).contains("stix");
    }
}
