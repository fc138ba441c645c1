package org.borderwatch.store.consolidation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.borderwatch.core.consolidation.Consolidation;
import org.borderwatch.core.consolidation.ConsolidationStats;
import org.borderwatch.core.consolidation.Decision;
import org.borderwatch.core.consolidation.DecisionKind;
import org.borderwatch.core.consolidation.PreviousGroup;
import org.borderwatch.core.consolidation.Reconciler;
import org.borderwatch.core.consolidation.Report;
import org.borderwatch.core.fact.FactOrigin;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Consolidated incidents in PostgreSQL: the runs that group reports into them, analysts' merges and
 * splits, and listing. A run and an analyst's change each hold one lock for their whole transaction,
 * so a merge never lands in the middle of a run.
 *
 * <p>The analysts' API, for the CLI and the web:
 * <ul>
 * <li>{@link #merge(long, long, String)}: two consolidated incidents are one. Records SAME decisions
 *     tying all their reports together, supersedes DIFFERENT decisions between them, and keeps one of
 *     the two incidents (an analyst-corrected one if either is).
 * <li>{@link #split(long, String)}: a report is not the incident the others of its group are. Records
 *     DIFFERENT decisions between it and each of them, supersedes SAME decisions between them, and gives
 *     the report an incident of its own.
 * </ul>
 * Both take effect at once (fields reconciled, {@code audit_log} written with the old and new values)
 * and every later run respects them. Bad ids and blank authors are refused with
 * {@link IllegalArgumentException}, naming the problem; nothing is written then.
 */
public final class ConsolidationStore {
    /** The advisory lock every run, merge and split takes ("consolidate" in ASCII, shortened). */
    private static final long LOCK = 0x636f6e736f6c6964L;
    private static final String TAKE_LOCK = "SELECT pg_advisory_xact_lock(?)";
    private static final String PREVIOUS = """
            SELECT id, report_keys, fact_origin, fingerprint FROM consolidated_incident ORDER BY id
            """;
    private static final String GROUP_ROW = """
            SELECT id, fact_origin, incident_type, date_earliest, date_latest, killed_best, injured_best, report_count,
                   report_keys FROM consolidated_incident WHERE id = :id FOR UPDATE
            """;
    private static final String VERSION = "SELECT version FROM consolidated_incident WHERE id = :id FOR UPDATE";
    private static final String DELETE_GROUP = "DELETE FROM consolidated_incident WHERE id = :id";
    private static final String MOVE_REPORTS = """
            UPDATE incident SET consolidated_id = :to, match_score = NULL, match_features = CAST(:features AS jsonb)
            WHERE id = ANY(:ids)
            """;
    private static final String AUDIT = """
            INSERT INTO audit_log (entity, entity_id, action, author, old_value, new_value)
            VALUES (:entity, :id, :action, :author, CAST(:old AS jsonb), CAST(:new AS jsonb))
            """;
    private static final String COUNT_REPORTS = "SELECT count(*), count(consolidated_id) FROM incident";

    private final Jdbi jdbi;
    private final Reconciler reconciler;

    public ConsolidationStore(Jdbi jdbi, Reconciler reconciler) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    /** What a run sees: every report, the live decisions and the consolidated incidents stored now. */
    public record Snapshot(List<Report> reports, List<Decision> decisions, List<PreviousGroup> previous) {
    }

    /**
     * What a run did.
     *
     * @param added          consolidated incidents created
     * @param updated        consolidated incidents rewritten (their reports or reconciled fields changed)
     * @param unchanged      consolidated incidents left as they were
     * @param retired        consolidated incidents deleted because no report belongs to them any more
     * @param reportsWritten reports whose incident or match was written
     */
    public record Applied(ConsolidationStats stats, int groups, int multiReport, int added, int updated, int unchanged,
                          int retired, int reportsWritten) {
    }

    /**
     * Runs consolidation in one transaction: reads the snapshot, lets {@code compute} group it, and writes
     * the groups. Incremental unless {@code full}: only incidents whose reports or fields changed are
     * rewritten; {@code full} rewrites every one (the result is the same).
     *
     * @param status told what the run is doing ("reading reports", "writing")
     */
    public Applied consolidate(Function<Snapshot, Consolidation> compute, boolean full, Consumer<String> status) {
        return jdbi.inTransaction(handle -> {
            lock(handle);
            status.accept("reading reports");
            Map<Long, String> fingerprints = new HashMap<>();
            Snapshot snapshot = snapshot(handle, fingerprints);
            List<Report> reports = snapshot.reports();
            Consolidation result = compute.apply(snapshot);
            checkPartition(result, reports);
            status.accept("writing");
            GroupWriter.Written w = GroupWriter.write(handle, result, fingerprints, full);
            int multi = (int) result.groups().stream().filter(g -> g.members().size() > 1).count();
            return new Applied(result.stats(), result.groups().size(), multi, w.added(), w.updated(), w.unchanged(),
                    w.retired(), w.reportsPointed());
        });
    }

    /** What a run would see now, without running: for a dry run or for scoring reports offline. */
    public Snapshot snapshot() {
        return jdbi.withHandle(h -> snapshot(h, new HashMap<>()));
    }

    private static Snapshot snapshot(Handle handle, Map<Long, String> fingerprints) {
        List<Report> reports = ReportReader.all(handle);
        List<Decision> decisions = DecisionStore.live(handle);
        List<PreviousGroup> previous = handle.createQuery(PREVIOUS).map((rs, ctx) -> {
            fingerprints.put(rs.getLong("id"), rs.getString("fingerprint"));
            String[] keys = (String[]) rs.getArray("report_keys").getArray();
            return new PreviousGroup(rs.getLong("id"), java.util.Set.of(keys),
                    FactOrigin.valueOf(rs.getString("fact_origin")));
        }).list();
        return new Snapshot(reports, decisions, previous);
    }

    /** A run must place every report it read in exactly one group, or nothing is written. */
    private static void checkPartition(Consolidation c, List<Report> reports) {
        Map<Long, Integer> seen = new HashMap<>();
        c.groups().forEach(g -> g.members().forEach(m -> seen.merge(m.reportId(), 1, Integer::sum)));
        for (Report r : reports) {
            if (seen.getOrDefault(r.id(), 0) != 1) {
                throw new IllegalStateException("consolidation placed report " + r.key() + " in "
                        + seen.getOrDefault(r.id(), 0) + " groups; nothing written");
            }
        }
        if (seen.size() != reports.size()) {
            throw new IllegalStateException("consolidation returned reports it was not given; nothing written");
        }
    }

    /** {@link #merge(long, long, String, Optional)} without a note. */
    public long merge(long consolidatedA, long consolidatedB, String author) {
        return merge(consolidatedA, consolidatedB, author, Optional.empty());
    }

    /**
     * Makes two consolidated incidents one and returns the id of the one kept.
     *
     * @throws IllegalArgumentException when either does not exist, they are the same, or the author is blank
     */
    public long merge(long consolidatedA, long consolidatedB, String author, Optional<String> note) {
        return merge(consolidatedA, consolidatedB, author, note, Optional.empty());
    }

    /**
     * {@link #merge(long, long, String, Optional)}, refused with {@link VersionConflict} when
     * {@code consolidatedA} is no longer at the version the analyst saw.
     */
    public long merge(long consolidatedA, long consolidatedB, String author, Optional<String> note,
                      Optional<Integer> seenVersion) {
        requireAuthor(author);
        if (consolidatedA == consolidatedB) {
            throw new IllegalArgumentException("cannot merge consolidated incident " + consolidatedA + " with itself");
        }
        return jdbi.inTransaction(handle -> {
            lock(handle);
            checkVersion(handle, consolidatedA, seenVersion);
            return merge(handle, consolidatedA, consolidatedB, author, note);
        });
    }

    private long merge(Handle handle, long consolidatedA, long consolidatedB, String author, Optional<String> note) {
        Map<String, Object> a = groupRow(handle, consolidatedA);
        Map<String, Object> b = groupRow(handle, consolidatedB);
        boolean bOwned = !"MACHINE".equals(b.get("fact_origin"));
        boolean aOwned = !"MACHINE".equals(a.get("fact_origin"));
        long keep = bOwned && !aOwned ? consolidatedB : consolidatedA;
        long gone = keep == consolidatedA ? consolidatedB : consolidatedA;
        List<Report> kept = ordered(ReportReader.of(handle, List.of(keep)));
        List<Report> moved = ordered(ReportReader.of(handle, List.of(gone)));
        List<Report> all = new ArrayList<>(kept);
        all.addAll(moved);
        if (all.size() < 2) {
            throw new IllegalArgumentException("consolidated incidents " + consolidatedA + " and " + consolidatedB
                    + " hold fewer than two reports between them: nothing to merge");
        }
        String anchor = all.get(0).key();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Long> decisions = DecisionStore.record(handle, anchor, keys(all), DecisionKind.SAME, author, now, note);
        DecisionStore.supersede(handle, DecisionKind.DIFFERENT, keys(kept), keys(moved), decisions.get(0), decisions);
        String why = new Decision(decisions.get(0), anchor, all.get(1).key(), DecisionKind.SAME, author, now,
                note).describe();
        handle.createUpdate(MOVE_REPORTS).bind("to", keep)
                .bind("features", ConsolidationJson.decisionOnly(anchor, why))
                .bindArray("ids", Long.class, moved.stream().map(Report::id).toList()).execute();
        handle.createUpdate(DELETE_GROUP).bind("id", gone).execute();
        rewrite(handle, keep);
        audit(handle, "consolidated_incident", keep, "merge", author,
                Map.of("kept", a.get("id").equals(keep) ? a : b, "merged", a.get("id").equals(keep) ? b : a),
                mapOf("id", keep, "reports", keys(all), "decisions", decisions, "note", note.orElse(null)));
        return keep;
    }

    /** {@link #split(long, String, Optional)} without a note. */
    public long split(long reportId, String author) {
        return split(reportId, author, Optional.empty());
    }

    /**
     * Takes a report out of its consolidated incident into one of its own and returns the new incident's id.
     *
     * @param reportId the report's {@code incident} id
     * @throws IllegalArgumentException when the report does not exist, is not consolidated yet, is the only
     *                                  report of its incident, or the author is blank
     */
    public long split(long reportId, String author, Optional<String> note) {
        requireAuthor(author);
        return jdbi.inTransaction(handle -> {
            lock(handle);
            return split(handle, reportId, author, note);
        });
    }

    /**
     * Moves several reports of consolidated incident {@code from} together into one new incident, in one
     * transaction: each is split from the reports left behind and the moved ones are the same as each
     * other. Returns the new incident's id.
     *
     * @throws IllegalArgumentException when a report is not one of {@code from}'s, none are named, or
     *                                  none would stay
     * @throws VersionConflict          when {@code from} is no longer at the version the analyst saw
     */
    public long split(long from, List<Long> reportIds, String author, Optional<String> note,
                      Optional<Integer> seenVersion) {
        requireAuthor(author);
        List<Long> moving = List.copyOf(new LinkedHashSet<>(reportIds));
        if (moving.isEmpty()) {
            throw new IllegalArgumentException("no reports named to move out of consolidated incident " + from);
        }
        return jdbi.inTransaction(handle -> {
            lock(handle);
            checkVersion(handle, from, seenVersion);
            List<Long> members = ReportReader.of(handle, List.of(from)).stream().map(Report::id).toList();
            for (long r : moving) {
                if (!members.contains(r)) {
                    throw new IllegalArgumentException("report " + r + " is not a report of consolidated incident "
                            + from + " (its reports: " + members.stream().sorted().toList() + ")");
                }
            }
            if (moving.size() >= members.size()) {
                throw new IllegalArgumentException("every report of consolidated incident " + from
                        + " is named: at least one must stay");
            }
            long together = split(handle, moving.get(0), author, note);
            for (long r : moving.subList(1, moving.size())) {
                together = merge(handle, together, split(handle, r, author, note), author, note);
            }
            return together;
        });
    }

    private long split(Handle handle, long reportId, String author, Optional<String> note) {
        Report report = ReportReader.byId(handle, List.of(reportId)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report (incident) with id " + reportId));
        long from = report.consolidatedId().orElseThrow(() -> new IllegalArgumentException("report " + reportId
                + " is not consolidated yet: run 'borderwatch consolidate' first"));
        Map<String, Object> before = groupRow(handle, from);
        List<Report> others = ordered(ReportReader.of(handle, List.of(from))).stream()
                .filter(r -> r.id() != reportId).toList();
        if (others.isEmpty()) {
            throw new IllegalArgumentException("report " + reportId + " is the only report of consolidated incident "
                    + from + ": nothing to split");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Long> decisions = DecisionStore.record(handle, report.key(), keys(others), DecisionKind.DIFFERENT,
                author, now, note);
        DecisionStore.supersede(handle, DecisionKind.SAME, List.of(report.key()), keys(others), decisions.get(0),
                decisions);
        long created = GroupWriter.insert(handle, reconciler.reconcile(List.of(report)), List.of(report));
        handle.createUpdate(MOVE_REPORTS).bind("to", created).bind("features", (String) null)
                .bindArray("ids", Long.class, List.of(reportId)).execute();
        rewrite(handle, from);
        audit(handle, "incident", reportId, "split", author,
                mapOf("consolidated", from, "with", keys(others), "incident", before),
                mapOf("consolidated", created, "decisions", decisions, "note", note.orElse(null)));
        return created;
    }

    private static void checkVersion(Handle handle, long id, Optional<Integer> seen) {
        if (seen.isEmpty()) {
            return;
        }
        int now = handle.createQuery(VERSION).bind("id", id).mapTo(Integer.class).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no consolidated incident with id " + id));
        if (now != seen.get()) {
            throw new VersionConflict(id, seen.get(), now);
        }
    }

    /** Reconciles a consolidated incident from its reports now (fields only while the machine owns them). */
    private void rewrite(Handle handle, long id) {
        List<Report> reports = ordered(ReportReader.of(handle, List.of(id)));
        GroupWriter.rewrite(handle, id, reconciler.reconcile(reports), reports);
    }

    /** The reports with these incident ids, as consolidation sees them (to score two of them for a reviewer). */
    public List<Report> reports(List<Long> incidentIds) {
        return jdbi.withHandle(h -> ReportReader.byId(h, incidentIds));
    }

    public List<StoredConsolidated> list(ConsolidatedQuery query) {
        return jdbi.withHandle(h -> ConsolidatedReader.list(h, query, null));
    }

    public long count(ConsolidatedQuery query) {
        return jdbi.withHandle(h -> ConsolidatedReader.count(h, query, null));
    }

    public Optional<StoredConsolidated> find(long id) {
        return jdbi.withHandle(h -> ConsolidatedReader.list(h, ConsolidatedQuery.all(1), id).stream().findFirst());
    }

    /** {reports stored, reports in a consolidated incident}. */
    public long[] reportCounts() {
        return jdbi.withHandle(h -> h.createQuery(COUNT_REPORTS)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one());
    }

    private static void lock(Handle handle) {
        handle.execute(TAKE_LOCK, LOCK);
    }

    private static Map<String, Object> groupRow(Handle handle, long id) {
        return handle.createQuery(GROUP_ROW).bind("id", id).mapToMap().findOne().map(ConsolidationStore::plain)
                .orElseThrow(() -> new IllegalArgumentException("no consolidated incident with id " + id));
    }

    /** A row as JSON-friendly values: arrays as lists, dates as text. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            Object value = v;
            try {
                if (v instanceof java.sql.Array a) {
                    value = List.of((Object[]) a.getArray());
                } else if (v instanceof java.sql.Date || v instanceof java.time.temporal.Temporal) {
                    value = v.toString();
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            out.put(k, value);
        });
        return out;
    }

    /** A group's reports by key: a stable order for choosing the report decisions are anchored on. */
    private static List<Report> ordered(List<Report> reports) {
        return reports.stream().sorted(Comparator.comparing(Report::key)).toList();
    }

    private static List<String> keys(List<Report> reports) {
        return reports.stream().map(Report::key).toList();
    }

    private static void requireAuthor(String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("an analyst's decision needs an author");
        }
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void audit(Handle handle, String entity, long id, String action, String author, Object old,
                              Object now) {
        handle.createUpdate(AUDIT).bind("entity", entity).bind("id", id).bind("action", action).bind("author", author)
                .bind("old", ConsolidationJson.write(old)).bind("new", ConsolidationJson.write(now)).execute();
    }
}
