package org.borderwatch.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.core.annotation.Annotator;
import org.borderwatch.core.extraction.Extractor;

/**
 * Runs extraction over a gold set and scores it: reads the gold items, annotates and extracts their
 * texts in parallel, scores each field, and returns the report (the table for people, the map that
 * becomes the JSON report for programs).
 */
public final class Evaluation {
    /** The gold sets we score against. */
    public enum GoldSet {
        ISAF, UCDP, PLOVER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The targets on the development halves, reported beside the figures. */
    static final Map<String, Map<String, Double>> TARGETS = Map.of(
            "isaf", Map.of("start_date", 0.85, "province", 0.85, "min_killed", 0.80),
            "ucdp", Map.of("deaths", 0.75, "location", 0.70),
            "plover", Map.of("event_type", 0.60));

    /**
     * @param half    which half of the gold items to score ({@link Half})
     * @param limit   at most this many gold items (not texts), counted after the half is taken
     * @param threads texts annotated at once
     */
    public record Options(GoldSet set, Path gold, Half half, int limit, int threads) {
        public Options {
            Objects.requireNonNull(set, "set");
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(half, "half");
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
            }
        }
    }

    /** What a run measured. */
    public record Report(Options options, int items, int texts, int failures, double seconds,
                         List<FieldScore> fields, List<Map<String, Object>> details, String extractorVersion) {

        /** The machine-readable report: settings, one entry per field, the targets, and every item. */
        public Map<String, Object> toMap() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("set", options.set().label());
            out.put("gold", options.gold().toString());
            out.put("half", options.half().label());
            out.put("items", items);
            out.put("texts", texts);
            out.put("failures", failures);
            out.put("limit", options.limit() == Integer.MAX_VALUE ? null : options.limit());
            out.put("threads", options.threads());
            out.put("seconds", round(seconds));
            out.put("extractorVersion", extractorVersion);
            Map<String, Object> fieldMap = new LinkedHashMap<>();
            for (FieldScore f : fields) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("description", f.description());
                m.put("precision", round(f.precision()));
                m.put("recall", round(f.recall()));
                m.put("f1", round(f.f1()));
                m.put("accuracy", round(f.accuracy()));
                m.put("truePositives", f.truePositives());
                m.put("falsePositives", f.falsePositives());
                m.put("falseNegatives", f.falseNegatives());
                m.put("items", f.items());
                m.put("correctItems", f.correctItems());
                fieldMap.put(f.field(), m);
            }
            out.put("fields", fieldMap);
            out.put("targets", TARGETS.getOrDefault(options.set().label(), Map.of()));
            out.put("results", details);
            return out;
        }

        /** A table of the figures: precision, recall and F1, and accuracy (exactly right items). */
        public String table() {
            StringBuilder sb = new StringBuilder();
            String half = options.half() == Half.ALL ? "" : " (" + options.half().label() + " half)";
            sb.append(String.format(Locale.ROOT, "%s%s: %d items (%d texts, %d failed), %d threads, %.1f s%n",
                    options.set().label(), half, items, texts, failures, options.threads(), seconds));
            sb.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %9s   %s%n", "field", "precision", "recall", "f1",
                    "accuracy", "description"));
            Map<String, Double> targets = TARGETS.getOrDefault(options.set().label(), Map.of());
            for (FieldScore f : fields) {
                String target = targets.containsKey(f.field())
                        ? String.format(Locale.ROOT, " (target %.2f)", targets.get(f.field())) : "";
                sb.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9.3f   %s, %d/%d items%s%n", f.field(),
                        f.precision(), f.recall(), f.f1(), f.accuracy(), f.description(), f.correctItems(), f.items(),
                        target));
            }
            return sb.toString();
        }

        private static Double round(double v) {
            return Math.round(v * 10000) / 10000.0;
        }
    }

    private final Annotator annotator;
    private final Extractor extractor;

    public Evaluation(Annotator annotator, Extractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    public Report run(Options options, ProgressListener progress) {
        if (!Files.isRegularFile(options.gold())) {
            throw new IllegalArgumentException("no gold file at " + options.gold());
        }
        long start = System.nanoTime();
        ExtractionRun run = new ExtractionRun(annotator, extractor, options.threads());
        ScoredSet scored;
        int items;
        List<GoldText> texts;
        Map<String, ExtractionRun.Result> results;
        switch (options.set()) {
            case ISAF -> {
                List<IsafItem> gold = options.half().take(IsafGold.read(options.gold()), IsafItem::id, options.limit());
                texts = new ArrayList<>();
                for (IsafItem i : gold) {
                    texts.add(new GoldText(i.id(), i.text(), i.documentDate()));
                }
                results = byId(run.run(texts, progress));
                scored = IsafScorer.score(gold, results);
                items = gold.size();
            }
            case UCDP -> {
                List<UcdpItem> gold = options.half().take(UcdpGold.read(options.gold()), UcdpItem::id, options.limit());
                texts = UcdpScorer.texts(gold);
                results = byId(run.run(texts, progress));
                scored = UcdpScorer.score(gold, results, GazetteerLocations.within25Km(), new NameMatcher());
                items = gold.size();
            }
            default -> {
                List<PloverItem> gold = options.half().take(PloverGold.read(options.gold()), PloverItem::id,
                        options.limit());
                texts = new ArrayList<>();
                for (PloverItem i : gold) {
                    texts.add(new GoldText(i.id(), i.text(), java.util.Optional.empty()));
                }
                results = byId(run.run(texts, progress));
                scored = PloverScorer.score(gold, results);
                items = gold.size();
            }
        }
        int failures = (int) results.values().stream().filter(ExtractionRun.Result::failed).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Report(options, items, texts.size(), failures, seconds, scored.fields(), scored.items(),
                extractor.version());
    }

    private static Map<String, ExtractionRun.Result> byId(List<ExtractionRun.Result> results) {
        Map<String, ExtractionRun.Result> out = new HashMap<>();
        results.forEach(r -> out.put(r.text().id(), r));
        return out;
    }
}
