package org.borderwatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderwatch eval isaf --limit 20} through the command line, in process, writing its JSON report. */
class EvalCommandTest {
    private static final Path ISAF = Path.of("../../shared/data/eval/isaf-press-releases-dev.jsonl");

    @Test
    void evalIsafWritesAReportWithEveryField(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("isaf-report.json");
        int status = Main.run("eval", "isaf", "--gold", ISAF.toString(), "--limit", "20", "--threads", "2",
                "--report", report.toString(), "--quiet");

        assertThat(status).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("set").asText()).isEqualTo("isaf");
        assertThat(json.path("items").asInt()).isEqualTo(20);
        assertThat(json.path("failures").asInt()).isZero();
        for (String field : new String[] {"start_date", "province", "min_killed", "min_captured", "event_type",
            "target_group"}) {
            JsonNode f = json.path("fields").path(field);
            assertThat(f.isObject()).as(field).isTrue();
            for (String metric : new String[] {"precision", "recall", "f1", "accuracy"}) {
                assertThat(f.path(metric).isNumber()).as(field + "." + metric).isTrue();
                assertThat(f.path(metric).asDouble()).as(field + "." + metric).isBetween(0.0, 1.0);
            }
            assertThat(f.path("items").asInt()).isEqualTo(20);
        }
        assertThat(json.path("results")).hasSize(20);
        assertThat(json.path("results").get(0).path("predicted").has("province")).isTrue();
        // the rules find something: a run that extracted nothing would score no province at all
        assertThat(json.path("fields").path("province").path("truePositives").asInt()).isPositive();
    }

    @Test
    void aMissingGoldFileIsAUserError(@TempDir Path dir) {
        int status = Main.run("eval", "ucdp", "--gold", dir.resolve("none.csv").toString(), "--quiet");
        assertThat(status).isEqualTo(1);
        assertThat(Files.exists(Path.of("eval-ucdp.json"))).isFalse();
    }
}
