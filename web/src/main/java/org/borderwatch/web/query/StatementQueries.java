package org.borderwatch.web.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.web.Problem;
import org.borderwatch.web.query.Views.DocRef;
import org.borderwatch.web.query.Views.EvidenceRef;
import org.borderwatch.web.query.Views.Page;
import org.jdbi.v3.core.Jdbi;

/** Statements: who said what to whom, with the quote, the document and the evidence. */
public final class StatementQueries {
    public static final List<String> SORTS = List.of("-date", "date");
    public static final List<Param> PARAMS = List.of(
            Param.oneOf("type", "Statement type.", Params.lower(List.of(StatementType.values()))),
            Param.string("speaker", "Speaker: registry actor id, name or alias, or the words naming it."),
            Param.string("addressee", "Addressee, likewise."),
            Param.string("actor", "Speaker or addressee, likewise."),
            Param.string("proposition", "The normalised proposition, exactly (as the claim ledger lists it)."),
            Param.date("from", "Statements on or after (their date, else the document's)."),
            Param.date("to", "Statements on or before."),
            Param.string("q", "Full-text query over the statements' documents."),
            Param.integer("document", "Only statements read from this document."),
            Param.oneOf("status", "Review status; default: all but rejected.", IncidentFilter.STATUSES),
            Param.oneOf("sort", "Order (default -date).", SORTS),
            Param.integer("limit", "Page size, 1 to 500 (default 50)."),
            Param.integer("offset", "Items to skip."));

    /**
     * @param stance "for" when the speaker asserts the proposition, "against" when it denies it (a
     *               negated claim or a denial; a negated denial is for): as the claim ledger sorts statements
     */
    public record StatementView(long id, String type, String speaker, Long speakerId, String speakerRole,
                                String addressee, Long addresseeId, String addresseeRole, String proposition,
                                String quote, String date, String datePrecision, boolean negated, String condition,
                                String voice, String stance, DocRef document, List<EvidenceRef> evidence,
                                List<String> incidents, String origin, String reviewStatus, int version,
                                String reviewedBy) {
    }

    private static final String SELECT = """
            SELECT s.id, s.statement_type, COALESCE(sa.canonical_name, s.speaker_mention) AS speaker, s.speaker_id,
                   s.speaker_role, COALESCE(aa.canonical_name, s.addressee_mention) AS addressee, s.addressee_id,
                   s.addressee_role, s.proposition, s.quote,
                   COALESCE(s.date_earliest, d.published_on) AS date_earliest,
                   CASE WHEN s.date_earliest IS NULL THEN d.published_on ELSE s.date_latest END AS date_latest,
                   s.date_precision, s.negated, s.condition_text, s.voice, s.fact_origin, s.review_status, s.version,
                   s.reviewed_by, d.id AS doc_id, d.title AS doc_title, d.published_on AS doc_published,
                   d.publisher AS doc_publisher
            FROM statement s JOIN document d ON d.id = s.document_id
            LEFT JOIN actor sa ON sa.id = s.speaker_id LEFT JOIN actor aa ON aa.id = s.addressee_id
            """;
    private static final String EVIDENCE = """
            SELECT se.statement_id, e.id AS ev_id, e.document_id AS ev_document, e.span_start AS ev_start,
                   e.span_end AS ev_end, e.sentence AS ev_sentence, e.quote AS ev_quote
            FROM statement_evidence se JOIN evidence e ON e.id = se.evidence_id
            WHERE se.statement_id = ANY(:ids) ORDER BY e.span_start
            """;
    private static final String INCIDENTS = """
            SELECT si.statement_id, %s AS key FROM statement_incident si JOIN incident r ON r.id = si.incident_id
            WHERE si.statement_id = ANY(:ids) ORDER BY r.id
            """.formatted(IncidentQueries.REPORT_KEY);

    private final Jdbi jdbi;

    public StatementQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<StatementView> list(Params p) {
        Sql where = new Sql();
        p.oneOf("type", Params.lower(List.of(StatementType.values())))
                .ifPresent(t -> where.and("s.statement_type = :type", "type", t.toUpperCase(Locale.ROOT)));
        p.text("speaker").ifPresent(a -> where.and(ActorQueries.matches("s.speaker_id", "s.speaker_mention")
                .replace(":actor", ":speaker"), "speaker", ActorQueries.bindable(a)));
        p.text("addressee").ifPresent(a -> where.and(ActorQueries.matches("s.addressee_id", "s.addressee_mention")
                .replace(":actor", ":addressee"), "addressee", ActorQueries.bindable(a)));
        p.text("actor").ifPresent(a -> where.and("(" + ActorQueries.matches("s.speaker_id", "s.speaker_mention")
                + " OR " + ActorQueries.matches("s.addressee_id", "s.addressee_mention") + ")", "actor", ActorQueries.bindable(a)));
        p.text("proposition").ifPresent(v -> where.and("s.proposition = :proposition", "proposition", v));
        Optional<LocalDate> from = p.date("from", false);
        Optional<LocalDate> to = p.date("to", true);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw Problem.badParameter("to", "is before from (" + from.get() + ")");
        }
        from.ifPresent(d -> where.and("COALESCE(s.date_latest, s.date_earliest, d.published_on) >= :from", "from", d));
        to.ifPresent(d -> where.and("COALESCE(s.date_earliest, d.published_on) <= :to", "to", d));
        p.text("q").ifPresent(q -> where.and("d.search @@ websearch_to_tsquery('english', :q)", "q", q));
        p.optionalLong("document", 1, Long.MAX_VALUE).ifPresent(d -> where.and("s.document_id = :document", "document", d));
        String status = p.oneOf("status", IncidentFilter.STATUSES).orElse(null);
        if (status == null) {
            where.and("s.review_status <> 'REJECTED'");
        } else if (!status.equals("all")) {
            where.and("s.review_status = CAST(:status AS review_status)", "status", status.toUpperCase(Locale.ROOT));
        }
        String order = p.oneOf("sort", SORTS).orElse("-date").equals("date")
                ? "ORDER BY COALESCE(s.date_earliest, d.published_on) ASC NULLS LAST, s.id"
                : "ORDER BY COALESCE(s.date_earliest, d.published_on) DESC NULLS LAST, s.id DESC";
        int limit = p.integer("limit", 1, 500, 50);
        int offset = p.integer("offset", 0, 10_000_000, 0);
        return jdbi.withHandle(h -> {
            long total = where.bind(h.createQuery("SELECT count(*) FROM statement s JOIN document d ON d.id = s.document_id "
                    + where.where())).mapTo(Long.class).one();
            List<StatementView> rows = where.bind(h.createQuery(SELECT + where.where() + order + " LIMIT :limit OFFSET :offset"))
                    .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> row(rs)).list();
            return new Page<>(total, limit, offset, withChildren(h, rows));
        });
    }

    public Optional<StatementView> find(long id) {
        return jdbi.withHandle(h -> withChildren(h, h.createQuery(SELECT + "WHERE s.id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs)).list()).stream().findFirst());
    }

    private static List<StatementView> withChildren(org.jdbi.v3.core.Handle h, List<StatementView> rows) {
        List<Long> ids = rows.stream().map(StatementView::id).toList();
        Map<Long, List<EvidenceRef>> evidence = ReportQueries.children(h, EVIDENCE, ids, Rows::evidence);
        Map<Long, List<String>> incidents = ReportQueries.children(h, INCIDENTS, ids, rs -> rs.getString("key"));
        return rows.stream().map(s -> new StatementView(s.id(), s.type(), s.speaker(), s.speakerId(), s.speakerRole(),
                s.addressee(), s.addresseeId(), s.addresseeRole(), s.proposition(), s.quote(), s.date(), s.datePrecision(),
                s.negated(), s.condition(), s.voice(), s.stance(), s.document(), evidence.getOrDefault(s.id(), List.of()),
                incidents.getOrDefault(s.id(), List.of()).stream().distinct().toList(), s.origin(), s.reviewStatus(),
                s.version(), s.reviewedBy())).toList();
    }

    private static StatementView row(ResultSet rs) throws SQLException {
        FuzzyDate date = Rows.date(rs);
        String type = rs.getString("statement_type");
        boolean negated = rs.getBoolean("negated");
        String stance = Rows.lower(org.borderwatch.accountability.ledger.PropositionGrouper.stance(
                org.borderwatch.core.statement.StatementType.valueOf(type), negated).name());
        return new StatementView(rs.getLong("id"), Rows.lower(type), rs.getString("speaker"),
                rs.getObject("speaker_id", Long.class), rs.getString("speaker_role"), rs.getString("addressee"),
                rs.getObject("addressee_id", Long.class), rs.getString("addressee_role"), rs.getString("proposition"),
                rs.getString("quote"), Rows.iso(date), Rows.precision(date), negated, rs.getString("condition_text"),
                Rows.lower(rs.getString("voice")), stance, Rows.document(rs), List.of(), List.of(),
                Rows.lower(rs.getString("fact_origin")), Rows.lower(rs.getString("review_status")), rs.getInt("version"),
                rs.getString("reviewed_by"));
    }
}
