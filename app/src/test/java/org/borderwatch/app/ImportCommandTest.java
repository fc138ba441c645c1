package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderwatch import ucdp|acled} end to end on a real database. */
class ImportCommandTest {
    static final Path UCDP = Path.of("../../shared/data/eval/ucdp-ged-pakistan-dev.csv");
    static final Path ACLED = Path.of("../ingest/src/test/resources/datasets/acled-synthetic-pakistan.csv");

    @TempDir
    Path dir;

    private final TestDatabase database = TestDatabase.create();
    private final List<String> db = List.of("--db", database.jdbcUrl());

    private Cli cli(String command, String... rest) {
        return Cli.command(db, command, rest);
    }

    @Test
    void ucdpEventsAreImportedOnceAsPlacedReportsWithTheirRecordAsEvidence() throws Exception {
        Path sample = firstRecords(UCDP, 40, dir.resolve("ucdp.csv"));
        Cli first = cli("import ucdp", "--quiet", sample.toString());
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.out()).contains("40 rows: 40 events added, 0 updated, 0 unchanged; 0 skipped", "0 rejected");

        Cli again = cli("import ucdp", "--quiet", sample.toString());
        assertThat(again.status()).as(again.toString()).isZero();
        assertThat(again.out()).contains("0 events added, 0 updated, 40 unchanged", "nothing to add");

        JsonNode incidents = Json.mapper().readTree(cli("incidents", "--format", "json", "--limit", "100").out());
        assertThat(incidents).hasSize(40);
        JsonNode leepa = null;
        for (JsonNode i : incidents) {
            assertThat(i.get("evidence").get("quote").asText()).startsWith("UCDP GED event ");
            assertThat(i.get("source").get("extractor").asText()).isEqualTo(ImportJob.VERSION);
            if (i.get("evidence").get("quote").asText().startsWith("UCDP GED event 51776 ")) {
                leepa = i;
            }
        }
        assertThat(leepa).isNotNull();
        assertThat(leepa.get("date").asText()).isEqualTo("2003-05-25");
        assertThat(leepa.get("place").get("name").asText()).isEqualTo("Saidpura village");
        assertThat(leepa.get("place").get("country").asText()).isEqualTo("PK");
        assertThat(leepa.get("place").get("precision").asText()).isEqualTo("town");
        assertThat(leepa.get("place").get("borderKm").asDouble()).isBetween(0.0, 30.0);
        assertThat(leepa.get("place").get("nearestBorder").asText()).isEqualTo("IN–PK");
        assertThat(leepa.get("killed").get("best").asInt()).isEqualTo(1);
        assertThat(leepa.get("perpetrators").toString()).contains("Government of India");

        long doc = leepa.get("document").get("id").asLong();
        Cli extract = cli("extract", "--doc", Long.toString(doc), "--quiet");
        assertThat(extract.status()).isEqualTo(1);
        assertThat(extract.err()).contains("is a record imported from a dataset (ucdp-ged), not text to extract");
        assertThat(cli("incidents", "--format", "json", "--limit", "100").out()).isEqualTo(
                Json.write(incidents) + System.lineSeparator());
    }

    @Test
    void acledRowsAreMappedAndNonViolentOnesSkipped() {
        Cli run = cli("import acled", "--quiet", ACLED.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("7 rows: 6 events added", "1 skipped (not armed violence), 0 rejected");
        String table = cli("incidents", "--limit", "20").out();
        assertThat(table).contains("suicide_attack", "Besham (Shangla", "armed_assault", "arrest", "SYNPAK0007");
    }

    @Test
    void badRowsAreReportedWithFileAndRowTheRestStoredAndTheExitStatusIsOne() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(ACLED, StandardCharsets.UTF_8).subList(0, 3));
        lines.add(lines.get(1).replace("SYNPAK0001", "SYNPAK0099").replace("34.9317", "north"));
        Path file = Files.write(dir.resolve("acled.csv"), lines, StandardCharsets.UTF_8);
        Cli run = cli("import acled", "--quiet", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("3 rows: 2 events added", "1 rejected");
        assertThat(run.err()).contains("rejected: " + file + ":row 3: latitude 'north' is not a number");

        Cli wrong = cli("import ucdp", "--quiet", file.toString());
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err().strip()).startsWith("error: " + file + " is not a UCDP GED CSV export: no columns id,")
                .doesNotContain("\n");
        Cli missing = cli("import acled", "--quiet", dir.resolve("nope.csv").toString());
        assertThat(missing.err().strip()).isEqualTo("error: " + dir.resolve("nope.csv") + ": no such file or directory");
    }

    /** A CSV file of the header and the first {@code n} records of another. */
    static Path firstRecords(Path csv, int n, Path out) throws Exception {
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
             var printer = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
                     org.apache.commons.csv.CSVFormat.DEFAULT)) {
            int k = 0;
            for (var record : parser) {
                if (k++ > n) {
                    break;
                }
                printer.printRecord(record);
            }
        }
        return out;
    }
}
