package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.resolve.place.BorderDistance;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code consolidate}, {@code consolidated}, {@code merge} and {@code split} end to end: the seed
 * editorial extracted with the real CoreNLP pipeline and the synthetic ACLED events imported, in one
 * real database.
 */
class ConsolidateCommandTest {
    private static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");

    private final TestDatabase database = TestDatabase.create();
    private final List<String> db = List.of("--db", database.jdbcUrl());

    private Cli cli(String command, String... rest) {
        return Cli.command(db, command, rest);
    }

    private Cli ok(String command, String... rest) {
        Cli c = cli(command, rest);
        assertThat(c.status()).as(c.toString()).isZero();
        return c;
    }

    @BeforeEach
    void theEditorialAndTheDatasetAreStored() {
        ok("ingest", "--quiet", SEED.toString());
        ok("extract", "--quiet");
        ok("import acled", "--quiet", ImportCommandTest.ACLED.toString());
    }

    @Test
    void theBishamAttackOfTheEditorialAndOfTheDatasetBecomeOneIncidentAtBeshamOnItsDay() throws Exception {
        Cli run = ok("consolidate");
        assertThat(run.out()).contains("consolidated", "reports into", "incidents", "candidate pairs compared",
                "written:", "analysts' decisions: 0 respected");

        JsonNode bisham = bisham();
        assertThat(bisham.get("type").asText()).isEqualTo("suicide_attack");
        assertThat(bisham.get("date").asText()).isEqualTo("2024-03-26");
        assertThat(bisham.get("datePrecision").asText()).isEqualTo("day");
        JsonNode place = bisham.get("place");
        assertThat(place.get("name").asText()).isEqualTo("Besham");
        assertThat(BorderDistance.haversineKm(place.get("latitude").asDouble(), place.get("longitude").asDouble(),
                34.932, 72.878)).isLessThan(5);
        assertThat(place.get("borderKm").asDouble()).isBetween(80.0, 130.0);
        assertThat(bisham.get("killed").get("best").asInt()).isEqualTo(6);
        List<String> keys = new ArrayList<>();
        bisham.get("reports").forEach(r -> keys.add(r.get("key").asText()));
        assertThat(keys).contains("acled:SYNPAK0001").anyMatch(k -> k.startsWith("doc:1:"));
        JsonNode joined = bisham.get("reports").get(1);
        assertThat(joined.get("matchScore").asDouble()).isGreaterThanOrEqualTo(0.65);
        assertThat(joined.get("match").get("place").asDouble()).isGreaterThan(0.9);
        assertThat(bisham.get("chosenFrom").get("date").asText()).isEqualTo("acled:SYNPAK0001");

        String shown = ok("consolidated", bisham.get("id").asText()).out();
        assertThat(shown).contains("Consolidated incident " + bisham.get("id").asText(), "suicide_attack",
                "2024-03-26 (day)", "Besham", "km from the", "ACLED SYNPAK0001", "first report", "match: 0.");
        List<List<String>> csv = ExtractCommandTest.parseCsv(ok("consolidated", "--format", "csv").out());
        assertThat(csv.get(0)).contains("id", "date", "type", "place", "killed_best", "report_count", "reports");
        assertThat(csv).allSatisfy(row -> assertThat(row).hasSameSizeAs(csv.get(0)));
        assertThat(ok("consolidated", "--min-reports", "2").out()).contains("acled:SYNPAK0001");

        Cli again = ok("consolidate");
        assertThat(again.out()).contains("0 incidents added, 0 updated").contains(" 0 removed; 0 reports assigned");
        Cli full = ok("consolidate", "--full");
        assertThat(full.out()).contains("0 incidents added").doesNotContain(" 0 updated");
        assertThat(bisham().get("id")).isEqualTo(bisham.get("id"));
    }

    @Test
    void anAnalystsSplitAndMergeHoldAcrossRuns() throws Exception {
        ok("consolidate", "--quiet");
        JsonNode bisham = bisham();
        long acledReport = report(bisham, "acled:SYNPAK0001");
        String editorial = null;
        for (JsonNode r : bisham.get("reports")) {
            if (r.get("key").asText().startsWith("doc:")) {
                editorial = r.get("key").asText();
            }
        }
        assertThat(editorial).as(bisham.toString()).isNotNull();

        Cli split = ok("split", Long.toString(acledReport), "--author", "alice", "--note", "checking the toll");
        assertThat(split.out()).contains("report " + acledReport + " is now consolidated incident", "decided by alice");
        assertThat(consolidatedOf(editorial)).isNotEqualTo(consolidatedOf("acled:SYNPAK0001"));
        Cli afterSplit = ok("consolidate");
        assertThat(afterSplit.out()).containsPattern("analysts' decisions: [1-9][0-9]* respected")
                .containsPattern("[1-9][0-9]* matches kept apart by a decision");
        assertThat(consolidatedOf(editorial)).isNotEqualTo(consolidatedOf("acled:SYNPAK0001"));

        Cli merge = ok("merge", Long.toString(consolidatedOf(editorial)), Long.toString(consolidatedOf("acled:SYNPAK0001")),
                "--author", "bob");
        assertThat(merge.out()).contains("merged consolidated incidents", "decided by bob");
        ok("consolidate", "--quiet");
        assertThat(consolidatedOf(editorial)).isEqualTo(consolidatedOf("acled:SYNPAK0001"));
        assertThat(bisham().get("reports").toString()).contains("SAME by bob on ");
        long audited = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action IN ('split', 'merge')").mapTo(Long.class).one());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void badRequestsGetOneLineNamingTheProblem() {
        ok("consolidate", "--quiet");
        assertOneLine(cli("merge", "424242", "424243", "--author", "a"), "error: no consolidated incident with id 424242");
        assertOneLine(cli("split", "424242", "--author", "a"), "error: no report (incident) with id 424242");
        assertOneLine(cli("consolidated", "424242"), "error: no consolidated incident with id 424242");
        assertOneLine(cli("consolidate", "--threshold", "1.5"), "error: --threshold must be above 0 and at most 1");
        assertOneLine(cli("consolidated", "--type", "gossip"), "error: --type must be one of");
        assertOneLine(cli("consolidated", "--limit", "0"), "error: --limit must be at least 1");
    }

    private static void assertOneLine(Cli run, String start) {
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith(start).doesNotContain("\n");
    }

    /** The consolidated incident holding the ACLED Besham event. */
    private JsonNode bisham() throws Exception {
        long id = consolidatedOf("acled:SYNPAK0001");
        return Json.mapper().readTree(ok("consolidated", Long.toString(id), "--format", "json").out()).get(0);
    }

    private long consolidatedOf(String key) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT consolidated_id FROM incident WHERE report_key = :k")
                .bind("k", key).mapTo(Long.class).one());
    }

    private static long report(JsonNode consolidated, String key) {
        for (JsonNode r : consolidated.get("reports")) {
            if (r.get("key").asText().equals(key)) {
                return r.get("incidentId").asLong();
            }
        }
        throw new AssertionError(key + " not in " + consolidated);
    }
}
