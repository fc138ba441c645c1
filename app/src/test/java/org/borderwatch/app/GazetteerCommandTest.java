package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCommandTest {
    /** An invented town in Nepal, which the bundled region (Pakistan and Afghanistan) lacks. */
    private static final String PLACE = "Sundarkhola";
    private static final long ID = 99_000_001L;

    @TempDir
    Path dir;

    @Test
    void anImportedPlaceIsUsedByExtraction() throws IOException {
        Path data = dir.resolve("data");
        Path dump = Files.writeString(dir.resolve("NP.txt"), String.join("\n",
                row(ID, PLACE, "NP", "27.7123", "85.3456", "P", "PPL"),
                row(99_000_002L, "Elsewhere Town", "IN", "25.1", "82.2", "P", "PPL"),
                row(99_000_003L, "Some Hill", "NP", "27.9", "85.1", "T", "HLL")) + "\n", StandardCharsets.UTF_8);

        Cli imported = Cli.run("gazetteer", "import", dump.toString(), "--countries", "NP", "--data-dir", data.toString());
        assertThat(imported.status()).as(imported.toString()).isZero();
        Path written = data.resolve("gazetteer").resolve("places-NP.txt.gz");
        assertThat(imported.out()).contains("3 rows read, 1 kept, 2 skipped", "skipped 1: country not selected",
                "skipped 1: feature class not selected", "wrote " + written);
        assertThat(written).exists();

        Path text = Files.writeString(dir.resolve("report.txt"),
                "date: 2024-01-10\n\nA bomb killed two people in " + PLACE + " on Monday.\n", StandardCharsets.UTF_8);
        Cli ingest = Cli.run("ingest", "--data-dir", data.toString(), "--quiet", text.toString());
        assertThat(ingest.status()).as(ingest.toString()).isZero();
        Cli extract = Cli.run("extract", "--data-dir", data.toString(), "--quiet");
        assertThat(extract.status()).as(extract.toString()).isZero();

        Cli incidents = Cli.run("incidents", "--data-dir", data.toString(), "--format", "json");
        assertThat(incidents.status()).as(incidents.toString()).isZero();
        JsonNode all = Json.mapper().readTree(incidents.out());
        assertThat(all.size()).as(incidents.out()).isEqualTo(1);
        JsonNode place = all.get(0).get("place");
        assertThat(place.get("name").asText()).as(incidents.out()).isEqualTo(PLACE);
        assertThat(place.get("country").asText()).isEqualTo("NP");
        assertThat(place.get("geonamesId").asLong()).isEqualTo(ID);
        assertThat(place.get("latitude").asDouble()).isEqualTo(27.7123);
        assertThat(place.get("longitude").asDouble()).isEqualTo(85.3456);
    }

    @Test
    void badInputIsOneClearLine() throws IOException {
        Path data = dir.resolve("data");
        Cli missing = Cli.run("gazetteer", "import", dir.resolve("nowhere.txt").toString(), "--data-dir", data.toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("error: no such file: " + dir.resolve("nowhere.txt"));

        Path prose = Files.writeString(dir.resolve("notes.txt"), "Just some notes.\nNothing tabular here.\n");
        Cli notGeoNames = Cli.run("gazetteer", "import", prose.toString(), "--data-dir", data.toString());
        assertThat(notGeoNames.status()).isEqualTo(1);
        assertThat(notGeoNames.err()).startsWith("error: " + prose + " is not a GeoNames dump").hasLineCount(1);

        Path dump = Files.writeString(dir.resolve("NP.txt"), row(ID, PLACE, "NP", "27.7", "85.3", "P", "PPL") + "\n");
        Cli badCountry = Cli.run("gazetteer", "import", dump.toString(), "--countries", "NP,QQ", "--data-dir", data.toString());
        assertThat(badCountry.status()).isEqualTo(1);
        assertThat(badCountry.err()).contains("unknown country code 'QQ'").hasLineCount(1);
        assertThat(data.resolve("gazetteer")).satisfiesAnyOf(
                d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
    }

    /** One row of a GeoNames places dump: 19 tab-separated columns. */
    private static String row(long id, String name, String country, String lat, String lon, String featureClass,
                              String featureCode) {
        return String.join("\t", Long.toString(id), name, name, "", lat, lon, featureClass, featureCode, country, "",
                "", "", "", "", "1200", "", "1400", "Asia/Kathmandu", "2024-01-01");
    }
}
