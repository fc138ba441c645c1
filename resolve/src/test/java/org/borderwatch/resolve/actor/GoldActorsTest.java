package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mentions from real texts (the seed editorial, UCDP GED, ISAF press releases, PLOVER) with the actor an
 * analyst gives them, or CANDIDATE: the resolution accuracy is printed and must stay high.
 */
class GoldActorsTest {
    /** Rows that resolve as expected, out of all: below this something general broke. */
    private static final double MIN_ACCURACY = 0.95;

    record Row(String mention, ResolutionContext context, String expected, String source) {}

    @Test
    void goldMentionsResolveToTheirActors() throws Exception {
        List<Row> rows = rows();
        List<String> failures = new ArrayList<>();
        int candidates = 0;
        int candidatesRight = 0;
        for (Row row : rows) {
            Resolution r = ActorAssertions.REGISTRY.resolve(row.mention(), row.context());
            String got = r instanceof Resolution.Matched m
                    ? m.actor().id() + m.role().map(x -> "[" + x + "]").orElse("") : "CANDIDATE";
            boolean right = got.equals(row.expected())
                    || !row.expected().contains("[") && got.startsWith(row.expected() + "[");
            if (row.expected().equals("CANDIDATE")) {
                candidates++;
                candidatesRight += right ? 1 : 0;
            }
            if (!right) {
                failures.add(row.mention() + " (" + row.source() + ") → " + ActorAssertions.describe(r)
                        + ", expected " + row.expected());
            }
        }
        double accuracy = 1.0 - (double) failures.size() / rows.size();
        System.out.printf(Locale.ROOT, "actor gold: %d of %d mentions right (accuracy %.3f); candidates %d of %d%n",
                rows.size() - failures.size(), rows.size(), accuracy, candidatesRight, candidates);
        failures.forEach(f -> System.out.println("  wrong: " + f));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        assertThat(accuracy).as(String.join("\n", failures)).isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoldActorsTest.class.getResourceAsStream("gold-actors.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("mention\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                ResolutionContext context = new ResolutionContext(LocalDate.parse(f[1]), dash(f[2]),
                        f[3].equals("-") ? List.of() : List.of(f[3].split("\\|")),
                        f[4].equals("-") ? Set.of() : Set.of(f[4].split("\\|")));
                rows.add(new Row(f[0], context, f[5], f[6]));
            }
        }
        return rows;
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
