package org.borderwatch.store.accountability;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Hand-made reports and groups for the store's own accountability tests, which check the SQL that reads
 * them (the app's tests use the real importer and consolidation): plain SQL into the V2/V7 tables.
 */
public final class IncidentFixture {
    private IncidentFixture() {
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
}
