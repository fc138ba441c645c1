package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.web.WebConfig;
import org.borderwatch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The worked example's accountability records over the web API and pages: the seed editorial ingested and
 * extracted by the real pipeline (CoreNLP, the rules, the bundled actor registry), commitments, conditions
 * and engagements suggested by the CLI, then read, evaluated and reviewed over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountabilityWebTest {
    private static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");
    private TestDatabase database;
    private WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    record Response(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return Json.mapper().readTree(body);
        }
    }

    @BeforeAll
    void extractTheSeedAndServe() {
        database = TestDatabase.create();
        List<String> db = List.of("--db", database.jdbcUrl());
        for (Cli c : List.of(Cli.run(Cli.on(db, "ingest", "--quiet", SEED.toString())), Cli.run(Cli.on(db, "extract", "--quiet")),
                Cli.run(Cli.on(db, "commitments", "suggest")), Cli.run(Cli.on(db, "conditions", "suggest")),
                Cli.run(Cli.on(db, "engagements", "suggest", "--quiet")))) {
            assertThat(c.status()).as(c.toString()).isZero();
        }
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "web-analyst"), database.jdbi());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Response send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private Response get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET());
    }

    private JsonNode ok(String path) throws Exception {
        Response r = get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    private Response post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String slug(JsonNode party) {
        assertThat(party.get("actorId").isNumber()).as(party.toString()).isTrue();
        return database.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM actor WHERE id = :id")
                .bind("id", party.get("actorId").asLong()).mapTo(String.class).one());
    }

    @Test
    @Order(1)
    void theSafeHavenPropositionHasOneAccusationAndOneDenialLinkedToTheirDocument() throws Exception {
        assertThat(post("/api/v1/ledger/regroup", "{}").status()).isEqualTo(200);
        JsonNode haven = AccountabilitySeedTest.one(ok("/api/v1/ledger?limit=500").get("items"), "proposition", "safe haven");
        JsonNode entry = ok("/api/v1/ledger/" + haven.get("id").asText());
        assertThat(entry.get("forCount").asInt()).isEqualTo(1);
        assertThat(entry.get("againstCount").asInt()).isEqualTo(1);
        JsonNode accusation = AccountabilitySeedTest.one(entry.get("positions"), "stance", "for").get("statement");
        JsonNode denial = AccountabilitySeedTest.one(entry.get("positions"), "stance", "against").get("statement");
        assertThat(accusation.get("type").asText()).isEqualTo("accuse");
        assertThat(denial.get("type").asText()).isEqualTo("deny");
        assertThat(entry.get("holders")).hasSize(2);
        assertThat(entry.get("bearingRule").asText()).contains("border");

        Response page = get("/ledger/" + haven.get("id").asText());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Statements over time", "Afghanistan provides safe havens",
                "href=\"/documents/" + accusation.get("documentId").asText() + "\"", "<b>for</b>", "<b>against</b>");
    }

    @Test
    @Order(2)
    void theBishamDemandIsOwedByTheAfghanTalibanToPakistansGovernmentFromTheSunday() throws Exception {
        JsonNode list = ok("/api/v1/commitments?obligor=taliban&limit=500");
        JsonNode demand = AccountabilitySeedTest.one(list.get("items"), "owed", "hand them to us");
        assertThat(slug(demand.get("obligor"))).isEqualTo("af-taliban");
        assertThat(slug(demand.get("obligee"))).isEqualTo("pk-gov");
        assertThat(demand.get("start").asText()).isEqualTo("2024-05-26");
        assertThat(demand.get("review").asText()).isEqualTo("suggested");
        assertThat(demand.get("sources").get(0).get("evidence").get("quote").asText()).startsWith("Mohsin Naqvi demanded");
        String id = demand.get("id").asText();

        Response confirm = post("/api/v1/commitments/" + id + "/confirm",
                "{\"owed\": \"hand over or punish the Bisham suspects\", \"due\": \"2024-08-31\"}");
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        assertThat(confirm.json().get("commitment").get("review").asText()).isEqualTo("confirmed");
        Response rate = post("/api/v1/commitments/" + id + "/status", """
                {"status": "stalled", "score": 0, "from": "2024-07-01", "evidence": ["note:no suspect handed over by July"]}""");
        assertThat(rate.status()).as(rate.body()).isEqualTo(200);
        JsonNode detail = ok("/api/v1/commitments/" + id);
        JsonNode rating = detail.get("commitment").get("history").get(0);
        assertThat(rating.get("status").asText()).isEqualTo("stalled");
        assertThat(rating.get("author").asText()).isEqualTo("web-analyst");
        assertThat(rating.get("evidence").get(0).get("quote").isNull()).isTrue();
        assertThat(detail.get("implementationScore").asInt()).isZero();
        assertThat(ok("/api/v1/commitments?status=stalled").get("total").asInt()).isEqualTo(1);

        Response page = get("/commitments/" + id);
        assertThat(page.body()).contains("hand over or punish the Bisham suspects", "Status history", "web-analyst",
                "no suspect handed over by July");
        assertThat(get("/commitments?obligor=taliban").body()).contains("hand over or punish the Bisham suspects");
    }

    @Test
    @Order(3)
    void theInvestmentConditionIsExplainedWithItsTimeline() throws Exception {
        JsonNode condition = AccountabilitySeedTest.one(ok("/api/v1/conditions").get("items"), "measure", "investment");
        Matcher rule = Pattern.compile("commitment (\\d+) is kept").matcher(condition.get("rule").asText());
        assertThat(rule.matches()).as(condition.get("rule").asText()).isTrue();
        JsonNode eval = ok("/api/v1/conditions/" + condition.get("name").asText() + "?asOf=2024-12-31&from=2024-06-01");
        assertThat(eval.get("holds").asBoolean()).isFalse();
        assertThat(eval.get("explanation").get(0).asText()).startsWith("[fails] commitment " + rule.group(1) + " is kept");
        assertThat(eval.get("timeline").get("points").size()).isEqualTo(7);
        assertThat(get("/conditions/" + condition.get("name").asText() + "?asOf=2024-12-31").body())
                .contains("waits: the rule does not hold", "not met on any day evaluated");
    }

    @Test
    @Order(4)
    void anEngagementHasRatesBeforeAndAfterTheirRatioWithAnIntervalAndTheCaveat() throws Exception {
        JsonNode strike = AccountabilitySeedTest.one(ok("/api/v1/engagements").get("items"), "kind", "cross_border_strike");
        String id = strike.get("id").asText();
        Response loose = get("/api/v1/engagements/" + id);
        assertThat(loose.status()).as("a date known only to the year: no effect to read").isEqualTo(400);
        assertThat(loose.json().get("detail").asText()).contains("dated only");
        Cli confirm = Cli.run(Cli.on(List.of("--db", database.jdbcUrl()), "engagements", "confirm", id, "--date", "2024-03-18",
                "--author", "ana"));
        assertThat(confirm.status()).as(confirm.toString()).isZero();
        JsonNode effect = ok("/api/v1/engagements/" + id + "?asOf=2024-12-31&before=365&after=180");
        assertThat(effect.get("engagement").get("review").asText()).isEqualTo("confirmed");
        JsonNode ratio = effect.get("result").get("ratio");
        assertThat(ratio.get("confidence").asDouble()).isEqualTo(0.95);
        assertThat(ratio.has("ratio") && ratio.has("low") && ratio.has("high")).isTrue();
        assertThat(ratio.get("method").asText()).isNotBlank();
        assertThat(effect.get("result").get("cells")).hasSize(2);
        assertThat(effect.get("caveat").asText()).isEqualTo(EngagementEffect.CAVEAT);
        JsonNode after = effect.get("result").get("cells").get(0);
        assertThat(after.get("start").asText()).isEqualTo("2024-03-19");
        assertThat(after.get("value").asDouble()).isEqualTo(after.get("incidents").size()).isEqualTo(ratio.get("current").asDouble());
        assertThat(get("/engagements/" + id + "?asOf=2024-12-31").body())
                .contains("Rate ratio after/before", EngagementEffect.CAVEAT.substring(0, 60));
    }

    @Test
    @Order(5)
    void aBadIndicatorExpressionIsA400NamingItAndAnUnknownIdA404() throws Exception {
        Response bad = get("/api/v1/indicators/eval?expr=" + URLEncoder.encode("count where perpetrator \"TTP\" per fortnight",
                StandardCharsets.UTF_8));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("parameter").asText()).isEqualTo("expr");
        assertThat(bad.json().get("detail").asText()).containsPattern("column \\d+");
        JsonNode good = ok("/api/v1/indicators/eval?asOf=2024-12-31&expr=" + URLEncoder.encode(
                "count where perpetrator \"TTP\" from 2024-01-01 to 2024-12-31", StandardCharsets.UTF_8));
        assertThat(good.get("cells").get(0).get("incidents").size()).isEqualTo(good.get("value").asInt());
        for (String path : List.of("/api/v1/ledger/987654", "/api/v1/commitments/987654", "/api/v1/conditions/no-such",
                "/api/v1/engagements/987654", "/commitments/987654")) {
            assertThat(get(path).status()).as(path).isEqualTo(404);
        }
    }
}
