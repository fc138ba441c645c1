package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example's accountability items from the seed editorial, ingested and extracted with the
 * real pipeline and CoreNLP: the safe-haven claim and its denial, the commitments suggested from the
 * demand and the recommendations, the condition on investment, each with its evidence, and a brief.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountabilitySeedTest {
    private static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");
    /** The bundled registry's names for the parties, which the real actor resolution links the mentions to. */
    private static final String PAKISTAN = "Government of Pakistan";
    private static final String TALIBAN = "Afghan Taliban (Islamic Emirate of Afghanistan)";
    private static TestDatabase database;
    private static List<String> db;

    @BeforeAll
    static void extractTheSeed() {
        database = TestDatabase.create();
        db = List.of("--db", database.jdbcUrl());
        assertThat(cli("ingest", "--quiet", SEED.toString()).status()).isZero();
        Cli extract = cli("extract", "--quiet");
        assertThat(extract.status()).as(extract.toString()).isZero();
    }

    private static Cli cli(String command, String... rest) {
        return Cli.run(Cli.on(db, command, rest));
    }

    private static long registryId(String slug) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM actor WHERE slug = :slug")
                .bind("slug", slug).mapTo(Long.class).one());
    }

    private static JsonNode json(String command, String... rest) throws Exception {
        Cli run = cli(command, rest);
        assertThat(run.status()).as(run.toString()).isZero();
        return Json.mapper().readTree(run.out());
    }

    /** The one element of the array whose field contains the words, failing with the array when not exactly one. */
    static JsonNode one(JsonNode array, String field, String contains) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(n -> {
            if (n.path(field).asText().toLowerCase().contains(contains.toLowerCase())) {
                found.add(n);
            }
        });
        assertThat(found).as("one with " + field + " containing '" + contains + "' in\n" + array.toPrettyString()).hasSize(1);
        return found.get(0);
    }

    @Test
    @Order(1)
    void theSafeHavenClaimHasOneAccusationAndOneDenialWithTheirWords() throws Exception {
        JsonNode ledger = json("ledger", "--format", "json");
        JsonNode haven = one(ledger, "proposition", "safe haven");
        JsonNode entry = json("ledger", "show", haven.get("id").asText(), "--json");
        assertThat(entry.get("forCount").asInt()).isEqualTo(1);
        assertThat(entry.get("againstCount").asInt()).isEqualTo(1);
        JsonNode positions = entry.get("positions");
        assertThat(positions).hasSize(2);
        JsonNode accusation = one(positions, "stance", "for").get("statement");
        JsonNode denial = one(positions, "stance", "against").get("statement");
        assertThat(accusation.get("type").asText()).isEqualTo("accuse");
        assertThat(accusation.get("speaker").asText()).as("'the government' in a Pakistani paper")
                .isEqualTo(PAKISTAN);
        assertThat(denial.get("type").asText()).isEqualTo("deny");
        assertThat(denial.get("speaker").asText()).as("'Kabul's de facto rulers'").isEqualTo(TALIBAN);
        for (JsonNode s : List.of(accusation, denial)) {
            assertThat(s.get("quote").asText()).contains("Afghanistan provides safe havens");
            assertThat(s.get("documentId").asLong()).isPositive();
            assertThat(s.get("end").asInt()).isGreaterThan(s.get("start").asInt());
        }
        assertThat(entry.get("holders")).hasSize(2);
        assertThat(entry.get("bearingRule").asText()).contains("within 50 km of a border of AF");
    }

    @Test
    @Order(2)
    void theDemandIsOwedByTheAfghanTalibanToPakistanFromSunday() throws Exception {
        Cli suggest = cli("commitments", "suggest");
        assertThat(suggest.out()).as(suggest.toString()).containsPattern("[1-9]\\d* commitments suggested \\([1-9]\\d* new");
        JsonNode demand = one(json("commitments", "--format", "json"), "owed", "hand them to us");
        assertThat(demand.get("obligor").get("name").asText()).isEqualTo(TALIBAN);
        assertThat(demand.get("obligor").get("actorId").asLong()).isEqualTo(registryId("af-taliban"));
        assertThat(demand.get("obligee").get("name").asText()).as("the interior minister speaks for his government")
                .isEqualTo(PAKISTAN);
        assertThat(demand.get("obligee").get("actorId").asLong()).isEqualTo(registryId("pk-gov"));
        assertThat(demand.get("owed").asText()).contains("punish the alleged terrorists");
        assertThat(demand.get("start").asText()).isEqualTo("2024-05-26");
        assertThat(demand.get("review").asText()).isEqualTo("suggested");
        assertThat(demand.get("sources").get(0).get("evidence").get("quote").asText())
                .startsWith("Mohsin Naqvi demanded that the Afghan Taliban");
        assertThat(demand.get("incidents")).as("the Bisham attack, attributed just before").hasSize(1);
    }

    @Test
    @Order(3)
    void theRecommendationsBecomeCommitmentsToMoveFightersAndStopCrossBorderAttacks() throws Exception {
        JsonNode all = json("commitments", "--format", "json");
        JsonNode moved = one(all, "owed", "moved far from the border");
        assertThat(moved.get("obligee").get("name").asText()).isEqualTo(PAKISTAN);
        assertThat(moved.get("sources").get(0).get("evidence").get("quote").asText()).contains("Pakistan ought to require");
        List<JsonNode> crossBorder = new ArrayList<>();
        all.forEach(c -> {
            if (c.get("owed").asText().contains("cross-border")) {
                crossBorder.add(c);
            }
        });
        assertThat(crossBorder).as(all.toPrettyString()).isNotEmpty();
        assertThat(crossBorder).allSatisfy(c -> {
            assertThat(c.get("obligor").get("name").asText()).isEqualTo(TALIBAN);
            assertThat(c.get("sources").get(0).get("evidence").get("quote").asText()).contains("cross-border");
        });
        assertThat(moved.get("start").asText()).isEqualTo("2024-05-28");
    }

    @Test
    @Order(4)
    void investmentWaitsForSignificantCounterTerrorismAction() throws Exception {
        assertThat(cli("conditions", "suggest").status()).isZero();
        JsonNode condition = one(json("conditions", "--format", "json"), "measure", "investment");
        assertThat(condition.get("review").asText()).isEqualTo("suggested");
        assertThat(condition.get("evidence").get("quote").asText()).contains("only when the Taliban take significant CT actions");
        Matcher rule = Pattern.compile("commitment (\\d+) is kept").matcher(condition.get("rule").asText());
        assertThat(rule.matches()).as(condition.get("rule").asText()).isTrue();
        JsonNode requirement = json("commitments", "show", rule.group(1), "--json");
        assertThat(requirement.get("owed").asText()).isEqualTo("take significant CT actions");
        assertThat(requirement.get("obligor").get("name").asText()).isEqualTo(TALIBAN);

        Cli eval = cli("conditions", "eval", condition.get("name").asText(), "--as-of", "2024-12-31", "--timeline",
                "--from", "2024-06-01");
        assertThat(eval.status()).as(eval.toString()).isZero();
        assertThat(eval.out()).contains("waits: the rule does not hold", "[fails] commitment " + rule.group(1) + " is kept",
                "not met on any day evaluated");
    }

    @Test
    @Order(5)
    void suggestingAgainAddsNothing() {
        assertThat(cli("commitments", "suggest").out()).contains("(0 new");
        assertThat(cli("conditions", "suggest").out()).contains("(0 new");
        Cli engagements = cli("engagements", "suggest", "--quiet");
        assertThat(engagements.out()).contains("engagements suggested");
        assertThat(cli("engagements", "suggest", "--quiet").out()).contains("(0 new");
        assertThat(cli("engagements").out()).contains("delegation", "cross_border_strike");
    }

    @Test
    @Order(6)
    void aConfirmedAndRatedCommitmentAppearsInTheBriefWithEveryLinkResolved(@TempDir Path out) throws Exception {
        JsonNode demand = one(json("commitments", "--format", "json"), "owed", "hand them to us");
        String id = demand.get("id").asText();
        assertThat(cli("commitments", "confirm", id, "--author", "ana", "--owed", "hand over or punish the Bisham suspects",
                "--due", "2024-08-31").status()).isZero();
        Cli rate = cli("commitments", "status", id, "--status", "stalled", "--score", "0", "--from", "2024-07-01",
                "--evidence", "note:no suspect handed over by July", "--author", "ana");
        assertThat(rate.status()).as(rate.toString()).isZero();
        assertThat(rate.out()).contains("rated stalled from 2024-07-01 by ana (score 0)");

        Cli report = cli("report", "--actor", "Afghan Taliban", "--from", "2024-01-01", "--to", "2024-12-31", "--out", out.toString());
        assertThat(report.status()).as(report.toString()).isZero();
        String html = Files.readString(out.resolve("brief.html"));
        String md = Files.readString(out.resolve("brief.md"));
        assertThat(html).contains("hand over or punish the Bisham suspects", "stalled (score 0) since 2024-07-01 by ana",
                "safe havens", "take significant CT actions");
        assertThat(md).contains("| hand over or punish the Bisham suspects |");
        BriefAssertions.linksResolve(html, md);
        BriefAssertions.chartsAreImages(out, html);
    }
}
