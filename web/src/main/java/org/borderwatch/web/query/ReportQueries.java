package org.borderwatch.web.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.web.query.IncidentQueries.Key;
import org.borderwatch.web.query.Views.AuditEntry;
import org.borderwatch.web.query.Views.ConsolidationView;
import org.borderwatch.web.query.Views.DecisionRef;
import org.borderwatch.web.query.Views.EvidenceRef;
import org.borderwatch.web.query.Views.IncidentDetail;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.PerpetratorRef;
import org.borderwatch.web.query.Views.ReportView;
import org.borderwatch.web.query.Views.StatementRef;
import org.borderwatch.web.query.Views.VictimRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The reports of an incident with everything they say, their evidence, and the statements about them. */
public final class ReportQueries {
    private static final String REPORTS = """
            SELECT r.id, r.report_key, r.incident_type, r.date_earliest, r.date_latest, r.date_precision,
                   r.killed_low, r.killed_best, r.killed_high, r.injured_low, r.injured_best, r.injured_high,
                   r.captured_low, r.captured_best, r.captured_high, r.place_precision,
                   r.source_dataset, r.source_record, r.match_score, CAST(r.match_features AS text) AS match_features,
                   r.fact_origin, r.review_status, r.version, r.reviewed_by, r.reviewed_at,
                   d.id AS doc_id, d.title AS doc_title, d.published_on AS doc_published, d.publisher AS doc_publisher,
                   %s
            FROM incident r
            LEFT JOIN document d ON d.id = COALESCE(r.document_id,
                    (SELECT min(ir.document_id) FROM incident_report ir WHERE ir.incident_id = r.id))
            LEFT JOIN place pl ON pl.id = r.place_id
            """.formatted(Rows.PLACE_COLUMNS);
    private static final String PERPETRATORS = """
            SELECT p.incident_id, p.actor_id, %s AS name, p.mention, p.attribution,
                   COALESCE(p.attributed_by_mention, ab.canonical_name) AS attributed_by
            FROM incident_perpetrator p LEFT JOIN actor a ON a.id = p.actor_id LEFT JOIN actor ab ON ab.id = p.attributed_by
            WHERE p.incident_id = ANY(:ids) ORDER BY p.id
            """.formatted(IncidentQueries.PERPETRATOR_NAME);
    private static final String VICTIMS = """
            SELECT incident_id, category, nationality, killed_low, killed AS killed_best, killed_high,
                   injured_low, injured AS injured_best, injured_high,
                   captured_low, captured AS captured_best, captured_high
            FROM incident_victim WHERE incident_id = ANY(:ids) ORDER BY id
            """;
    private static final String EVIDENCE = """
            SELECT ie.incident_id, e.id AS ev_id, e.document_id AS ev_document, e.span_start AS ev_start,
                   e.span_end AS ev_end, e.sentence AS ev_sentence, e.quote AS ev_quote
            FROM incident_evidence ie JOIN evidence e ON e.id = ie.evidence_id
            WHERE ie.incident_id = ANY(:ids) ORDER BY e.span_start, e.id
            """;
    private static final String PLACE_MENTIONS =
            "SELECT incident_id, mention FROM incident_place_mention WHERE incident_id = ANY(:ids) ORDER BY id";
    private static final String STATEMENTS = """
            SELECT DISTINCT s.id, s.statement_type, COALESCE(sa.canonical_name, s.speaker_mention) AS speaker,
                   COALESCE(aa.canonical_name, s.addressee_mention) AS addressee, s.quote, s.date_earliest,
                   s.date_latest, s.date_precision, s.document_id
            FROM statement_incident si JOIN statement s ON s.id = si.statement_id
            LEFT JOIN actor sa ON sa.id = s.speaker_id LEFT JOIN actor aa ON aa.id = s.addressee_id
            WHERE si.incident_id = ANY(:ids) AND s.review_status <> 'REJECTED'
            ORDER BY s.id
            """;
    private static final String HISTORY = """
            SELECT entity, entity_id, action, author, at, CAST(old_value AS text) AS old_value,
                   CAST(new_value AS text) AS new_value
            FROM audit_log
            WHERE (entity = 'incident' AND entity_id = ANY(:reports)) OR (entity = 'consolidated_incident' AND entity_id = :cid)
            ORDER BY at DESC, id DESC LIMIT 200
            """;

    private static final String CONSOLIDATION = """
            SELECT CAST(reconciliation AS text) AS reconciliation, CAST(notes AS text) AS notes, report_keys
            FROM consolidated_incident WHERE id = :id
            """;
    private static final String DECISIONS = """
            SELECT id, report_a, report_b, decision, author, decided_at, note, superseded_by IS NULL AS live
            FROM consolidation_decision WHERE report_a = ANY(:keys) OR report_b = ANY(:keys)
            ORDER BY decided_at DESC, id DESC LIMIT 200
            """;

    private final Jdbi jdbi;

    public ReportQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<IncidentDetail> incident(String id) {
        return new IncidentQueries(jdbi).find(id).map(summary -> jdbi.withHandle(h -> detail(h, summary)));
    }

    public Optional<ReportView> report(long id) {
        return jdbi.withHandle(h -> reports(h, "WHERE r.id = :id", Map.of("id", id)).stream().findFirst());
    }

    private static IncidentDetail detail(Handle h, IncidentSummary summary) {
        Key key = Key.parse(summary.id()).orElseThrow();
        List<ReportView> reports = key.consolidated()
                ? reports(h, "WHERE r.consolidated_id = :id", Map.of("id", key.id()))
                : reports(h, "WHERE r.id = :id", Map.of("id", key.id()));
        List<Long> ids = reports.stream().map(ReportView::id).toList();
        List<StatementRef> statements = h.createQuery(STATEMENTS).bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> {
                    FuzzyDate d = Rows.date(rs);
                    return new StatementRef(rs.getLong("id"), Rows.lower(rs.getString("statement_type")),
                            rs.getString("speaker"), rs.getString("addressee"), rs.getString("quote"), Rows.iso(d),
                            rs.getLong("document_id"));
                }).list();
        List<AuditEntry> history = h.createQuery(HISTORY).bindArray("reports", Long.class, ids)
                .bind("cid", key.consolidated() ? key.id() : -1)
                .map((rs, ctx) -> audit(rs)).list();
        return new IncidentDetail(summary, reports, statements, history,
                key.consolidated() ? consolidation(h, key.id(), reports) : null);
    }

    private static ConsolidationView consolidation(Handle h, long id, List<ReportView> reports) {
        return h.createQuery(CONSOLIDATION).bind("id", id).map((rs, ctx) -> {
            List<String> keys = new ArrayList<>(List.of((String[]) rs.getArray("report_keys").getArray()));
            reports.stream().map(ReportView::reportKey).filter(k -> k != null && !keys.contains(k)).forEach(keys::add);
            List<DecisionRef> decisions = h.createQuery(DECISIONS).bindArray("keys", String.class, keys)
                    .map((d, c) -> new DecisionRef(d.getLong("id"), d.getString("report_a"), d.getString("report_b"),
                            Rows.lower(d.getString("decision")), d.getString("author"),
                            d.getObject("decided_at", java.time.OffsetDateTime.class), d.getString("note"),
                            d.getBoolean("live"))).list();
            return new ConsolidationView(Rows.json(rs, "reconciliation"), Rows.json(rs, "notes"), decisions);
        }).findOne().orElse(null);
    }

    static AuditEntry audit(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("entity"), rs.getLong("entity_id"), rs.getString("action"),
                rs.getString("author"), rs.getObject("at", java.time.OffsetDateTime.class), Rows.json(rs, "old_value"),
                Rows.json(rs, "new_value"));
    }

    private static List<ReportView> reports(Handle h, String where, Map<String, Object> binds) {
        var q = h.createQuery(REPORTS + where + " ORDER BY d.published_on NULLS LAST, r.id");
        binds.forEach(q::bind);
        List<ReportView> rows = q.map((rs, ctx) -> row(rs)).list();
        List<Long> ids = rows.stream().map(ReportView::id).toList();
        Map<Long, List<PerpetratorRef>> perpetrators = children(h, PERPETRATORS, ids, rs -> new PerpetratorRef(
                rs.getString("name"), rs.getObject("actor_id", Long.class), rs.getString("mention"),
                Rows.lower(rs.getString("attribution")), rs.getString("attributed_by")));
        Map<Long, List<VictimRef>> victims = children(h, VICTIMS, ids, rs -> new VictimRef(rs.getString("category"),
                rs.getString("nationality"), Rows.estimate(rs, "killed"), Rows.estimate(rs, "injured"),
                Rows.estimate(rs, "captured")));
        Map<Long, List<EvidenceRef>> evidence = children(h, EVIDENCE, ids, Rows::evidence);
        Map<Long, List<String>> mentions = children(h, PLACE_MENTIONS, ids, rs -> rs.getString("mention"));
        List<ReportView> out = new ArrayList<>();
        for (ReportView r : rows) {
            out.add(new ReportView(r.id(), r.reportKey(), r.type(), r.date(), r.datePrecision(), r.place(),
                    mentions.getOrDefault(r.id(), List.of()), r.killed(), r.injured(), r.captured(),
                    perpetrators.getOrDefault(r.id(), List.of()), victims.getOrDefault(r.id(), List.of()),
                    r.document(), r.sourceRecord(), evidence.getOrDefault(r.id(), List.of()), r.matchScore(),
                    r.matchFeatures(), r.origin(), r.reviewStatus(), r.version(), r.reviewedBy(), r.reviewedAt()));
        }
        return out;
    }

    private static ReportView row(ResultSet rs) throws SQLException {
        FuzzyDate date = Rows.date(rs);
        String dataset = rs.getString("source_dataset");
        return new ReportView(rs.getLong("id"), rs.getString("report_key"), Rows.lower(rs.getString("incident_type")),
                Rows.iso(date), Rows.precision(date), Rows.place(rs, rs.getString("place_precision")), List.of(),
                Rows.estimate(rs, "killed"), Rows.estimate(rs, "injured"), Rows.estimate(rs, "captured"), List.of(),
                List.of(), Rows.document(rs), dataset == null ? null : dataset + ":" + rs.getString("source_record"),
                List.of(), rs.getObject("match_score", Double.class), Rows.json(rs, "match_features"),
                Rows.lower(rs.getString("fact_origin")), Rows.lower(rs.getString("review_status")), rs.getInt("version"),
                rs.getString("reviewed_by"), rs.getObject("reviewed_at", java.time.OffsetDateTime.class));
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Rows of a child table keyed by its first column, in query order. */
    static <T> Map<Long, List<T>> children(Handle h, String sql, List<Long> ids, RowReader<T> reader) {
        Map<Long, List<T>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        h.createQuery(sql).bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), reader.read(rs)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }
}
