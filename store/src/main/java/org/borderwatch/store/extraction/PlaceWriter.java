package org.borderwatch.store.extraction;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.place.ResolvedPlace;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds or adds the {@code place} row of a resolved place: by GeoNames id when it has one, else by
 * name, country and coordinates rounded to 0.001 degree. The row takes the latest gazetteer values.
 */
final class PlaceWriter {
    private static final String COLUMNS = """
            INSERT INTO place (geonames_id, name, country, admin1, admin2, latitude, longitude, precision,
                               border_km, nearest_border, source)
            VALUES (:geonamesId, :name, :country, :admin1, :admin2, :latitude, :longitude, :precision,
                    :borderKm, :nearestBorder, :source)
            """;
    private static final String UPDATE = """
            DO UPDATE SET name = excluded.name, country = excluded.country, admin1 = excluded.admin1,
                          admin2 = excluded.admin2, latitude = excluded.latitude, longitude = excluded.longitude,
                          precision = excluded.precision, border_km = excluded.border_km,
                          nearest_border = excluded.nearest_border, source = excluded.source
            RETURNING id
            """;
    private static final String UPSERT_BY_GEONAMES_ID = COLUMNS + "ON CONFLICT (geonames_id) " + UPDATE;
    private static final String UPSERT_BY_NAME = COLUMNS + """
            ON CONFLICT (name, country, round(CAST(latitude AS numeric), 3), round(CAST(longitude AS numeric), 3))
                WHERE geonames_id IS NULL
            """ + UPDATE;

    private PlaceWriter() {
    }

    private static final Comparator<ResolvedPlace> LOCK_ORDER = Comparator
            .comparing(ResolvedPlace::geonamesId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ResolvedPlace::name).thenComparing(ResolvedPlace::countryCode)
            .thenComparingDouble(ResolvedPlace::latitude).thenComparingDouble(ResolvedPlace::longitude);

    /**
     * Upserts every distinct place of the placements, returning each one's row id. Rows are written in one
     * global order so that concurrent extractions locking the same places cannot deadlock.
     */
    static Map<ResolvedPlace, Long> upsertAll(Handle handle, List<List<Optional<ResolvedPlace>>> placements) {
        List<ResolvedPlace> distinct = placements.stream().flatMap(List::stream).flatMap(Optional::stream)
                .distinct().sorted(LOCK_ORDER).toList();
        Map<ResolvedPlace, Long> ids = new HashMap<>();
        for (ResolvedPlace p : distinct) {
            ids.put(p, upsert(handle, p));
        }
        return ids;
    }

    /** The id of the place's row, added or updated. */
    static long upsert(Handle handle, ResolvedPlace p) {
        Query q = handle.createQuery(p.geonamesId() != null ? UPSERT_BY_GEONAMES_ID : UPSERT_BY_NAME)
                .bind("geonamesId", p.geonamesId())
                .bind("name", p.name())
                .bind("country", p.countryCode())
                .bind("admin1", p.admin1())
                .bind("admin2", p.admin2())
                .bind("latitude", p.latitude())
                .bind("longitude", p.longitude())
                .bind("precision", p.precision())
                .bind("borderKm", p.borderKm())
                .bind("nearestBorder", p.nearestBorder())
                .bind("source", p.source());
        return q.mapTo(Long.class).one();
    }
}
