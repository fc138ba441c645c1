package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The extract, incidents and statements commands end to end on the seed editorial with the real
 * CoreNLP pipeline. It checks the plumbing, not what the rules extract.
 */
class ExtractCommandTest {
    private static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");

    private final List<String> db = List.of("--db", TestDatabase.create().jdbcUrl());

    private Cli cli(String command, String... rest) {
        return Cli.run(Cli.on(db, command, rest));
    }

    @Test
    void extractsTheSeedEditorialListsItsFactsAndReplacesThemOnTheSecondRun() throws Exception {
        Cli ingest = cli("ingest", "--quiet", SEED.toString());
        assertThat(ingest.status()).as(ingest.toString()).isZero();
        long doc = Json.mapper().readTree(cli("documents", "--json").out()).get(0).get("id").asLong();

        Cli first = cli("extract");
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.out()).contains("1 document processed", "found",
                "relevance filter:", "sentences skipped");
        // the models load once for the run, shared by as many threads as there are cores
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(first.err()).containsOnlyOnce("loaded NLP models in")
                .contains("annotating on " + cores + (cores == 1 ? " thread" : " threads"));

        JsonNode statements = Json.mapper().readTree(cli("statements", "--format", "json", "--limit", "1000").out());
        assertThat(statements.isArray()).isTrue();
        for (JsonNode s : statements) {
            assertThat(s.get("document").get("id").asLong()).isEqualTo(doc);
            assertThat(s.get("source").get("origin").asText()).isEqualTo("machine");
            assertThat(s.get("evidence").get("quote").asText()).isNotBlank();
        }
        List<List<String>> incidents = parseCsv(cli("incidents", "--format", "csv", "--limit", "1000").out());
        assertThat(incidents.get(0)).startsWith("id", "document_id").contains("evidence_quote");
        assertThat(incidents).allSatisfy(row -> assertThat(row).hasSameSizeAs(incidents.get(0)));

        Cli again = cli("extract", "--doc", Long.toString(doc), "--quiet");
        assertThat(again.status()).as(again.toString()).isZero();
        assertThat(again.err()).isEmpty();
        JsonNode statementsAgain = Json.mapper().readTree(cli("statements", "--format", "json", "--limit", "1000").out());
        List<List<String>> incidentsAgain = parseCsv(cli("incidents", "--format", "csv", "--limit", "1000").out());
        assertThat(statementsAgain.size()).isEqualTo(statements.size());
        assertThat(incidentsAgain).hasSameSizeAs(incidents);
        assertThat(quotes(statementsAgain)).isEqualTo(quotes(statements));

        Cli table = cli("statements", "--doc", Long.toString(doc));
        assertThat(table.status()).as(table.toString()).isZero();
        assertThat(table.out()).startsWith("ID").contains("QUOTE", "(" + statements.size() + " of " + statements.size()
                + " statements)");
    }

    @Test
    void theBishamAttackIsPlacedAtBeshamWithItsBorderDistance() throws Exception {
        assertThat(cli("ingest", "--quiet", SEED.toString()).status()).isZero();
        Cli extract = cli("extract", "--quiet");
        assertThat(extract.status()).as(extract.toString()).isZero();

        JsonNode incidents = Json.mapper().readTree(cli("incidents", "--format", "json", "--limit", "1000").out());
        List<JsonNode> bisham = new ArrayList<>();
        for (JsonNode i : incidents) {
            if (i.get("places").toString().contains("Bisham")) {
                bisham.add(i);
            }
        }
        assertThat(bisham).as(incidents.toPrettyString()).isNotEmpty();
        for (JsonNode i : bisham) {
            JsonNode place = i.get("place");
            assertThat(place.get("name").asText()).isEqualTo("Besham");
            assertThat(place.get("admin1").asText()).isEqualTo("Khyber Pakhtunkhwa");
            assertThat(place.get("admin2").asText()).startsWith("Shangla");
            assertThat(place.get("precision").asText()).isEqualTo("town");
            assertThat(org.borderwatch.resolve.place.BorderDistance.haversineKm(place.get("latitude").asDouble(),
                    place.get("longitude").asDouble(), 34.932, 72.878)).isLessThan(5);
            assertThat(place.get("borderKm").asDouble()).isBetween(80.0, 130.0);
            assertThat(place.get("nearestBorder").asText()).isIn("IN–PK", "AF–PK");
        }

        List<List<String>> csv = parseCsv(cli("incidents", "--format", "csv", "--limit", "1000").out());
        assertThat(csv.get(0)).contains("place", "admin1", "admin2", "latitude", "longitude", "border_km");
        assertThat(csv).anySatisfy(row -> assertThat(row).contains("Besham", "Khyber Pakhtunkhwa"));
        assertThat(cli("incidents").out()).contains("PLACE", "BORDER_KM", "Besham (Shangla");
    }

    @Test
    void badValuesGetOneLineNamingTheOption() {
        assertOneLineError(cli("incidents", "--limit", "0"), "--limit");
        assertOneLineError(cli("statements", "--type", "gossip"), "--type");
        assertOneLineError(cli("incidents", "--format", "xml"), "--format");
        assertOneLineError(cli("statements", "--doc", "424242"), "--doc");
        assertOneLineError(cli("extract", "--doc", "424242", "--quiet"), "--doc");
        assertOneLineError(cli("extract", "--threads", "0", "--quiet"), "--threads");
        assertThat(cli("statements", "--type", "Attribute-Responsibility", "--format", "csv").status()).isZero();
    }

    private static void assertOneLineError(Cli run, String option) {
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.err().strip()).as(run.toString()).startsWith("error: " + option).doesNotContain("\n");
    }

    private static List<String> quotes(JsonNode facts) {
        List<String> quotes = new ArrayList<>();
        facts.forEach(f -> quotes.add(f.get("type").asText() + "|" + f.get("evidence").get("quote").asText()));
        quotes.sort(null);
        return quotes;
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new IllegalArgumentException("CSV does not end with a complete CRLF-terminated record");
        }
        return records;
    }
}
