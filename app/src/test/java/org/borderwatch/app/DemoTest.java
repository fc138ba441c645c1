package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
    @TempDir
    Path data;

    @Test
    void demoLoadsTheBundledCorpusOnceAndReusesItOnTheSecondRun() throws Exception {
        Cli first = Cli.run("demo", "--data-dir", data.toString(), "--quiet", "--no-serve");
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.out()).contains("seed editorial (2024-05-28):", "1 new",
                "ISAF press releases", "UCDP GED Pakistan");

        assertThat(first.out()).containsPattern("1[0-9]{3} documents processed");
        assertThat(first.out()).contains("UCDP GED sample imported as dataset events: 2970 rows: 2970 events added",
                "actors of 2970 documents resolved",
                "consolidated ", "incidents (");

        Cli second = Cli.run("demo", "--data-dir", data.toString(), "--quiet", "--no-serve");
        assertThat(second.status()).as(second.toString()).isZero();
        assertThat(second.out()).contains(" 0 new").doesNotContain(" 1 new").contains("nothing to extract")
                .doesNotContain("actor registry changed", "actors of");
        assertThat(second.out()).contains("2970 unchanged", "nothing to add", "0 incidents added, 0 updated");

        JsonNode merged = Json.mapper().readTree(Cli.run("consolidated", "--data-dir", data.toString(),
                "--min-reports", "2", "--format", "json", "--limit", "5000").out());
        assertThat(merged).as("a headline's report and its UCDP event meet in one incident").anySatisfy(c -> {
            assertThat(c.get("reports").toString()).contains("\"key\":\"ucdp-ged:", "\"key\":\"doc:");
        });

        JsonNode statements = Json.mapper().readTree(Cli.run("statements", "--data-dir", data.toString(),
                "--type", "demand", "--format", "json", "--limit", "500").out());
        assertThat(statements.toString()).contains("hand them to us");

        JsonNode docs = Json.mapper().readTree(
                Cli.run("documents", "--data-dir", data.toString(), "--limit", "5000", "--json").out());
        assertThat(docs.size()).isGreaterThan(1000);
        JsonNode seed = null;
        for (JsonNode d : docs) {
            if (d.path("title").asText().startsWith("WE ARE GOING IN WRONG DIRECTIONS")) {
                seed = d;
            }
        }
        assertThat(seed).as("the seed editorial is stored").isNotNull();
        assertThat(seed.get("published").asText()).isEqualTo("2024-05-28");
        assertThat(seed.get("format").asText()).isEqualTo("line");
    }
}
