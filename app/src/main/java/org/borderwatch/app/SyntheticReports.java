package org.borderwatch.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.borderwatch.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Realistic synthetic reports for the consolidation benchmark, written straight into the tables an
 * extraction and an import fill. Events happen at {@value #EVENTS_PER_DAY} a day (a busy conflict
 * region), so more reports cover a longer period, as real corpora do; they take places, provinces and
 * districts from the bundled UCDP GED sample, and each is reported one to four times: once perhaps by a
 * dataset (exact day, town, exact toll), otherwise by news documents that give its day (half of them),
 * its month, or only their publication a day or two later, place it at the town, district, province or
 * only the country, name the type a little differently and the toll as it stood when they went to press. Each report remembers its event,
 * so the benchmark can also score the grouping.
 */
final class SyntheticReports {
    static final int EVENTS_PER_DAY = 6;
    private static final LocalDate START = LocalDate.of(2005, 1, 1);
    private static final String[] TYPES = {"BOMBING", "SUICIDE_ATTACK", "IED", "ARMED_ASSAULT", "TARGETED_KILLING",
        "SECURITY_OPERATION", "AIRSTRIKE", "CLASH", "KIDNAPPING", "SHELLING"};
    private static final Map<String, String> NEWS_VARIANT = Map.of("BOMBING", "SUICIDE_ATTACK", "SUICIDE_ATTACK",
            "BOMBING", "IED", "BOMBING", "ARMED_ASSAULT", "ATTACK", "TARGETED_KILLING", "ARMED_ASSAULT",
            "SECURITY_OPERATION", "CLASH", "AIRSTRIKE", "SECURITY_OPERATION", "CLASH", "SECURITY_OPERATION",
            "KIDNAPPING", "ARMED_ASSAULT", "SHELLING", "CROSS_BORDER_STRIKE");
    private static final String[] GROUPS = {"TTP", "Tehrik-i-Taliban Pakistan", "ISKP", "BLA", "Lashkar-e-Jhangvi",
        "Jamaat-ul-Ahrar", "Hafiz Gul Bahadur group", "Lashkar-e-Islam"};
    private static final String[] VICTIMS = {"soldiers", "policemen", "militants", "civilians", "people", "workers"};

    /** A place row of the benchmark: a town, district, province or the country. */
    private record Place(long id, String name, String admin1, String admin2, double lat, double lon, String precision) {
    }

    private final List<Place> towns = new ArrayList<>();
    private final Map<String, Place> districts = new LinkedHashMap<>();
    private final Map<String, Place> provinces = new LinkedHashMap<>();
    private Place country;

    /** Which generated event each report key belongs to. */
    final Map<String, Integer> eventOf = new HashMap<>();

    /** Inserts the place rows the reports use (the sample's locations and their districts and provinces). */
    void insertPlaces(Database db) {
        Map<String, double[]> sums = new HashMap<>();
        db.jdbi().useTransaction(h -> {
            for (String[] loc : locations()) {
                long id = place(h, loc[0], loc[1], loc[2], Double.parseDouble(loc[3]), Double.parseDouble(loc[4]), "TOWN");
                towns.add(new Place(id, loc[0], loc[1], loc[2], Double.parseDouble(loc[3]), Double.parseDouble(loc[4]),
                        "TOWN"));
                for (String key : List.of("d|" + loc[1] + "|" + loc[2], "p|" + loc[1], "c")) {
                    double[] s = sums.computeIfAbsent(key, k -> new double[3]);
                    s[0] += Double.parseDouble(loc[3]);
                    s[1] += Double.parseDouble(loc[4]);
                    s[2]++;
                }
            }
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                String[] k = e.getKey().split("\\|", -1);
                double lat = e.getValue()[0] / e.getValue()[2];
                double lon = e.getValue()[1] / e.getValue()[2];
                switch (k[0]) {
                    case "d" -> districts.put(k[1] + "|" + k[2], new Place(place(h, k[2], k[1], k[2], lat, lon, "DISTRICT"),
                            k[2], k[1], k[2], lat, lon, "DISTRICT"));
                    case "p" -> provinces.put(k[1], new Place(place(h, k[1], k[1], null, lat, lon, "PROVINCE"), k[1], k[1],
                            null, lat, lon, "PROVINCE"));
                    default -> country = new Place(place(h, "Pakistan", null, null, lat, lon, "COUNTRY"), "Pakistan", null,
                            null, lat, lon, "COUNTRY");
                }
            }
        });
    }

    private static long place(Handle h, String name, String admin1, String admin2, double lat, double lon,
                              String precision) {
        return h.createQuery("""
                INSERT INTO place (name, country, admin1, admin2, latitude, longitude, precision, border_km, source)
                VALUES (:name, 'PK', :admin1, :admin2, :lat, :lon, :precision, 50, 'benchmark')
                ON CONFLICT DO NOTHING RETURNING id""")
                .bind("name", name + " (" + precision.toLowerCase(java.util.Locale.ROOT) + ")").bind("admin1", admin1)
                .bind("admin2", admin2).bind("lat", lat).bind("lon", lon).bind("precision", precision)
                .mapTo(Long.class).findOne().orElseGet(() -> h.createQuery(
                        "SELECT id FROM place WHERE name = :name AND geonames_id IS NULL ORDER BY id LIMIT 1")
                        .bind("name", name + " (" + precision.toLowerCase(java.util.Locale.ROOT) + ")")
                        .mapTo(Long.class).one());
    }

    /** Distinct locations of the bundled UCDP GED sample: name, adm_1, adm_2, latitude, longitude. */
    private static List<String[]> locations() {
        var in = SyntheticReports.class.getResourceAsStream("/demo/" + DemoCorpus.UCDP_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the demo corpus is missing from the jar");
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord r : parser) {
                String name = r.get("where_coordinates");
                if (!name.isBlank() && !r.get("adm_1").isBlank() && !r.get("adm_2").isBlank()) {
                    out.putIfAbsent(name, new String[] {name, r.get("adm_1"), r.get("adm_2"), r.get("latitude"),
                        r.get("longitude")});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out.values());
    }

    /** Generates about {@code reports} reports and writes them; returns how many it wrote. */
    int insertReports(Database db, int reports, long seed) {
        Random random = new Random(seed);
        Rows rows = new Rows();
        int event = 0;
        while (rows.size() < reports) {
            LocalDate day = START.plusDays(event / EVENTS_PER_DAY);
            String type = TYPES[random.nextInt(TYPES.length)];
            Place town = towns.get(random.nextInt(towns.size()));
            int killed = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3);
            String group = random.nextInt(3) == 0 ? GROUPS[random.nextInt(GROUPS.length)] : null;
            String victims = VICTIMS[random.nextInt(VICTIMS.length)];
            int copies = 1 + (random.nextInt(100) < 50 ? 0 : random.nextInt(100) < 60 ? 1 : random.nextInt(100) < 75 ? 2 : 3);
            boolean dataset = random.nextInt(10) < 3;
            for (int c = 0; c < copies && rows.size() < reports; c++) {
                String key;
                if (c == 0 && dataset) {
                    key = rows.dataset(event, "ATTACK", day, town, killed, group, victims);
                } else {
                    key = rows.news(random, event, NEWS_VARIANT.getOrDefault(type, type), type, day, coarsen(random, town),
                            killed, group, victims);
                }
                eventOf.put(key, event);
            }
            event++;
        }
        rows.write(db);
        return rows.size();
    }

    private Place coarsen(Random random, Place town) {
        int r = random.nextInt(100);
        if (r < 40) {
            return town;
        }
        if (r < 60) {
            return districts.get(town.admin1() + "|" + town.admin2());
        }
        if (r < 75) {
            return provinces.get(town.admin1());
        }
        return r < 95 ? country : null;
    }

    /** The generated rows, column by column, written with one multi-row INSERT per table and chunk. */
    private static final class Rows {
        private final List<Object[]> incidents = new ArrayList<>();
        private final List<Object[]> perpetrators = new ArrayList<>();
        private final List<Object[]> victims = new ArrayList<>();
        private final List<Object[]> documents = new ArrayList<>();

        int size() {
            return incidents.size();
        }

        String dataset(int event, String type, LocalDate day, Place town, int killed, String group, String victim) {
            String key = "bench-ged:" + event;
            add(type, day, day, "DAY", town, killed, killed, killed, null, key, "bench-ged", Integer.toString(event),
                    group, victim);
            return key;
        }

        String news(Random random, int event, String variant, String type, LocalDate day, Place place, int killed,
                    String group, String victim) {
            int lag = random.nextInt(100) < 63 ? 0 : random.nextInt(100) < 60 ? 1 : 1 + random.nextInt(3);
            LocalDate published = day.plusDays(lag);
            long doc = documents.size() + 1;
            documents.add(new Object[] {doc, published});
            String key = "doc:" + doc + ":0";
            int r = random.nextInt(100);
            LocalDate from = r < 40 ? null : r < 90 ? day : day.withDayOfMonth(1);
            LocalDate to = r < 40 ? null : r < 90 ? day : day.withDayOfMonth(day.lengthOfMonth());
            String precision = r < 40 ? null : r < 90 ? "DAY" : "MONTH";
            int toll = random.nextInt(100) < 15 ? -1 : Math.max(0, killed + (int) Math.round(random.nextGaussian()
                    * Math.max(1, killed * 0.2)));
            add(random.nextInt(100) < 70 ? type : variant, from, to, precision, place, toll, toll, toll, doc, key, null,
                    null, random.nextInt(100) < 40 ? group : null, random.nextInt(100) < 70 ? victim : null);
            return key;
        }

        private void add(String type, LocalDate from, LocalDate to, String precision, Place place, int low, int best,
                         int high, Long document, String key, String dataset, String record, String group,
                         String victim) {
            long id = incidents.size() + 1;
            incidents.add(new Object[] {id, type, from, to, precision, place == null ? null : place.id(),
                place == null ? null : place.precision(), best < 0 ? null : low, best < 0 ? null : best,
                best < 0 ? null : high, document, key, dataset, record});
            if (group != null) {
                perpetrators.add(new Object[] {id, group});
            }
            if (victim != null) {
                victims.add(new Object[] {id, victim});
            }
        }

        void write(Database db) {
            db.jdbi().useTransaction(h -> {
                for (int from = 0; from < documents.size(); from += 5000) {
                    List<Object[]> chunk = documents.subList(from, Math.min(documents.size(), from + 5000));
                    h.createUpdate("""
                            INSERT INTO document (id, sha256, origin, publisher, published_on, date_source, language, grade,
                                                  format, text, char_count)
                            OVERRIDING SYSTEM VALUE
                            SELECT u.id, md5(u.id::text) || md5('bench' || u.id), 'bench', 'Benchmark News', CAST(u.day AS date), 'GIVEN',
                                   'en', 'F', 'text', 'Synthetic benchmark report ' || u.id, 30
                            FROM unnest(CAST(:ids AS bigint[]), CAST(:days AS text[])) AS u(id, day)""")
                            .bindArray("ids", Long.class, column(chunk, 0))
                            .bindArray("days", String.class, dates(chunk, 1)).execute();
                }
                for (int from = 0; from < incidents.size(); from += 5000) {
                    List<Object[]> chunk = incidents.subList(from, Math.min(incidents.size(), from + 5000));
                    h.createUpdate("""
                            INSERT INTO incident (id, incident_type, date_earliest, date_latest, date_precision, place_id,
                                                  place_precision, killed_low, killed_best, killed_high, fact_origin,
                                                  extractor, document_id, report_key, source_dataset, source_record)
                            OVERRIDING SYSTEM VALUE
                            SELECT u.id, u.type, CAST(u.d1 AS date), CAST(u.d2 AS date), CAST(u.dp AS date_precision), u.place, u.pp, u.kl, u.kb, u.kh,
                                   'MACHINE', 'bench', u.doc, u.key, u.ds, u.rec
                            FROM unnest(CAST(:id AS bigint[]), CAST(:type AS text[]), CAST(:d1 AS text[]),
                                        CAST(:d2 AS text[]), CAST(:dp AS text[]), CAST(:place AS bigint[]),
                                        CAST(:pp AS text[]), CAST(:kl AS integer[]), CAST(:kb AS integer[]),
                                        CAST(:kh AS integer[]), CAST(:doc AS bigint[]), CAST(:key AS text[]),
                                        CAST(:ds AS text[]), CAST(:rec AS text[]))
                                 AS u(id, type, d1, d2, dp, place, pp, kl, kb, kh, doc, key, ds, rec)""")
                            .bindArray("id", Long.class, column(chunk, 0))
                            .bindArray("type", String.class, column(chunk, 1))
                            .bindArray("d1", String.class, dates(chunk, 2))
                            .bindArray("d2", String.class, dates(chunk, 3))
                            .bindArray("dp", String.class, column(chunk, 4))
                            .bindArray("place", Long.class, column(chunk, 5))
                            .bindArray("pp", String.class, column(chunk, 6))
                            .bindArray("kl", Integer.class, column(chunk, 7))
                            .bindArray("kb", Integer.class, column(chunk, 8))
                            .bindArray("kh", Integer.class, column(chunk, 9))
                            .bindArray("doc", Long.class, column(chunk, 10))
                            .bindArray("key", String.class, column(chunk, 11))
                            .bindArray("ds", String.class, column(chunk, 12))
                            .bindArray("rec", String.class, column(chunk, 13)).execute();
                }
                children(h, perpetrators, """
                        INSERT INTO incident_perpetrator (incident_id, mention, attribution, fact_origin)
                        SELECT u.id, u.v, 'UNKNOWN', 'MACHINE' FROM unnest(CAST(:id AS bigint[]), CAST(:v AS text[])) AS u(id, v)""");
                children(h, victims, """
                        INSERT INTO incident_victim (incident_id, category, fact_origin)
                        SELECT u.id, u.v, 'MACHINE' FROM unnest(CAST(:id AS bigint[]), CAST(:v AS text[])) AS u(id, v)""");
                h.execute("SELECT setval(pg_get_serial_sequence('incident', 'id'), (SELECT max(id) FROM incident))");
                h.execute("SELECT setval(pg_get_serial_sequence('document', 'id'), GREATEST(1, (SELECT max(id) FROM document)))");
            });
        }

        private static void children(Handle h, List<Object[]> rows, String sql) {
            for (int from = 0; from < rows.size(); from += 5000) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 5000));
                h.createUpdate(sql).bindArray("id", Long.class, column(chunk, 0))
                        .bindArray("v", String.class, column(chunk, 1)).execute();
            }
        }

        private static List<Object> column(List<Object[]> rows, int i) {
            List<Object> out = new ArrayList<>(rows.size());
            rows.forEach(r -> out.add(r[i]));
            return out;
        }

        private static List<Object> dates(List<Object[]> rows, int i) {
            List<Object> out = new ArrayList<>(rows.size());
            rows.forEach(r -> out.add(r[i] == null ? null : r[i].toString()));
            return out;
        }
    }
}
