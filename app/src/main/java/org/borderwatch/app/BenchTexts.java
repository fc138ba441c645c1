package org.borderwatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Texts of realistic size for benchmarks: the bundled ISAF press releases. */
final class BenchTexts {
    private BenchTexts() {
    }

    static List<String> load() {
        var in = BenchTexts.class.getResourceAsStream("/demo/isaf-press-releases.jsonl");
        if (in == null) {
            throw new IllegalStateException("the demo corpus is missing from the jar");
        }
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode node = Json.mapper().readTree(line);
                texts.add(node.get("text").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
