package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.options;
import static org.borderwatch.ingest.IngestAssertions.rejection;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.borderwatch.core.document.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFormatTest {
    @TempDir
    Path dir;

    @Test
    void goodLinesSurviveABadOne() throws Exception {
        Path file = write(dir, "feed.jsonl", String.join("\n",
                "{\"text\": \"First story.\", \"title\": \"One\", \"date\": \"2024-05-01\", \"id\": 17}",
                "",
                "{\"text\": \"Second story.\", broken",
                "{\"title\": \"no text here\"}",
                "[1, 2]",
                "{\"text\": \"Bad date.\", \"date\": \"5 May\"}",
                "{\"text\": \"Third.\", \"publisher\": \"ISAF\", \"url\": \"https://x.org/3\", \"date\": \"2024-05-03T10:00:00Z\"}"));

        Collected c = ingest(file);

        assertThat(c.accepted).extracting(d -> d.provenance().origin())
                .containsExactly(file + ":1", file + ":7");
        var first = c.accepted.get(0).provenance();
        assertThat(first.title()).isEqualTo("One");
        assertThat(first.externalId()).isEqualTo("17");
        assertThat(first.published().source()).isEqualTo(DateSource.GIVEN);
        assertThat(first.format()).isEqualTo("jsonl");
        var third = c.accepted.get(1).provenance();
        assertThat(third.publisher()).isEqualTo("ISAF");
        assertThat(third.url()).isEqualTo("https://x.org/3");
        assertThat(third.published().date()).isEqualTo(LocalDate.of(2024, 5, 3));
        rejection(c, file + ":3", "malformed JSON at column");
        rejection(c, file + ":4", "no \"text\" field");
        rejection(c, file + ":5", "line is not a JSON object");
        rejection(c, file + ":6", "unparseable date '5 May'");
        assertThat(c.rejected).hasSize(4);
    }

    @Test
    void aLineOverTheLimitIsSkippedAlone() throws Exception {
        Limits small = new Limits(1000, 60, 1000, 10, 100);
        Path file = write(dir, "feed.ndjson", "{\"text\": \"" + "z".repeat(100) + "\"}\n{\"text\": \"fine\"}\n");

        Collected c = ingest(options(small), file);

        rejection(c, file + ":1", "line is longer than 60 characters; skipped");
        assertThat(c.accepted).extracting(d -> d.text()).containsExactly("fine");
    }

    @Test
    void isafPressReleasesMostlyCarryADateline() {
        Path isaf = Path.of("../../shared/data/eval/isaf-press-releases-dev.jsonl");

        Collected c = ingest(isaf);

        assertThat(c.rejected).isEmpty();
        assertThat(c.accepted).hasSizeGreaterThan(300);
        long datelined = c.accepted.stream()
                .filter(d -> d.provenance().published().source() == DateSource.DATELINE).count();
        assertThat(datelined).isGreaterThan(c.accepted.size() / 2);
        var first = c.accepted.get(0).provenance();
        assertThat(first.published().date()).isEqualTo(LocalDate.of(2013, 1, 25));
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.origin()).isEqualTo(isaf + ":1");
    }
}
