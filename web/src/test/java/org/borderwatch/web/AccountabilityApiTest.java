package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.core.accountability.EngagementKind;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.accountability.AccountabilityStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The accountability API and pages over real HTTP against the real database, on the web fixtures'
 * claim and denial and incidents, with a commitment, an indicator, a condition and an engagement entered
 * through the store as the CLI enters them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountabilityApiTest {
    private TestDatabase db;
    private WebServer server;
    private Http http;
    private long commitment;
    private long engagement;
    private long proposition;

    @BeforeAll
    void start() {
        db = TestDatabase.create();
        WebFixtures.load(db);
        AccountabilityStore store = new AccountabilityStore(db.jdbi());
        commitment = store.commitments().add(PartyRef.mention("Kabul"), Optional.of(PartyRef.mention("Pakistan")),
                "stop sheltering militants", Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(), List.of(), List.of(), "ana");
        store.indicators().define("all-incidents", "count where perpetrator \"TTP\" from 2024-01-01 to 2024-12-31",
                Optional.empty(), "ana");
        store.commitments().attach(commitment, "all-incidents", "ana");
        store.conditions().define("aid-tranche", "second aid tranche", "commitment " + commitment + " is kept", "ana");
        engagement = store.engagements().add(EngagementKind.DELEGATION, "Delegation to Kabul",
                FuzzyDate.day(LocalDate.of(2024, 1, 15)), List.of(PartyRef.mention("Pakistan")), "ana");
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "tester"), db.jdbi());
        http = new Http(server);
        assertThat(http.postJson("/api/v1/ledger/regroup", "{}").status()).isEqualTo(200);
        proposition = http.get("/api/v1/ledger").json().get("items").get(0).get("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode ok(String path) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path + " " + r).isEqualTo(200);
        return r.json();
    }

    @Test
    void aPropositionShowsTheClaimAndTheDenialWithTheirDocuments() {
        JsonNode e = ok("/api/v1/ledger/" + proposition);
        assertThat(e.get("forCount").asInt()).isEqualTo(1);
        assertThat(e.get("againstCount").asInt()).isEqualTo(1);
        assertThat(e.get("positions")).hasSize(2);
        for (JsonNode p : e.get("positions")) {
            JsonNode s = p.get("statement");
            assertThat(s.get("quote").asText()).containsIgnoringCase("shelter");
            assertThat(s.get("documentId").asLong()).isPositive();
        }
        assertThat(e.get("holders")).hasSize(2);
        assertThat(e.get("bearingRule").asText()).isNotBlank();
        String page = http.get("/ledger/" + proposition).body();
        assertThat(page).contains("Statements over time", "Kabul denied that it shelters militants", "href=\"/documents/",
                "Who holds which position");
    }

    @Test
    void aStatementUnlinkedAndLinkedAgainMovesOutAndBack() {
        JsonNode e = ok("/api/v1/ledger/" + proposition);
        long denial = e.get("positions").findValues("statement").stream().filter(s -> s.get("type").asText().equals("deny"))
                .findFirst().orElseThrow().get("id").asLong();
        Http.Response out = http.postJson("/api/v1/statements/" + denial + "/unlink", "{\"note\": \"not the same claim\"}");
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.json().get("decidedBy").asText()).isEqualTo("tester");
        assertThat(ok("/api/v1/ledger/" + proposition).get("againstCount").asInt()).isZero();
        Http.Response back = http.postJson("/api/v1/statements/" + denial + "/link",
                "{\"proposition\": " + proposition + ", \"stance\": \"against\"}");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        JsonNode again = ok("/api/v1/ledger/" + proposition);
        assertThat(again.get("againstCount").asInt()).isEqualTo(1);
        assertThat(again.toString()).contains("\"origin\":\"human\"");
        Http.Response badStance = http.postJson("/api/v1/statements/" + denial + "/link",
                "{\"proposition\": " + proposition + ", \"stance\": \"sideways\"}");
        assertThat(badStance.status()).isEqualTo(400);
        assertThat(badStance.json().get("parameter").asText()).isEqualTo("stance");
        assertThat(http.postJson("/api/v1/statements/" + denial + "/link", "{\"proposition\": 99999}").status()).isEqualTo(404);
    }

    @Test
    void thePageFormsUnlinkLinkAndRateThroughTheSameStoreCode() {
        JsonNode e = ok("/api/v1/ledger/" + proposition);
        long accusation = e.get("positions").findValues("statement").stream().filter(s -> s.get("type").asText().equals("accuse"))
                .findFirst().orElseThrow().get("id").asLong();
        Http.Response out = http.postForm("/statements/" + accusation + "/unlink", "note=wrong+claim");
        assertThat(out.status()).as(out.toString()).isEqualTo(303);
        assertThat(ok("/api/v1/ledger/" + proposition).get("forCount").asInt()).isZero();
        Http.Response in = http.postForm("/ledger/link", "statement=" + accusation + "&proposition=" + proposition + "&stance=for");
        assertThat(in.status()).as(in.toString()).isEqualTo(303);
        assertThat(ok("/api/v1/ledger/" + proposition).get("forCount").asInt()).isEqualTo(1);
        assertThat(http.postForm("/ledger/link", "statement=abc&proposition=" + proposition).status()).isEqualTo(400);

        long other = new AccountabilityStore(db.jdbi()).commitments().add(PartyRef.mention("TTP"), Optional.empty(),
                "stop attacks", Optional.empty(), Optional.empty(), List.of(), List.of(), "ana");
        Http.Response rate = http.postForm("/commitments/" + other + "/status",
                "status=broken&score=0&from=2024-04-01&evidence=note%3Aattack+in+March%0D%0Aurl%3Ahttps%3A%2F%2Fexample.org%2Fa");
        assertThat(rate.status()).as(rate.toString()).isEqualTo(303);
        JsonNode rating = ok("/api/v1/commitments/" + other).get("commitment").get("history").get(0);
        assertThat(rating.get("status").asText()).isEqualTo("broken");
        assertThat(rating.get("evidence")).hasSize(2);
        assertThat(rating.get("author").asText()).isEqualTo("tester");
    }

    @Test
    void aCommitmentShowsItsIndicatorResultWithTheIncidentsCountedAndItsRatings() {
        JsonNode list = ok("/api/v1/commitments?obligor=kab&status=not_yet_rated");
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(ok("/api/v1/commitments?obligor=nobody").get("total").asInt()).isZero();
        Http.Response rate = http.postJson("/api/v1/commitments/" + commitment + "/status", """
                {"status": "stalled", "score": 1, "from": "2024-06-01", "evidence": ["note:no change by June"], "note": "slow"}""");
        assertThat(rate.status()).as(rate.toString()).isEqualTo(200);
        JsonNode d = ok("/api/v1/commitments/" + commitment + "?asOf=2024-12-31");
        assertThat(d.get("implementationScore").asInt()).isEqualTo(1);
        JsonNode rating = d.get("commitment").get("history").get(0);
        assertThat(rating.get("status").asText()).isEqualTo("stalled");
        assertThat(rating.get("author").asText()).isEqualTo("tester");
        assertThat(rating.get("evidence").get(0).get("ref").asText()).isEqualTo("no change by June");
        JsonNode measure = d.get("measures").get(0);
        assertThat(measure.get("name").asText()).isEqualTo("all-incidents");
        JsonNode cell = measure.get("result").get("cells").get(0);
        assertThat(cell.get("value").asDouble()).isEqualTo(cell.get("incidents").size()).isPositive();
        assertThat(ok("/api/v1/commitments?status=stalled").get("total").asInt()).isEqualTo(1);

        Http.Response noEvidence = http.postJson("/api/v1/commitments/" + commitment + "/status", "{\"status\": \"kept\"}");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.json().get("parameter").asText()).isEqualTo("evidence");
        assertThat(http.get("/commitments/" + commitment).body()).contains("Status history", "stalled", "no change by June",
                "Measured by all-incidents");
    }

    @Test
    void aBadIndicatorExpressionIsA400NamingTheParameterAndTheColumn() {
        Http.Response r = http.get("/api/v1/indicators/eval?expr=" + java.net.URLEncoder.encode("count where perpetrator",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("parameter").asText()).isEqualTo("expr");
        assertThat(r.json().get("detail").asText()).contains("column 24");
        assertThat(r.json().get("column").asInt()).isEqualTo(24);
        JsonNode good = ok("/api/v1/indicators/eval?asOf=2024-12-31&expr=" + java.net.URLEncoder.encode(
                "count where perpetrator \"TTP\" per month", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(good.get("kind").asText()).isEqualTo("series");
        assertThat(http.get("/api/v1/indicators/eval").json().get("parameter").asText()).isEqualTo("expr");
    }

    @Test
    void aConditionIsExplainedPartByPartWithItsTimeline() {
        JsonNode c = ok("/api/v1/conditions/aid-tranche?asOf=2024-12-31&from=2024-06-01");
        assertThat(c.get("holds").asBoolean()).isFalse();
        assertThat(c.get("explanation").get(0).asText()).startsWith("[fails] commitment " + commitment + " is kept");
        assertThat(c.get("timeline").get("points").size()).isGreaterThan(5);
        assertThat(c.get("timeline").get("firstMet").isNull()).isTrue();
        assertThat(http.get("/conditions/aid-tranche?asOf=2024-12-31").body()).contains("waits: the rule does not hold",
                "not met on any day evaluated");
    }

    @Test
    void anEngagementShowsTheRatesBeforeAndAfterTheirRatioAndTheCaveat() {
        JsonNode e = ok("/api/v1/engagements/" + engagement + "?asOf=2024-12-31&before=600&after=120");
        JsonNode ratio = e.get("result").get("ratio");
        assertThat(ratio.get("confidence").asDouble()).isEqualTo(0.95);
        assertThat(ratio.get("current").asInt() + ratio.get("reference").asInt()).isPositive();
        assertThat(ratio.has("low")).isTrue();
        assertThat(ratio.has("high")).isTrue();
        assertThat(e.get("caveat").asText()).isEqualTo(EngagementEffect.CAVEAT);
        Http.Response bad = http.get("/api/v1/engagements/" + engagement + "?where=perpetrator");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asText()).isEqualTo("where");
        assertThat(bad.json().get("column").asInt()).as("counted from the start of the filter").isEqualTo(12);
        assertThat(http.get("/engagements/" + engagement + "?asOf=2024-12-31").body()).contains("Rate ratio after/before",
                "does not show that the engagement caused");
    }

    @Test
    void unknownIdsAre404() {
        for (String path : List.of("/api/v1/ledger/99999", "/api/v1/commitments/99999", "/api/v1/conditions/nothing",
                "/api/v1/engagements/99999", "/api/v1/ledger/x", "/ledger/99999", "/commitments/99999", "/conditions/nothing",
                "/engagements/99999")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(http.postJson("/api/v1/commitments/99999/confirm", "{}").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionListsTheAccountabilityEndpoints() {
        JsonNode paths = ok("/api/openapi.json").get("paths");
        assertThat(paths.has("/api/v1/ledger/{id}")).isTrue();
        assertThat(paths.has("/api/v1/commitments/{id}/status")).isTrue();
        assertThat(paths.get("/api/v1/indicators/eval").get("get").get("parameters").toString()).contains("\"expr\"");
        assertThat(ok("/api/openapi.json").get("components").get("schemas").has("CommitmentStatus")).isTrue();
    }
}
