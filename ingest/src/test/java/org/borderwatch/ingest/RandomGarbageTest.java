package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.options;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and accidental input: nothing may escape as an exception, and every file gets an answer. */
class RandomGarbageTest {
    private static final String[] JSON_BITS = {"{", "}", "[", "]", "\"text\"", "\"date\"", ":", ",", "\"",
        "\\u00", "\\", "null", "1e999", "\"2024-02-30\"", "\"x\"", "\n", "\u2028", "\uD800", "true"};
    private static final String[] CSV_BITS = {",", "\"", "\n", "\r\n", "text", "date", "title", "a", "\"\"",
        "05/23/1990", "  ", "\u0000", "é"};
    private static final String[] HTML_BITS = {"<", ">", "</", "<!--", "-->", "<script>", "<article>",
        "<meta name=date content=", "<time datetime=", "<p>", "<div hidden>", "&amp;", "&#0;", "<![CDATA[",
        "\"", "=", "KABUL, Afghanistan (Jan. 25, 2013)", "<svg>", "<style>", "x"};
    private static final String[] NAMES = {".txt", ".jsonl", ".csv", ".html", "", ".bin", ".md", ".zip"};

    @TempDir
    Path dir;

    @Test
    void everyInputEndsAcceptedOrRejected() throws Exception {
        Random random = new Random(20240528L);
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String name = "in" + i + NAMES[random.nextInt(NAMES.length)];
            byte[] content = switch (i % 4) {
                case 0 -> randomBytes(random);
                case 1 -> fragments(random, JSON_BITS);
                case 2 -> fragments(random, CSV_BITS);
                default -> fragments(random, HTML_BITS);
            };
            inputs.add(write(dir, name, content));
        }
        Limits small = new Limits(5_000, 4_000, 100_000, 50, 100);

        Collected c = new Collected();
        new Ingestor(options(small)).read(inputs, c);

        for (Path input : inputs) {
            assertThat(c.heardFrom(input.toString())).as("outcome for %s", input).isTrue();
        }
        assertThat(c.rejected).noneMatch(r -> r.problem().startsWith("could not read input"));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] fragments(Random random, String[] bits) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(200);
        for (int i = 0; i < n; i++) {
            s.append(bits[random.nextInt(bits.length)]);
        }
        return s.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
    }
}
