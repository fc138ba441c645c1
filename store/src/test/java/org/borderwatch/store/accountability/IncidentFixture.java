package org.borderwatch.store.accountability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The one place accountability tests put incidents into the database, standing in for
 * {@code borderwatch import ucdp} and for consolidation until they land: plain SQL into the V2/V7
 * tables, as those stages will write them. Swap it for the real importer then.
 */
public final class IncidentFixture {
    private static final DateTimeFormatter UCDP_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");

    /** The distance of a point to its nearest international border and that border's pair ("AF–PK"). */
    @FunctionalInterface
    public interface Borders {
        Map.Entry<Double, String> nearest(double latitude, double longitude);
    }

    private IncidentFixture() {
    }

    /**
     * Imports a UCDP GED CSV as reports ({@code source_dataset} 'ucdp'): the event's dates, best/low/high
     * deaths, its place with the border distance, and each non-state side as a perpetrator attributed by
     * UCDP. Returns the number of reports.
     */
    public static int importUcdp(Jdbi jdbi, Path csv, Borders borders) {
        List<Map<String, String>> rows = readCsv(csv);
        jdbi.useTransaction(h -> {
            for (Map<String, String> r : rows) {
                LocalDate start = LocalDate.parse(r.get("date_start"), UCDP_DATE);
                LocalDate end = LocalDate.parse(r.get("date_end"), UCDP_DATE);
                double lat = Double.parseDouble(r.get("latitude"));
                double lon = Double.parseDouble(r.get("longitude"));
                Map.Entry<Double, String> border = borders.nearest(lat, lon);
                int best = Integer.parseInt(r.get("best_est"));
                int low = Integer.parseInt(r.get("low_est"));
                int high = Integer.parseInt(r.get("high_est")); // a few rows have best above high: the range is widened
                long place = place(h, r.get("where_coordinates"), "PK", r.get("adm_1"), r.get("adm_2"), lat, lon,
                        border.getKey(), border.getValue());
                long id = h.createQuery("""
                        INSERT INTO incident (incident_type, date_earliest, date_latest, date_precision, place_id, place_precision,
                                              killed_low, killed_best, killed_high, fact_origin, extractor, report_key,
                                              source_dataset, source_record)
                        VALUES (:type, :start, :end, CAST(:precision AS date_precision), :place, 'TOWN', :low, :best, :high,
                                'MACHINE', 'ucdp-fixture', :key, 'ucdp', :record)
                        RETURNING id""")
                        .bind("type", r.get("type_of_violence").equals("3") ? "ATTACK" : "CLASH")
                        .bind("start", start).bind("end", end).bind("precision", start.equals(end) ? "DAY" : "APPROXIMATE")
                        .bind("place", place).bind("low", Math.min(low, best)).bind("best", best)
                        .bind("high", Math.max(high, best))
                        .bind("key", "ucdp:" + r.get("id")).bind("record", r.get("id")).mapTo(Long.class).one();
                for (String side : List.of(r.get("side_a"), r.get("side_b"))) {
                    String s = side.strip();
                    if (!s.startsWith("Government of") && !s.equals("Civilians") && !s.isEmpty()) {
                        perpetrator(h, id, s, "ATTRIBUTED", "UCDP GED");
                    }
                }
            }
        });
        return rows.size();
    }

    /** A report of one incident, dated to the day, at a place with its border distance. */
    public static long report(Jdbi jdbi, String type, LocalDate day, String perpetrator, String attribution, String placeName,
                              double borderKm, String border) {
        return jdbi.inTransaction(h -> {
            long place = place(h, placeName, "PK", "Khyber Pakhtunkhwa", null, 34.0, 71.5, borderKm, border);
            long id = h.createQuery("""
                    INSERT INTO incident (incident_type, date_earliest, date_latest, date_precision, place_id, killed_best,
                                          fact_origin, report_key)
                    VALUES (:type, :day, :day, 'DAY', :place, 1, 'HUMAN', 'fixture') RETURNING id""")
                    .bind("type", type).bind("day", day).bind("place", place).mapTo(Long.class).one();
            perpetrator(h, id, perpetrator, attribution, null);
            return id;
        });
    }

    /** Groups reports into one consolidated incident, as consolidation does, taking the first report's fields. */
    public static long consolidate(Jdbi jdbi, long... reports) {
        return jdbi.inTransaction(h -> {
            long id = h.createQuery("""
                    INSERT INTO consolidated_incident (incident_type, date_earliest, date_latest, date_precision, place_id,
                                                       killed_best, report_count)
                    SELECT incident_type, date_earliest, date_latest, date_precision, place_id, killed_best, :n
                    FROM incident WHERE id = :first RETURNING id""")
                    .bind("n", reports.length).bind("first", reports[0]).mapTo(Long.class).one();
            for (long r : reports) {
                h.createUpdate("UPDATE incident SET consolidated_id = :c WHERE id = :r").bind("c", id).bind("r", r).execute();
            }
            return id;
        });
    }

    private static long place(Handle h, String name, String country, String admin1, String admin2, double lat, double lon,
                              double borderKm, String border) {
        return h.createQuery("""
                INSERT INTO place (name, country, admin1, admin2, latitude, longitude, precision, border_km, nearest_border, source)
                VALUES (:name, :country, :admin1, :admin2, :lat, :lon, 'TOWN', :km, :border, 'fixture')
                ON CONFLICT (name, country, round(CAST(latitude AS numeric), 3), round(CAST(longitude AS numeric), 3))
                    WHERE geonames_id IS NULL
                DO UPDATE SET border_km = excluded.border_km RETURNING id""")
                .bind("name", name).bind("country", country).bind("admin1", admin1).bind("admin2", admin2)
                .bind("lat", lat).bind("lon", lon).bind("km", borderKm).bind("border", border).mapTo(Long.class).one();
    }

    private static void perpetrator(Handle h, long incident, String mention, String attribution, String by) {
        h.createUpdate("""
                INSERT INTO incident_perpetrator (incident_id, mention, attribution, attributed_by_mention, fact_origin)
                VALUES (:incident, :mention, :attribution, :by, 'MACHINE')""")
                .bind("incident", incident).bind("mention", mention).bind("attribution", attribution).bind("by", by).execute();
    }

    /** The rows of a CSV with a header, as column name to value. */
    public static List<Map<String, String>> readCsv(Path csv) {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            List<Map<String, String>> rows = new ArrayList<>();
            parser.forEach(r -> rows.add(new LinkedHashMap<>(r.toMap())));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
