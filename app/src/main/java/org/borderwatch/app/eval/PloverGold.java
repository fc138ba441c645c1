package org.borderwatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the PLOVER gold-standard records: a JSON array of {@code {id, text, event, source: [{actorText}],
 * target: [{actorText}] | "" | null}}. Their dates are a placeholder (2000-01-01), so texts are
 * annotated without one.
 */
final class PloverGold {
    private PloverGold() {
    }

    static List<PloverItem> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PLOVER gold set " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + " is not a JSON array of PLOVER records");
        }
        List<PloverItem> items = new ArrayList<>();
        for (JsonNode n : root) {
            String text = n.path("text").asText("").strip();
            if (text.isEmpty()) {
                continue;
            }
            items.add(new PloverItem("plover:" + n.path("id").asText(Integer.toString(items.size())), text,
                    n.path("event").asText("").strip().toUpperCase(Locale.ROOT), actors(n.path("source")),
                    actors(n.path("target"))));
        }
        return items;
    }

    private static List<String> actors(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode a : list) {
                String t = a.path("actorText").asText("").strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
