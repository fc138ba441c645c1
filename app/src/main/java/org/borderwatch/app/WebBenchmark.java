package org.borderwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.resolve.place.BorderDistance;
import org.borderwatch.resolve.place.Gazetteer;
import org.borderwatch.resolve.place.NearestBorder;
import org.borderwatch.resolve.place.PlaceContext;
import org.borderwatch.resolve.place.PlaceMatch;
import org.borderwatch.store.Database;
import org.borderwatch.store.DatabaseConfig;
import org.borderwatch.web.WebConfig;
import org.borderwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Web latency with many incidents stored, on a throw-away embedded database: synthetic but realistic
 * data (consolidated incidents of one to three reports each, from documents of four publishers, at real
 * places of the region resolved with the bundled gazetteer, perpetrators named with a skewed
 * distribution), then requests over real HTTP to the incident list, filtered lists, the dashboard API and
 * page, and a cheap baseline endpoint, interleaved so the machine's noise falls on all alike.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Measure p50/p95 latency of the incident list and dashboard over HTTP with many incidents stored.")
final class WebBenchmark implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--incidents", defaultValue = "100000", description = "Consolidated incidents (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--requests", defaultValue = "200", description = "Requests per endpoint (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the generated database in DIR (reused by the "
            + "next run with the same --incidents) instead of a temporary directory deleted afterwards.")
    Path keep;

    /** Real place names of the region; each resolved in the bundled gazetteer. */
    private static final List<String> PLACES = List.of("Peshawar", "Quetta", "Kabul", "Kandahar", "Jalalabad",
            "Miranshah", "Mir Ali", "Wana", "Bannu", "Dera Ismail Khan", "Besham", "Swat", "Mingora", "Khyber",
            "Landi Kotal", "Torkham", "Chaman", "Zhob", "Gwadar", "Turbat", "Karachi", "Lahore", "Islamabad",
            "Rawalpindi", "Kohat", "Hangu", "Parachinar", "Bajaur", "Mohmand", "Lakki Marwat", "Tank", "Khost",
            "Gardez", "Ghazni", "Helmand", "Lashkar Gah", "Kunar", "Asadabad", "Nangarhar", "Herat", "Mazar-i-Sharif",
            "Kunduz", "Zabul", "Paktika", "Nowshera", "Mardan", "Charsadda", "Dir", "Chitral", "Gilgit");
    private static final String[] TYPES = {"ARMED_ASSAULT", "BOMBING", "SUICIDE_ATTACK", "IED", "TARGETED_KILLING",
        "KIDNAPPING", "CROSS_BORDER_STRIKE", "SHELLING", "AIRSTRIKE", "CLASH", "SECURITY_OPERATION", "ATTACK"};
    /** Named repeatedly so a few dominate, as in real data. */
    private static final String[] PERPETRATORS = {"the TTP", "TTP", "Tehreek-e-Taliban Pakistan", "the Taliban",
        "the Taliban", "the Taliban", "Islamic State Khorasan", "ISKP", "Lashkar-e-Jhangvi", "the BLA",
        "Baloch Liberation Army", "Jamaat-ul-Ahrar", "Hafiz Gul Bahadur group", "militants", "unknown gunmen"};

    @Override
    public Integer call() throws Exception {
        if (incidents < 1 || requests < 10) {
            throw new UserError("--incidents must be at least 1 and --requests at least 10");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = keep != null ? keep : Files.createTempDirectory("borderwatch-bench-web");
        try (Database db = Database.open(new DatabaseConfig.Embedded(work.resolve("data")), m -> { })) {
            long start = System.nanoTime();
            long stored = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM consolidated_incident")
                    .mapTo(Long.class).one());
            boolean reused = stored == incidents;
            if (!reused) {
                if (stored > 0) {
                    throw new UserError("--data-dir " + keep + " holds " + stored + " incidents, not " + incidents
                            + ": give an empty directory");
                }
                load(db);
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            err.printf(reused ? "reusing the %d incidents stored in " + keep + "%n" : "stored %d incidents in %.1f s%n",
                    incidents, loadSeconds);
            err.flush();
            try (WebServer server = WebServer.start(new WebConfig("127.0.0.1", 0, "bench"), db.jdbi())) {
                Map<String, String> endpoints = new LinkedHashMap<>();
                endpoints.put("baseline /api/v1/health", "/api/v1/health");
                endpoints.put("incident list", "/api/v1/incidents");
                endpoints.put("incident list, filtered", "/api/v1/incidents?actor=TTP&border_km=50&from=2012&to=2020");
                endpoints.put("incident list, text query", "/api/v1/incidents?q=convoy");
                endpoints.put("incident list, page 1000", "/api/v1/incidents?offset=50000&limit=50");
                endpoints.put("incident list, page 1000 by cursor", "/api/v1/incidents?limit=50&after=" + cursorAt(db, 50_000));
                endpoints.put("dashboard API", "/api/v1/dashboard");
                endpoints.put("dashboard API, filtered", "/api/v1/dashboard?type=suicide_attack&country=PK");
                // A filter that selects everything but differs each time: every request misses the cache.
                endpoints.put("dashboard API, uncached", "/api/v1/dashboard?border_km=19000.{i}");
                endpoints.put("dashboard page", "/");
                Map<String, double[]> millis = measure(server.url().replaceAll("/$", ""), endpoints);
                report(out, millis, loadSeconds);
            }
        } finally {
            if (keep == null) {
                deleteTree(work);
            }
        }
        return 0;
    }

    private Map<String, double[]> measure(String base, Map<String, String> endpoints) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, double[]> times = new LinkedHashMap<>();
        endpoints.keySet().forEach(k -> times.put(k, new double[requests]));
        for (int round = -10; round < requests; round++) { // ten rounds of warm-up, not counted
            for (var e : endpoints.entrySet()) {
                long t = System.nanoTime();
                String path = e.getValue().replace("{i}", Integer.toString(round + 1000));
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                double ms = (System.nanoTime() - t) / 1e6;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + r.statusCode() + ": "
                            + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
                if (round >= 0) {
                    times.get(e.getKey())[round] = ms;
                }
            }
        }
        return times;
    }

    private void report(PrintWriter out, Map<String, double[]> millis, double loadSeconds) {
        double[] base = millis.values().iterator().next().clone();
        Arrays.sort(base);
        double baseP50 = percentile(base, 50);
        double baseP95 = percentile(base, 95);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : millis.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("endpoint", e.getKey());
            row.put("p50Ms", percentile(v, 50));
            row.put("p95Ms", percentile(v, 95));
            row.put("p99Ms", percentile(v, 99));
            row.put("maxMs", v[v.length - 1]);
            row.put("p50VsBaseline", percentile(v, 50) / baseP50);
            row.put("p95VsBaseline", percentile(v, 95) / baseP95);
            rows.add(row);
        }
        if (json) {
            out.println(Json.write(Map.of("incidents", incidents, "requests", requests, "loadSeconds", loadSeconds,
                    "cores", Runtime.getRuntime().availableProcessors(), "endpoints", rows)));
            out.flush();
            return;
        }
        out.printf("%d incidents stored, %d requests per endpoint (after 10 warm-up rounds), %d cores%n", incidents,
                requests, Runtime.getRuntime().availableProcessors());
        out.printf("  %-36s %8s %8s %8s %8s %9s %9s%n", "endpoint", "p50 ms", "p95 ms", "p99 ms", "max ms", "p50 x base",
                "p95 x base");
        for (Map<String, Object> r : rows) {
            out.printf(java.util.Locale.ROOT, "  %-36s %8.1f %8.1f %8.1f %8.1f %9.1f %9.1f%n", r.get("endpoint"),
                    r.get("p50Ms"), r.get("p95Ms"), r.get("p99Ms"), r.get("maxMs"), r.get("p50VsBaseline"),
                    r.get("p95VsBaseline"));
        }
        out.flush();
    }

    /** The cursor the list's next link gives after its first {@code n} incidents, newest first. */
    private static String cursorAt(Database db, int n) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT COALESCE(CAST(date_earliest AS text), '-') || '~' || id FROM consolidated_incident
                ORDER BY date_earliest DESC NULLS LAST, id DESC OFFSET :n LIMIT 1""").bind("n", n - 1)
                .mapTo(String.class).findOne().orElse("-~1"));
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Places, documents, consolidated incidents, their reports and perpetrators, by set-based SQL. */
    private void load(Database db) {
        Gazetteer gazetteer = Gazetteer.bundled();
        BorderDistance borders = BorderDistance.bundled();
        db.jdbi().useTransaction(h -> {
            h.execute("SELECT setseed(0.42)");
            for (String name : PLACES) {
                Optional<PlaceMatch> m = gazetteer.resolve(name, PlaceContext.NONE);
                if (m.isEmpty()) {
                    continue;
                }
                PlaceMatch p = m.get();
                NearestBorder b = borders.nearestBorder(p.latitude(), p.longitude());
                h.createUpdate("""
                        INSERT INTO place (name, country, admin1, admin2, latitude, longitude, precision, border_km,
                                           nearest_border, source)
                        VALUES (:name, :country, :admin1, :admin2, :lat, :lon, :precision, :km, :pair, 'bench')
                        ON CONFLICT DO NOTHING""")
                        .bind("name", p.name()).bind("country", p.countryCode()).bind("admin1", p.admin1())
                        .bind("admin2", p.admin2()).bind("lat", p.latitude()).bind("lon", p.longitude())
                        .bind("precision", p.precision().name()).bind("km", b.distanceKm()).bind("pair", b.pair())
                        .execute();
            }
            int documents = Math.max(1, incidents / 4);
            h.createUpdate("""
                    INSERT INTO document (sha256, origin, publisher, published_on, date_source, title, language, grade,
                                          format, text, char_count)
                    SELECT encode(sha256(CAST('bench' || g AS bytea)), 'hex'), 'bench:' || g,
                           (ARRAY['Dawn','The News','ISAF','Express Tribune'])[1 + g % 4], d, 'GIVEN',
                           'Security report ' || g, 'en', 'C', 'text', t, length(t)
                    FROM (SELECT g, DATE '2009-01-01' + (g * 7919) % 5800 AS d,
                                 'Militants attacked a ' || (ARRAY['convoy','checkpost','market','mosque','school'])[1 + g % 5]
                                 || ' on the road to the border, killing ' || (g % 9) || ' people and wounding '
                                 || (g % 13) || '. Officials blamed the ' || (ARRAY['TTP','Taliban','ISKP','BLA'])[1 + g % 4]
                                 || '. Report number ' || g || '.' AS t
                          FROM generate_series(1, :n) g) x""").bind("n", documents).execute();
            h.createUpdate("""
                    INSERT INTO consolidated_incident (incident_type, date_earliest, date_latest, date_precision, place_id,
                                                       place_precision, killed_low, killed_best, killed_high,
                                                       injured_low, injured_best, injured_high, report_count)
                    SELECT (:types)[1 + floor(random() * cardinality(:types))::int], d, d, 'DAY', p.id, p.precision,
                           k, k + (g % 2), k + (g % 4), i, i, i, 1 + g % 3
                    FROM (SELECT g, DATE '2009-01-01' + floor(random() * 5800)::int AS d,
                                 floor(power(random(), 3) * 40)::int AS k, floor(random() * 20)::int AS i,
                                 1 + floor(random() * (SELECT count(*) FROM place))::int AS pick
                          FROM generate_series(1, :n) g) x
                    JOIN (SELECT id, precision, row_number() OVER (ORDER BY id) AS rn FROM place) p ON p.rn = x.pick""")
                    .bindArray("types", String.class, (Object[]) TYPES).bind("n", incidents).execute();
            h.createUpdate("""
                    INSERT INTO incident (incident_type, date_earliest, date_latest, date_precision, place_id, place_precision,
                                          killed_low, killed_best, killed_high, injured_low, injured_best, injured_high,
                                          fact_origin, extractor, document_id, consolidated_id, report_key, match_score,
                                          match_features)
                    SELECT c.incident_type, c.date_earliest, c.date_latest, c.date_precision, c.place_id, c.place_precision,
                           c.killed_low, c.killed_best, c.killed_high, c.injured_low, c.injured_best, c.injured_high,
                           'MACHINE', 'bench', 1 + (c.id * 31 + k * 7) % :docs, c.id, 'bench:' || c.id || ':' || k,
                           CASE WHEN k > 1 THEN 0.7 + random() * 0.3 END,
                           CASE WHEN k > 1 THEN CAST('{"type": 1.0, "date": 0.9, "place": 1.0}' AS jsonb) END
                    FROM consolidated_incident c, generate_series(1, c.report_count) k""")
                    .bind("docs", documents).execute();
            h.createUpdate("""
                    INSERT INTO incident_perpetrator (incident_id, mention, attribution, attributed_by_mention, fact_origin)
                    SELECT r.id, (:names)[1 + floor(power(random(), 2) * cardinality(:names))::int],
                           (ARRAY['CLAIMED','ATTRIBUTED','ATTRIBUTED','SUSPECTED'])[1 + floor(random() * 4)::int],
                           'officials', 'MACHINE'
                    FROM incident r WHERE random() < 0.85""")
                    .bindArray("names", String.class, (Object[]) PERPETRATORS).execute();
        });
        db.jdbi().useHandle(h -> h.execute("ANALYZE"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
