package org.borderwatch.store.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.consolidation.Consolidation;
import org.borderwatch.core.consolidation.Group;
import org.borderwatch.core.consolidation.Membership;
import org.borderwatch.core.consolidation.Reconciled;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.consolidation.ReportPlace;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Writes a run's groups: new consolidated incidents inserted, changed ones updated (their reconciled
 * fields only while the machine owns them), reports pointed at their incident with their match, and
 * retired incidents deleted (an analyst-corrected one is kept, emptied, with a note). Rows go in
 * chunks through {@code unnest} of arrays, so 100,000 reports take a few dozen statements. An
 * incremental write skips every group whose fingerprint is unchanged.
 */
final class GroupWriter {
    private static final int CHUNK = 5000;
    private static final String NEW_IDS =
            "SELECT nextval(pg_get_serial_sequence('consolidated_incident', 'id')) FROM generate_series(1, :n)";
    private static final String COLUMNS = """
            u.id, u.type, CAST(u.date_earliest AS date), CAST(u.date_latest AS date), CAST(u.date_precision AS date_precision), u.place_id,
            u.place_precision, u.killed_low, u.killed_best, u.killed_high, u.injured_low, u.injured_best,
            u.injured_high, u.report_count, ARRAY(SELECT jsonb_array_elements_text(CAST(u.report_keys AS jsonb))),
            CAST(u.reconciliation AS jsonb), CAST(u.notes AS jsonb), u.fingerprint""";
    private static final String UNNEST = """
            unnest(CAST(:id AS bigint[]), CAST(:type AS text[]), CAST(:date_earliest AS text[]),
                   CAST(:date_latest AS text[]), CAST(:date_precision AS text[]), CAST(:place_id AS bigint[]),
                   CAST(:place_precision AS text[]), CAST(:killed_low AS integer[]), CAST(:killed_best AS integer[]),
                   CAST(:killed_high AS integer[]), CAST(:injured_low AS integer[]), CAST(:injured_best AS integer[]),
                   CAST(:injured_high AS integer[]), CAST(:report_count AS integer[]), CAST(:report_keys AS text[]),
                   CAST(:reconciliation AS text[]), CAST(:notes AS text[]), CAST(:fingerprint AS text[]))
                AS u(id, type, date_earliest, date_latest, date_precision, place_id, place_precision, killed_low,
                     killed_best, killed_high, injured_low, injured_best, injured_high, report_count, report_keys,
                     reconciliation, notes, fingerprint)""";
    private static final String INSERT = """
            INSERT INTO consolidated_incident (id, incident_type, date_earliest, date_latest, date_precision, place_id,
                    place_precision, killed_low, killed_best, killed_high, injured_low, injured_best, injured_high,
                    report_count, report_keys, reconciliation, notes, fingerprint)
            OVERRIDING SYSTEM VALUE
            SELECT""" + " " + COLUMNS + " FROM " + UNNEST;
    /** Reconciled fields change only while the machine owns them; the rest always. */
    private static final String UPDATE = """
            UPDATE consolidated_incident c SET
                incident_type  = CASE WHEN c.fact_origin = 'MACHINE' THEN u.type ELSE c.incident_type END,
                date_earliest  = CASE WHEN c.fact_origin = 'MACHINE' THEN CAST(u.date_earliest AS date) ELSE c.date_earliest END,
                date_latest    = CASE WHEN c.fact_origin = 'MACHINE' THEN CAST(u.date_latest AS date) ELSE c.date_latest END,
                date_precision = CASE WHEN c.fact_origin = 'MACHINE' THEN CAST(u.date_precision AS date_precision)
                                      ELSE c.date_precision END,
                place_id       = CASE WHEN c.fact_origin = 'MACHINE' THEN u.place_id ELSE c.place_id END,
                place_precision = CASE WHEN c.fact_origin = 'MACHINE' THEN u.place_precision ELSE c.place_precision END,
                killed_low     = CASE WHEN c.fact_origin = 'MACHINE' THEN u.killed_low ELSE c.killed_low END,
                killed_best    = CASE WHEN c.fact_origin = 'MACHINE' THEN u.killed_best ELSE c.killed_best END,
                killed_high    = CASE WHEN c.fact_origin = 'MACHINE' THEN u.killed_high ELSE c.killed_high END,
                injured_low    = CASE WHEN c.fact_origin = 'MACHINE' THEN u.injured_low ELSE c.injured_low END,
                injured_best   = CASE WHEN c.fact_origin = 'MACHINE' THEN u.injured_best ELSE c.injured_best END,
                injured_high   = CASE WHEN c.fact_origin = 'MACHINE' THEN u.injured_high ELSE c.injured_high END,
                report_count   = u.report_count,
                report_keys    = ARRAY(SELECT jsonb_array_elements_text(CAST(u.report_keys AS jsonb))),
                reconciliation = CAST(u.reconciliation AS jsonb),
                notes          = CAST(u.notes AS jsonb),
                fingerprint    = u.fingerprint,
                version        = c.version + 1,
                updated_at     = now()
            FROM""" + " " + UNNEST + " WHERE c.id = u.id";
    private static final String POINT_REPORTS = """
            UPDATE incident i SET consolidated_id = u.cid, match_score = u.score,
                                  match_features = CAST(u.features AS jsonb), report_key = u.key
            FROM unnest(CAST(:report AS bigint[]), CAST(:cid AS bigint[]), CAST(:score AS double precision[]),
                        CAST(:features AS text[]), CAST(:key AS text[])) AS u(report, cid, score, features, key)
            WHERE i.id = u.report
            """;
    private static final String DELETE_RETIRED = """
            DELETE FROM consolidated_incident WHERE id = ANY(:ids) AND fact_origin = 'MACHINE'
            """;
    private static final String EMPTY_RETIRED = """
            UPDATE consolidated_incident
            SET report_count = 0, report_keys = '{}', fingerprint = NULL, updated_at = now(), version = version + 1,
                notes = CAST(:notes AS jsonb)
            WHERE id = ANY(:ids) AND fact_origin <> 'MACHINE' AND report_count > 0
            """;
    static final String RETIRED_NOTE = "None of its reports belongs to it any more (they were re-extracted, "
            + "or analysts' decisions moved them); kept because an analyst edited it.";

    /** What a write changed. */
    record Written(int added, int updated, int unchanged, int retired, int reportsPointed) {
    }

    private GroupWriter() {
    }

    /** @param stored the fingerprints stored now, by consolidated incident id */
    static Written write(Handle handle, Consolidation c, Map<Long, String> stored, boolean full) {
        List<Group> added = new ArrayList<>();
        List<Group> updated = new ArrayList<>();
        Map<Group, String> fingerprints = new HashMap<>();
        int unchanged = 0;
        for (Group g : c.groups()) {
            String fp = ConsolidationJson.fingerprint(g);
            fingerprints.put(g, fp);
            if (g.consolidatedId().isEmpty() || !stored.containsKey(g.consolidatedId().get())) {
                added.add(g);
            } else if (full || !fp.equals(stored.get(g.consolidatedId().get()))) {
                updated.add(g);
            } else {
                unchanged++;
            }
        }
        List<Long> newIds = newIds(handle, added.size());
        Rows rows = new Rows();
        for (int k = 0; k < added.size(); k++) {
            rows.add(newIds.get(k), added.get(k), fingerprints.get(added.get(k)));
        }
        rows.flush(handle, INSERT);
        for (Group g : updated) {
            rows.add(g.consolidatedId().get(), g, fingerprints.get(g));
        }
        rows.flush(handle, UPDATE);
        Pointers pointers = new Pointers();
        for (int k = 0; k < added.size(); k++) {
            pointers.add(newIds.get(k), added.get(k));
        }
        for (Group g : updated) {
            pointers.add(g.consolidatedId().get(), g);
        }
        int pointed = pointers.flush(handle);
        int retired = 0;
        if (!c.retired().isEmpty()) {
            retired = handle.createUpdate(DELETE_RETIRED).bindArray("ids", Long.class, c.retired()).execute();
            handle.createUpdate(EMPTY_RETIRED).bindArray("ids", Long.class, c.retired())
                    .bind("notes", ConsolidationJson.notes(List.of(RETIRED_NOTE))).execute();
        }
        return new Written(added.size(), updated.size(), unchanged, retired, pointed);
    }

    /** Inserts one consolidated incident for the reports (not yet pointed at it); returns its id. */
    static long insert(Handle handle, Reconciled reconciled, List<Report> reports) {
        long id = newIds(handle, 1).get(0);
        Rows rows = new Rows();
        rows.add(id, analystsGroup(id, reconciled, reports), null);
        rows.flush(handle, INSERT);
        return id;
    }

    /**
     * Rewrites one consolidated incident after an analyst's merge or split: its reconciled fields (while the
     * machine owns them), report count and keys. No fingerprint: the next run rewrites it with its matches.
     */
    static void rewrite(Handle handle, long id, Reconciled reconciled, List<Report> reports) {
        Rows rows = new Rows();
        rows.add(id, analystsGroup(id, reconciled, reports), null);
        rows.flush(handle, UPDATE);
    }

    private static Group analystsGroup(long id, Reconciled reconciled, List<Report> reports) {
        return new Group(Optional.of(id), reports.stream().map(Membership::first).toList(), reconciled, List.of());
    }

    private static List<Long> newIds(Handle handle, int n) {
        return n == 0 ? List.of() : handle.createQuery(NEW_IDS).bind("n", n).mapTo(Long.class).list();
    }

    /** Consolidated-incident rows collected column by column, written a chunk at a time. */
    private static final class Rows {
        private final Map<String, List<Object>> columns = new HashMap<>();
        private int size;

        void add(long id, Group g, String fingerprint) {
            Reconciled r = g.reconciled();
            Optional<FuzzyDate> d = r.date();
            Optional<ReportPlace> p = r.place();
            put("id", id);
            put("type", r.type());
            put("date_earliest", d.map(x -> x.earliest().toString()).orElse(null));
            put("date_latest", d.map(x -> x.latest().toString()).orElse(null));
            put("date_precision", d.map(x -> x.precision().name()).orElse(null));
            put("place_id", p.map(ReportPlace::placeId).orElse(null));
            put("place_precision", p.map(ReportPlace::precision).orElse(null));
            count("killed", r.killed());
            count("injured", r.injured());
            put("report_count", g.members().size());
            put("report_keys", ConsolidationJson.write(g.members().stream().map(Membership::key).toList()));
            put("reconciliation", ConsolidationJson.reconciliation(r));
            put("notes", ConsolidationJson.notes(g.notes()));
            put("fingerprint", fingerprint);
            size++;
        }

        private void count(String prefix, Optional<Count> c) {
            put(prefix + "_low", c.map(Count::low).orElse(null));
            put(prefix + "_best", c.map(Count::best).orElse(null));
            put(prefix + "_high", c.filter(x -> x.high() != Count.OPEN).map(Count::high).orElse(null));
        }

        private void put(String column, Object value) {
            columns.computeIfAbsent(column, k -> new ArrayList<>()).add(value);
        }

        void flush(Handle handle, String sql) {
            for (int from = 0; from < size; from += CHUNK) {
                int to = Math.min(size, from + CHUNK);
                var update = handle.createUpdate(sql);
                bind(update, from, to);
                update.execute();
            }
            columns.clear();
            size = 0;
        }

        private <S extends SqlStatement<S>> void bind(S s, int from, int to) {
            s.bindArray("id", Long.class, slice("id", from, to));
            s.bindArray("type", String.class, slice("type", from, to));
            s.bindArray("date_earliest", String.class, slice("date_earliest", from, to));
            s.bindArray("date_latest", String.class, slice("date_latest", from, to));
            s.bindArray("date_precision", String.class, slice("date_precision", from, to));
            s.bindArray("place_id", Long.class, slice("place_id", from, to));
            s.bindArray("place_precision", String.class, slice("place_precision", from, to));
            for (String c : List.of("killed_low", "killed_best", "killed_high", "injured_low", "injured_best",
                    "injured_high", "report_count")) {
                s.bindArray(c, Integer.class, slice(c, from, to));
            }
            for (String c : List.of("report_keys", "reconciliation", "notes", "fingerprint")) {
                s.bindArray(c, String.class, slice(c, from, to));
            }
        }

        private List<Object> slice(String column, int from, int to) {
            return columns.get(column).subList(from, to);
        }
    }

    /** Each report's consolidated incident and match, written a chunk at a time. */
    private static final class Pointers {
        private final List<Long> report = new ArrayList<>();
        private final List<Long> cid = new ArrayList<>();
        private final List<Double> score = new ArrayList<>();
        private final List<String> features = new ArrayList<>();
        private final List<String> key = new ArrayList<>();

        void add(long consolidatedId, Group g) {
            for (Membership m : g.members()) {
                report.add(m.reportId());
                cid.add(consolidatedId);
                score.add(m.match().map(x -> x.score()).orElse(null));
                features.add(ConsolidationJson.features(m));
                key.add(m.key());
            }
        }

        int flush(Handle handle) {
            int n = 0;
            for (int from = 0; from < report.size(); from += CHUNK) {
                int to = Math.min(report.size(), from + CHUNK);
                n += handle.createUpdate(POINT_REPORTS)
                        .bindArray("report", Long.class, report.subList(from, to))
                        .bindArray("cid", Long.class, cid.subList(from, to))
                        .bindArray("score", Double.class, score.subList(from, to))
                        .bindArray("features", String.class, features.subList(from, to))
                        .bindArray("key", String.class, key.subList(from, to))
                        .execute();
            }
            return n;
        }
    }
}
