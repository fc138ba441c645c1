package org.borderwatch.web;

import java.util.List;
import org.borderwatch.store.TestDatabase;

/**
 * Stand-in for the consolidation stage, which another branch builds: writes {@code consolidated_incident}
 * rows and links reports to them as V7 specifies, by SQL. The only place tests make groups, so that it can
 * be swapped for the real consolidation when it lands.
 */
final class ConsolidatedGroups {
    private ConsolidatedGroups() {
    }

    /**
     * Groups the reports into one incident with the first report's type, date and place and the killed
     * range over the reports; the later reports get the match score and features given.
     *
     * @return the consolidated incident's id
     */
    static long group(TestDatabase db, List<Long> reports, double score, String featuresJson) {
        return db.jdbi().inTransaction(h -> {
            long id = h.createQuery("""
                    INSERT INTO consolidated_incident (incident_type, date_earliest, date_latest, date_precision, place_id,
                                                       place_precision, killed_low, killed_best, killed_high, report_count)
                    SELECT f.incident_type, f.date_earliest, f.date_latest, f.date_precision, f.place_id, f.place_precision,
                           (SELECT min(killed_low) FROM incident WHERE id = ANY(:ids)),
                           (SELECT max(killed_best) FROM incident WHERE id = ANY(:ids)),
                           (SELECT max(killed_high) FROM incident WHERE id = ANY(:ids)), :n
                    FROM incident f WHERE f.id = :first
                    RETURNING id""")
                    .bindArray("ids", Long.class, reports).bind("first", reports.get(0)).bind("n", reports.size())
                    .mapTo(Long.class).one();
            for (int i = 0; i < reports.size(); i++) {
                h.createUpdate("""
                        UPDATE incident SET consolidated_id = :c, report_key = 'doc:' || document_id || ':' || id,
                               match_score = :score, match_features = CAST(:features AS jsonb) WHERE id = :id""")
                        .bind("c", id).bind("id", reports.get(i))
                        .bind("score", i == 0 ? null : score).bind("features", i == 0 ? null : featuresJson).execute();
            }
            return id;
        });
    }

    /** The report ids of a document's incidents, in id order. */
    static List<Long> reportsOf(TestDatabase db, long documentId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM incident WHERE document_id = :d ORDER BY id")
                .bind("d", documentId).mapTo(Long.class).list());
    }
}
