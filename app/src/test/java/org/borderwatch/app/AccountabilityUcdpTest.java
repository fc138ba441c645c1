package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.resolve.place.BorderDistance;
import org.borderwatch.resolve.place.NearestBorder;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indicators and engagement effects on the UCDP GED Pakistan sample, checked against counts made here
 * from the CSV itself (dates and sides read from the file, border distance from {@link BorderDistance}),
 * not through the indicator code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountabilityUcdpTest {
    private static final Path CSV = Path.of("../../shared/data/eval/ucdp-ged-pakistan-dev.csv");
    private static final DateTimeFormatter UCDP_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");
    private static final LocalDate TALKS = LocalDate.of(2014, 2, 6);
    private static TestDatabase database;
    private static List<String> db;
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void importTheSample() {
        database = TestDatabase.create();
        db = List.of("--db", database.jdbcUrl());
        Cli imported = Cli.run("import", "ucdp", CSV.toString(), "--quiet", "--db", database.jdbcUrl());
        assertThat(imported.status()).as(imported.toString()).isZero();
        rows = readCsv(CSV);
        assertThat(rows).hasSizeGreaterThan(2000);
        assertThat(imported.out()).as("every row a report, its sides linked to registry actors")
                .contains(rows.size() + " events added", "actors of " + rows.size() + " documents resolved");
    }

    private static Cli cli(String command, String... rest) {
        return Cli.run(Cli.on(db, command, rest));
    }

    private static JsonNode json(String command, String... rest) throws Exception {
        Cli run = cli(command, rest);
        assertThat(run.status()).as(run.toString()).isZero();
        return Json.mapper().readTree(run.out());
    }

    private static boolean ttp(Map<String, String> r) {
        return r.get("side_a").strip().equals("TTP") || r.get("side_b").strip().equals("TTP");
    }

    private static LocalDate start(Map<String, String> r) {
        return LocalDate.parse(r.get("date_start"), UCDP_DATE);
    }

    /** Within 50 km of the Afghanistan–Pakistan border, that border being the nearest. */
    private static boolean nearAfPk(Map<String, String> r) {
        NearestBorder b = BorderDistance.bundled().nearestBorder(Double.parseDouble(r.get("latitude")),
                Double.parseDouble(r.get("longitude")));
        return b.pair().equals("AF–PK") && b.distanceKm() <= 50;
    }

    @Test
    @Order(1)
    void ttpIncidentsNearTheBorderPerMonthMatchACountFromTheCsv() throws Exception {
        Map<String, Integer> expected = new TreeMap<>();
        for (Map<String, String> r : rows) {
            if (ttp(r) && nearAfPk(r)) {
                expected.merge(start(r).toString().substring(0, 7), 1, Integer::sum);
            }
        }
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).as("the sample has such incidents").isGreaterThan(100);

        Cli define = cli("indicators", "define", "ttp-border", "count where perpetrator \"TTP\" and within 50 km of border AF-PK "
                + "per month", "--author", "ana", "--description", "TTP incidents within 50 km of the AF-PK border");
        assertThat(define.status()).as(define.toString()).isZero();
        JsonNode result = json("indicators", "eval", "ttp-border", "--as-of", "2019-12-31", "--format", "json");
        assertThat(result.get("kind").asText()).isEqualTo("series");
        Map<String, Integer> actual = new TreeMap<>();
        for (JsonNode cell : result.get("cells")) {
            assertThat(cell.get("incidents")).as("each month lists the incidents it counted").hasSize(cell.get("value").asInt());
            cell.get("incidents").forEach(i -> assertThat(i.asText()).startsWith("R"));
            if (cell.get("value").asInt() > 0) {
                actual.put(cell.get("label").asText(), cell.get("value").asInt());
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(result.get("unplaced").asInt()).isZero();

        Cli csv = cli("indicators", "eval", "ttp-border", "--as-of", "2019-12-31", "--format", "csv");
        List<List<String>> records = ExtractCommandTest.parseCsv(csv.out());
        assertThat(records.get(0)).containsExactly("label", "start", "end", "value", "incidents");
        assertThat(records.stream().skip(1).mapToInt(r -> Integer.parseInt(r.get(3))).sum())
                .isEqualTo(expected.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    @Order(2)
    void theRateRatioAroundTheTalksMatchesAHandComputation() throws Exception {
        int before = 0;
        int after = 0;
        for (Map<String, String> r : rows) {
            if (ttp(r)) {
                LocalDate d = start(r);
                before += !d.isBefore(TALKS.minusDays(90)) && d.isBefore(TALKS) ? 1 : 0;
                after += d.isAfter(TALKS) && !d.isAfter(TALKS.plusDays(90)) ? 1 : 0;
            }
        }
        assertThat(before + after).as("enough incidents to compare").isGreaterThan(10);
        Cli add = cli("engagements", "add", "--kind", "talks", "--date", TALKS.toString(), "--title",
                "Government and TTP committees open peace talks", "--party", "Government of Pakistan", "--party", "TTP",
                "--author", "ana");
        assertThat(add.status()).as(add.toString()).isZero();
        long id = Json.mapper().readTree(cli("engagements", "--format", "json").out()).get(0).get("id").asLong();

        JsonNode effect = json("engagements", "effect", Long.toString(id), "--before", "90", "--after", "90",
                "--where", "perpetrator \"TTP\"", "--json");
        JsonNode ratio = effect.get("result").get("ratio");
        assertThat(ratio.get("reference").asInt()).isEqualTo(before);
        assertThat(ratio.get("current").asInt()).isEqualTo(after);
        assertThat(ratio.get("referenceDays").asInt()).isEqualTo(90);
        assertThat(ratio.get("currentDays").asInt()).isEqualTo(90);
        assertThat(ratio.get("ratio").asDouble()).isCloseTo((after / 90.0) / (before / 90.0), within(1e-12));
        double[] p = clopperPearson(after, before + after);
        assertThat(ratio.get("low").asDouble()).isCloseTo(p[0] / (1 - p[0]), within(1e-6));
        assertThat(ratio.get("high").asDouble()).isCloseTo(p[1] / (1 - p[1]), within(1e-6));
        assertThat(effect.get("result").get("cells").get(0).get("incidents")).hasSize(after);
        assertThat(effect.get("caveat").asText()).contains("does not show that the engagement caused");

        Cli text = cli("engagements", "effect", Long.toString(id), "--where", "perpetrator \"TTP\"");
        assertThat(text.out()).contains("rate ratio after/before", "95% CI", "exact conditional binomial", "not show");
    }

    /** The CSV's rows as header -> value, read here rather than through the importer under test. */
    private static List<Map<String, String>> readCsv(Path csv) {
        try {
            List<List<String>> records = ExtractCommandTest.parseCsv(Files.readString(csv));
            List<String> header = records.get(0);
            return records.stream().skip(1).map(r -> {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < r.size() ? r.get(i) : "");
                }
                return row;
            }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Clopper–Pearson 95% limits by bisection on binomial tails summed term by term. */
    private static double[] clopperPearson(int x, int n) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200; i++) {
            double m = (lo + hi) / 2;
            if (tail(x, n, m) < 0.025) {
                lo = m;
            } else {
                hi = m;
            }
        }
        double low = x == 0 ? 0 : lo;
        lo = 0;
        hi = 1;
        for (int i = 0; i < 200; i++) {
            double m = (lo + hi) / 2;
            if (1 - tail(x + 1, n, m) > 0.025) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return new double[] {low, x == n ? 1 : lo};
    }

    /** P(X >= k), X ~ Binomial(n, p). */
    private static double tail(int k, int n, double p) {
        double sum = 0;
        for (int i = k; i <= n; i++) {
            double logChoose = 0;
            for (int j = 1; j <= i; j++) {
                logChoose += Math.log(n - i + j) - Math.log(j);
            }
            sum += Math.exp(logChoose + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return sum;
    }

    @Test
    @Order(3)
    void aBriefOnTheTtpChartsItsIncidentsAndTheTalksWithEveryLinkResolved(@TempDir Path out) throws Exception {
        long in2014 = rows.stream().filter(AccountabilityUcdpTest::ttp).filter(r -> start(r).getYear() == 2014).count();
        Cli report = cli("report", "--actor", "TTP", "--from", "2014-01-01", "--to", "2014-12-31", "--out", out.toString());
        assertThat(report.status()).as(report.toString()).isZero();
        String html = Files.readString(out.resolve("brief.html"));
        String md = Files.readString(out.resolve("brief.md"));
        assertThat(md).contains(in2014 + " incidents attributed to Tehrik-i-Taliban Pakistan", "rate ratio after/before", "does not show");
        assertThat(html).contains("Government and TTP committees open peace talks");
        assertThat(md).as("'Taliban' is the TTP's name only in context").doesNotContain("perpetrator \"Taliban\"");
        BriefAssertions.linksResolve(html, md);
        BriefAssertions.chartsAreImages(out, html);
        assertThat(BriefAssertions.all(html, "href=\"#(incident-R\\d+)\"")).hasSizeGreaterThan(60);
    }

    @Test
    @Order(4)
    void indicatorsCountConsolidatedIncidentsOnce() throws Exception {
        JsonNode before = json("indicators", "eval", "--expr", "count where perpetrator \"TTP\" from 2014-01-01 to 2014-12-31",
                "--as-of", "2019-12-31", "--format", "json");
        List<String> reports = Json.mapper().convertValue(before.get("cells").get(0).get("incidents"),
                Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(before.get("value").asInt()).isEqualTo(reports.size());
        Cli consolidate = cli("consolidate", "--quiet");
        assertThat(consolidate.status()).as(consolidate.toString()).isZero();
        long groups = database.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(DISTINCT consolidated_id) FROM incident WHERE id = ANY(:ids)""")
                .bindArray("ids", Long.class, reports.stream().map(r -> Long.parseLong(r.substring(1))).toArray(Long[]::new))
                .mapTo(Long.class).one());
        JsonNode consolidated = json("indicators", "eval", "--expr", "count where perpetrator \"TTP\" from 2014-01-01 to 2014-12-31",
                "--as-of", "2019-12-31", "--format", "json");
        assertThat(consolidated.get("value").asLong()).as("one count per consolidated incident").isEqualTo(groups);
        List<String> ids = Json.mapper().convertValue(consolidated.get("cells").get(0).get("incidents"),
                Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(ids).allSatisfy(i -> assertThat(i).startsWith("C"));

        Cli merge = cli("merge", ids.get(0).substring(1), ids.get(1).substring(1), "--author", "ana");
        assertThat(merge.status()).as(merge.toString()).isZero();
        JsonNode merged = json("indicators", "eval", "--expr", "count where perpetrator \"TTP\" from 2014-01-01 to 2014-12-31",
                "--as-of", "2019-12-31", "--format", "json");
        assertThat(merged.get("value").asLong()).as("an analyst's merge counts the two as one").isEqualTo(groups - 1);
    }

    @Test
    @Order(5)
    void theCommandsListTheirSubcommandsAndTakeStoreOptionsAfterThem() {
        assertThat(Cli.run("--help").out()).contains("ledger", "commitments", "indicators", "conditions", "engagements", "report");
        assertThat(Cli.run("commitments", "--help").out()).contains("suggest", "confirm", "reject", "add", "status", "measure");
        assertThat(Cli.run("commitments", "status", "--help").out()).contains("--evidence", "--score", "--author", "--db");
        assertThat(Cli.run("ledger", "--help").out()).contains("show", "link", "unlink", "new", "--threshold");
        Cli after = Cli.run("indicators", "eval", "ttp-border", "--as-of", "2019-12-31", "--db", database.jdbcUrl());
        assertThat(after.status()).as(after.toString()).isZero();
        assertThat(after.out()).contains("indicator: count where perpetrator \"TTP\"", "2014-06");
    }

    @Test
    @Order(6)
    void badInputGetsAClearErrorAndStoresNothing() {
        Cli bad = cli("indicators", "define", "x", "count where within 50 miles of border", "--author", "ana");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: indicator, column 23: expected 'km' after the distance 50, found 'miles'")
                .contains("^");
        assertThat(cli("indicators").out()).doesNotContain("\nx ");
        assertThat(cli("indicators", "eval", "nope").err()).contains("no indicator named nope");
        assertThat(cli("indicators", "eval", "ttp-border", "--as-of", "2019-13-01").err()).contains("--as-of must be a day");
        assertThat(cli("engagements", "effect", "999").err()).contains("no engagement with id 999");
        assertThat(cli("engagements", "add", "--kind", "lunch", "--date", "2014-01-01", "--title", "t").err())
                .contains("--kind must be one of delegation, talks");
        Cli condition = cli("conditions", "define", "c", "--measure", "tranche", "--rule", "commitment 999 is kept");
        assertThat(condition.err()).contains("--rule names commitment 999, which do not exist");
        assertThat(cli("conditions").out()).doesNotContain("tranche");
        assertThat(cli("commitments", "status", "1", "--status", "done", "--evidence", "note:x").err())
                .contains("--status: a status is one of");
        assertThat(cli("commitments", "status", "1", "--status", "kept", "--evidence", "gossip").err()).contains("--evidence:");
        assertThat(cli("ledger", "link", "1", "2", "--stance", "maybe").err()).contains("--stance must be for or against");
        assertThat(cli("report", "--actor", "TTP", "--from", "2014-12-31", "--to", "2014-01-01", "--out", "x").err())
                .contains("before --from");
    }
}
