package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.resolve.consolidate.Consolidator;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.consolidation.ConsolidationStore;
import org.junit.jupiter.api.Test;

/**
 * Pairwise precision and recall of consolidation on real texts: the labelled report pairs of
 * {@code src/test/resources/consolidation} (UCDP GED source headlines, UCDP GED events, ISAF press
 * releases; sources in its README). Everything runs as a user would run it: the texts are ingested and
 * extracted with the real CoreNLP pipeline, the events imported, all of it consolidated at once, and a
 * pair counts as merged when its two items' reports share a consolidated incident. An item that gave no
 * report counts as not merged. Figures are printed and written to {@code target/consolidation-pairs.json}.
 */
class ConsolidationPairsTest {
    private static final Path DIR = Path.of("src/test/resources/consolidation");

    private final TestDatabase database = TestDatabase.create();
    private final List<String> db = List.of("--db", database.jdbcUrl());

    private record Pair(int id, String a, String b, boolean same, String kind, String why) {
    }

    /** True and false positives and negatives of one kind of pair. */
    private static final class Tally {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean same, boolean merged) {
            if (same && merged) {
                tp++;
            } else if (merged) {
                fp++;
            } else if (same) {
                fn++;
            } else {
                tn++;
            }
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pairs", tp + fp + fn + tn);
            m.put("same", tp + fn);
            m.put("precision", Math.round(precision() * 1000) / 1000.0);
            m.put("recall", Math.round(recall() * 1000) / 1000.0);
            m.put("tp", tp);
            m.put("fp", fp);
            m.put("fn", fn);
            m.put("tn", tn);
            return m;
        }
    }

    @Test
    void consolidationMergesTheReportsOfOneIncidentAndKeepsNeighboursApart() throws Exception {
        run("ingest", "--quiet", "--format", "jsonl", "--grade", "B", DIR.resolve("report-pair-texts.jsonl").toString());
        run("extract", "--quiet", "--threads", "2");
        run("import ucdp", "--quiet", DIR.resolve("report-pair-records.csv").toString());
        Cli consolidated = run("consolidate", "--quiet");

        Map<String, List<Long>> reportsOf = reportsByItem();
        Map<Long, Long> groupOf = new HashMap<>();
        for (JsonNode c : json("consolidated", "--format", "json", "--limit", "100000")) {
            for (JsonNode r : c.get("reports")) {
                groupOf.put(r.get("incidentId").asLong(), c.get("id").asLong());
            }
        }
        List<Pair> pairs = pairs();
        Map<String, Tally> byKind = new TreeMap<>();
        Tally all = new Tally();
        Tally bothReported = new Tally();
        List<String> errors = new ArrayList<>();
        ConsolidationStore store = new ConsolidationStore(database.jdbi(), new GroupReconciler());
        Consolidator scorer = new Consolidator();
        for (Pair p : pairs) {
            List<Long> a = reportsOf.getOrDefault(p.a(), List.of());
            List<Long> b = reportsOf.getOrDefault(p.b(), List.of());
            boolean merged = a.stream().anyMatch(x -> b.stream().anyMatch(y -> groupOf.get(x).equals(groupOf.get(y))));
            byKind.computeIfAbsent(p.kind(), k -> new Tally()).add(p.same(), merged);
            all.add(p.same(), merged);
            if (!a.isEmpty() && !b.isEmpty()) {
                bothReported.add(p.same(), merged);
                if (merged != p.same()) {
                    errors.add(explain(p, merged, store.reports(List.of(a.get(0), b.get(0))), scorer));
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("pairs", pairs.size());
        report.put("all", all.toMap());
        report.put("bothItemsReported", bothReported.toMap());
        byKind.forEach((k, t) -> report.put(k, t.toMap()));
        report.put("consolidate", consolidated.out().strip());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/consolidation-pairs.json"), Json.write(report));
        Files.write(Path.of("target/consolidation-pairs-errors.txt"), errors, StandardCharsets.UTF_8);
        dump(store.snapshot().reports(), reportsOf, Path.of("target/consolidation-pair-reports.json"));
        System.out.println("consolidation on " + pairs.size() + " labelled report pairs:\n" + Json.write(report));

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.precision()).as(Json.write(report)).isGreaterThanOrEqualTo(0.85);
        assertThat(all.recall()).as(Json.write(report)).isGreaterThanOrEqualTo(0.45);
        assertThat(bothReported.recall()).as(Json.write(report)).isGreaterThanOrEqualTo(0.55);
        assertThat(byKind.get("record-headline").precision()).as(Json.write(report)).isGreaterThanOrEqualTo(0.85);
        assertThat(byKind.get("record-headline").recall()).as(Json.write(report)).isGreaterThanOrEqualTo(0.55);
    }

    private Cli run(String command, String... rest) {
        Cli c = Cli.command(db, command, rest);
        assertThat(c.status()).as(c.toString()).isZero();
        return c;
    }

    private JsonNode json(String command, String... rest) throws Exception {
        return Json.mapper().readTree(run(command, rest).out());
    }

    /** Each item's reports: a text's by its document (external id = item id), a record's by its key. */
    private Map<String, List<Long>> reportsByItem() throws Exception {
        Map<Long, String> itemOfDocument = new HashMap<>();
        for (JsonNode d : json("documents", "--json", "--limit", "100000")) {
            if (d.hasNonNull("externalId") && !d.get("format").asText().startsWith("dataset:")) {
                itemOfDocument.put(d.get("id").asLong(), d.get("externalId").asText());
            }
        }
        Map<String, List<Long>> out = new HashMap<>();
        for (JsonNode c : json("consolidated", "--format", "json", "--limit", "100000")) {
            for (JsonNode r : c.get("reports")) {
                String key = r.get("key").asText();
                String item = key.startsWith("ucdp-ged:") ? key : itemOfDocument.get(r.get("documentId").asLong());
                out.computeIfAbsent(item, k -> new ArrayList<>()).add(r.get("incidentId").asLong());
            }
        }
        return out;
    }

    private static List<Pair> pairs() throws Exception {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(DIR.resolve("report-pairs.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = Json.mapper().readTree(line);
                out.add(new Pair(n.get("id").asInt(), n.get("a").asText(), n.get("b").asText(), n.get("same").asBoolean(),
                        n.get("kind").asText(), n.get("why").asText()));
            }
        }
        assertThat(out.stream().map(p -> p.a() + "|" + p.b()).distinct().count()).isEqualTo(out.size());
        assertThat(out.stream().map(Pair::kind).distinct()).containsAll(Set.of("headline-headline", "record-headline",
                "press-release"));
        return out;
    }

    /** The reports and which item each came from, for looking into the figures offline. */
    private static void dump(List<Report> reports, Map<String, List<Long>> reportsOf, Path file) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Report r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("key", r.key());
            m.put("origin", r.origin());
            m.put("type", r.type());
            r.date().ifPresent(d -> m.put("date", List.of(d.earliest().toString(), d.latest().toString(),
                    d.precision().name())));
            r.published().ifPresent(d -> m.put("published", d.toString()));
            r.place().ifPresent(p -> m.put("place", p));
            m.put("perpetrators", r.perpetrators().stream().map(a -> a.mention()).toList());
            m.put("victims", r.victims());
            r.killed().ifPresent(c -> m.put("killed", List.of(c.low(), c.best(), c.high())));
            r.injured().ifPresent(c -> m.put("injured", List.of(c.low(), c.best(), c.high())));
            out.add(m);
        }
        Files.writeString(file, Json.write(Map.of("reports", out, "items", reportsOf)));
    }

    private static String explain(Pair p, boolean merged, List<Report> reports, Consolidator scorer) {
        String score = reports.size() == 2 ? scorer.score(reports.get(0), reports.get(1)).toString() : "?";
        return String.format(Locale.ROOT, "pair %d (%s, %s): %s, %s: %s | %s",
                p.id(), p.kind(), p.same() ? "same" : "different", merged ? "merged" : "apart", score, p.why(),
                reports.stream().map(r -> r.key() + " " + r.type() + " " + r.date().map(d -> d.iso()).orElse("-")
                        + " pub " + r.published().orElse(null) + " " + r.place().map(x -> x.name() + "/" + x.precision())
                        .orElse("-") + " k=" + r.killed().map(Object::toString).orElse("-") + " "
                        + r.perpetrators().stream().map(a -> a.mention()).toList()).toList());
    }
}
