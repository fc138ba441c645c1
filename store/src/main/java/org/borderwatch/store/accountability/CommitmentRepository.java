package org.borderwatch.store.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.CommitmentDraft;
import org.borderwatch.core.accountability.CommitmentSource;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.accountability.EvidenceRef;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.accountability.StatusChange;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.store.extraction.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Commitments in PostgreSQL: suggestions (idempotent by suggestion key), analysts' confirmations,
 * rejections, edits and entries, and ratings with their evidence. Every analyst change is audited.
 */
public final class CommitmentRepository {
    private static final String INSERT = """
            INSERT INTO commitment (obligor_id, obligor_mention, obligee_id, obligee_mention, owed, start_date, due_date,
                                    review, fact_origin, suggestion_key, rule, created_by)
            VALUES (:obligorId, :obligor, :obligeeId, :obligee, :owed, :start, :due, :review,
                    CAST(:origin AS fact_origin), :key, :rule, :author)
            ON CONFLICT (suggestion_key) DO NOTHING
            RETURNING id
            """;
    private static final String BY_KEY = "SELECT id FROM commitment WHERE suggestion_key = :key";
    private static final String INSERT_SOURCE = """
            INSERT INTO commitment_source (commitment_id, statement_id, statement_key, evidence_id)
            VALUES (:commitment, :statement, :key, :evidence)
            """;
    private static final String INSERT_INCIDENT = """
            INSERT INTO commitment_incident (commitment_id, incident_id)
            SELECT :commitment, id FROM incident WHERE id = :incident ON CONFLICT DO NOTHING
            """;
    private static final String SELECT = """
            SELECT c.id, c.obligor_id, oa.canonical_name AS obligor_actor, c.obligor_mention,
                   c.obligee_id, ea.canonical_name AS obligee_actor, c.obligee_mention, c.owed, c.start_date, c.due_date,
                   c.review, c.fact_origin, c.version
            FROM commitment c
            LEFT JOIN actor oa ON oa.id = c.obligor_id
            LEFT JOIN actor ea ON ea.id = c.obligee_id
            """;
    private static final String SOURCES = """
            SELECT cs.commitment_id, cs.statement_id, cs.statement_key,
            """ + EvidenceCopies.COLUMNS + """
            FROM commitment_source cs LEFT JOIN evidence ev ON ev.id = cs.evidence_id
            WHERE cs.commitment_id = ANY(:ids) ORDER BY cs.id
            """;
    private static final String HISTORY = """
            SELECT commitment_id, id, status, score, effective, author, recorded_at, note
            FROM commitment_status WHERE commitment_id = ANY(:ids) ORDER BY id
            """;
    private static final String STATUS_EVIDENCE = """
            SELECT e.status_id, e.kind, e.ref, e.quote FROM commitment_status_evidence e
            JOIN commitment_status s ON s.id = e.status_id
            WHERE s.commitment_id = ANY(:ids) ORDER BY e.status_id, e.position
            """;
    private static final String INCIDENTS = """
            SELECT commitment_id, incident_id FROM commitment_incident WHERE commitment_id = ANY(:ids) ORDER BY incident_id
            """;
    private static final String INDICATORS = """
            SELECT ci.commitment_id, i.name FROM commitment_indicator ci JOIN indicator i ON i.id = ci.indicator_id
            WHERE ci.commitment_id = ANY(:ids) ORDER BY i.name
            """;
    private static final String INSERT_STATUS = """
            INSERT INTO commitment_status (commitment_id, status, score, effective, author, note)
            VALUES (:commitment, :status, :score, :effective, :author, :note) RETURNING id
            """;
    private static final String INSERT_STATUS_EVIDENCE = """
            INSERT INTO commitment_status_evidence (status_id, position, kind, ref, quote)
            VALUES (:status, :position, :kind, :ref, :quote)
            """;

    /** What suggesting did: how many were new, how many known already, and every suggestion's id by key. */
    public record Suggested(int added, int known, Map<String, Long> ids) {
    }

    /** An analyst's changes to a commitment, each empty to keep the value. */
    public record Edits(Optional<PartyRef> obligor, Optional<PartyRef> obligee, Optional<String> owed,
                        Optional<LocalDate> start, Optional<LocalDate> due) {
        public static Edits none() {
            return new Edits(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final Jdbi jdbi;

    CommitmentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the suggestions not stored before (in one transaction); known and rejected ones stay as they are. */
    public Suggested suggest(List<CommitmentDraft> drafts) {
        return jdbi.inTransaction(h -> {
            Map<String, Long> ids = new LinkedHashMap<>();
            int added = 0;
            for (CommitmentDraft d : drafts) {
                Optional<Long> id = insert(h, d.obligor(), d.obligee(), d.owed(), d.start(), Optional.empty(),
                        ReviewState.SUGGESTED, FactOrigin.MACHINE, d.suggestionKey(), d.rule(), null);
                if (id.isPresent()) {
                    added++;
                    sources(h, id.get(), d.sources());
                    incidents(h, id.get(), d.relatedIncidents());
                    ids.put(d.suggestionKey(), id.get());
                } else {
                    ids.put(d.suggestionKey(), h.createQuery(BY_KEY).bind("key", d.suggestionKey()).mapTo(Long.class).one());
                }
            }
            return new Suggested(added, drafts.size() - added, ids);
        });
    }

    /** An analyst's own commitment, confirmed from the start. */
    public long add(PartyRef obligor, Optional<PartyRef> obligee, String owed, Optional<LocalDate> start,
                    Optional<LocalDate> due, List<Long> statementIds, List<Long> incidentIds, String author) {
        String who = Audit.requireAuthor(author);
        checkDates(start, due);
        return jdbi.inTransaction(h -> {
            List<StatementFact> statements = StatementFacts.byIds(h, statementIds);
            if (statements.size() != statementIds.size()) {
                throw new IllegalArgumentException("no statement with id " + statementIds.stream()
                        .filter(i -> statements.stream().noneMatch(s -> s.id() == i)).findFirst().orElseThrow());
            }
            for (long incident : incidentIds) {
                if (h.createQuery("SELECT count(*) FROM incident WHERE id = :id").bind("id", incident).mapTo(Integer.class).one() == 0) {
                    throw new IllegalArgumentException("no incident report with id " + incident);
                }
            }
            long id = insert(h, Optional.of(obligor), obligee, owed, start, due, ReviewState.CONFIRMED, FactOrigin.HUMAN, null,
                    null, who).orElseThrow();
            sources(h, id, statements);
            incidents(h, id, incidentIds);
            Audit.record(h, "commitment", id, "add", who, null, Audit.json("obligor", obligor.name(), "owed", owed));
            return id;
        });
    }

    private static Optional<Long> insert(Handle h, Optional<PartyRef> obligor, Optional<PartyRef> obligee, String owed,
                                         Optional<LocalDate> start, Optional<LocalDate> due, ReviewState review,
                                         FactOrigin origin, String key, String rule, String author) {
        if (owed == null || owed.isBlank()) {
            throw new IllegalArgumentException("a commitment needs what is owed");
        }
        return h.createQuery(INSERT)
                .bind("obligorId", obligor.flatMap(PartyRef::actorId).orElse(null))
                .bind("obligor", obligor.map(PartyRef::name).orElse(null))
                .bind("obligeeId", obligee.flatMap(PartyRef::actorId).orElse(null))
                .bind("obligee", obligee.map(PartyRef::name).orElse(null))
                .bind("owed", owed.strip()).bind("start", start.orElse(null)).bind("due", due.orElse(null))
                .bind("review", review.name()).bind("origin", origin.name()).bind("key", key).bind("rule", rule)
                .bind("author", author).mapTo(Long.class).findOne();
    }

    private static void sources(Handle h, long id, List<StatementFact> statements) {
        for (StatementFact s : statements) {
            h.createUpdate(INSERT_SOURCE).bind("commitment", id).bind("statement", s.id()).bind("key", s.key())
                    .bind("evidence", EvidenceCopies.insert(h, s.evidence())).execute();
        }
    }

    private static void incidents(Handle h, long id, List<Long> incidents) {
        for (long incident : incidents) {
            h.createUpdate(INSERT_INCIDENT).bind("commitment", id).bind("incident", incident).execute();
        }
    }

    /** Confirms a suggestion (or a rejected one), with the analyst's edits; a confirmed commitment needs an obligor. */
    public void confirm(long id, Edits edits, String author) {
        review(id, ReviewState.CONFIRMED, edits, author, Optional.empty());
    }

    public void reject(long id, String author, Optional<String> note) {
        review(id, ReviewState.REJECTED, Edits.none(), author, note);
    }

    private void review(long id, ReviewState to, Edits edits, String author, Optional<String> note) {
        String who = Audit.requireAuthor(author);
        jdbi.useTransaction(h -> {
            Commitment c = load(h, "WHERE c.id = :id FOR UPDATE OF c", id).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no commitment with id " + id));
            Optional<PartyRef> obligor = edits.obligor().or(c::obligor);
            Optional<PartyRef> obligee = edits.obligee().or(c::obligee);
            String owed = edits.owed().orElse(c.owed());
            Optional<LocalDate> start = edits.start().or(c::start);
            Optional<LocalDate> due = edits.due().or(c::due);
            checkDates(start, due);
            if (to == ReviewState.CONFIRMED && obligor.isEmpty()) {
                throw new IllegalArgumentException("commitment " + id + " has no obligor: name one (--obligor) to confirm it");
            }
            if (owed.isBlank()) {
                throw new IllegalArgumentException("a commitment needs what is owed");
            }
            boolean edited = !obligor.equals(c.obligor()) || !obligee.equals(c.obligee()) || !owed.equals(c.owed())
                    || !start.equals(c.start()) || !due.equals(c.due());
            h.createUpdate("""
                    UPDATE commitment SET obligor_id = :obligorId, obligor_mention = :obligor, obligee_id = :obligeeId,
                        obligee_mention = :obligee, owed = :owed, start_date = :start, due_date = :due, review = :review,
                        fact_origin = CASE WHEN fact_origin = 'MACHINE' AND :edited THEN 'CORRECTED' ELSE fact_origin END,
                        updated_at = now(), version = version + 1
                    WHERE id = :id""")
                    .bind("obligorId", obligor.flatMap(PartyRef::actorId).orElse(null))
                    .bind("obligor", obligor.map(PartyRef::name).orElse(null))
                    .bind("obligeeId", obligee.flatMap(PartyRef::actorId).orElse(null))
                    .bind("obligee", obligee.map(PartyRef::name).orElse(null))
                    .bind("owed", owed.strip()).bind("start", start.orElse(null)).bind("due", due.orElse(null))
                    .bind("review", to.name()).bind("edited", edited).bind("id", id).execute();
            Audit.record(h, "commitment", id, to == ReviewState.CONFIRMED ? "confirm" : "reject", who,
                    Audit.json("review", c.review().name(), "obligor", c.obligor().map(PartyRef::name).orElse(null),
                            "obligee", c.obligee().map(PartyRef::name).orElse(null), "owed", c.owed()),
                    Audit.json("review", to.name(), "obligor", obligor.map(PartyRef::name).orElse(null),
                            "obligee", obligee.map(PartyRef::name).orElse(null), "owed", owed, "note", note.orElse(null)));
        });
    }

    private static void checkDates(Optional<LocalDate> start, Optional<LocalDate> due) {
        if (start.isPresent() && due.isPresent() && due.get().isBefore(start.get())) {
            throw new IllegalArgumentException("the due date " + due.get() + " is before the start " + start.get());
        }
    }

    /**
     * Rates a confirmed commitment from a day on. Document spans are cut from the stored text (so a span
     * that does not fit is refused); statements, incidents and indicators named must exist.
     */
    public long rate(long id, CommitmentStatus status, Optional<Integer> score, LocalDate effective,
                     List<EvidenceRef> evidence, String author, Optional<String> note) {
        String who = Audit.requireAuthor(author);
        score.ifPresent(StatusChange::checkScore);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a rating needs at least one piece of evidence (--evidence)");
        }
        return jdbi.inTransaction(h -> {
            Commitment c = load(h, "WHERE c.id = :id FOR UPDATE OF c", id).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no commitment with id " + id));
            if (c.review() != ReviewState.CONFIRMED) {
                throw new IllegalArgumentException("commitment " + id + " is " + c.review().name().toLowerCase(java.util.Locale.ROOT)
                        + ": confirm it before rating it");
            }
            long statusId = h.createQuery(INSERT_STATUS).bind("commitment", id).bind("status", status.name())
                    .bind("score", score.orElse(null)).bind("effective", effective).bind("author", who)
                    .bind("note", note.orElse(null)).mapTo(Long.class).one();
            for (int i = 0; i < evidence.size(); i++) {
                EvidenceRef e = checked(h, evidence.get(i));
                h.createUpdate(INSERT_STATUS_EVIDENCE).bind("status", statusId).bind("position", i)
                        .bind("kind", e.kind().name()).bind("ref", e.ref()).bind("quote", e.quote().orElse(null)).execute();
            }
            Audit.record(h, "commitment", id, "rate", who, Audit.json("status", c.status().name()),
                    Audit.json("status", status.name(), "score", score.orElse(null), "effective", effective));
            h.createUpdate("UPDATE commitment SET updated_at = now(), version = version + 1 WHERE id = :id").bind("id", id).execute();
            return statusId;
        });
    }

    private static EvidenceRef checked(Handle h, EvidenceRef e) {
        switch (e.kind()) {
            case DOCUMENT -> {
                long doc = e.documentId().orElseThrow();
                Optional<int[]> span = e.span();
                if (span.isPresent()) {
                    return e.withQuote(EvidenceCopies.quote(h, doc, span.get()[0], span.get()[1]));
                }
                exists(h, "document", doc, "no document with id " + doc);
            }
            case STATEMENT -> exists(h, "statement", Long.parseLong(e.ref()), "no statement with id " + e.ref());
            case INCIDENT -> {
                IncidentRef ref = IncidentRef.parse(e.ref());
                exists(h, ref.kind() == IncidentRef.Kind.CONSOLIDATED ? "consolidated_incident" : "incident", ref.id(),
                        "no incident " + ref.label());
                return new EvidenceRef(e.kind(), ref.label(), e.quote());
            }
            case INDICATOR -> {
                if (h.createQuery("SELECT count(*) FROM indicator WHERE name = :n").bind("n", e.ref()).mapTo(Integer.class).one() == 0) {
                    throw new IllegalArgumentException("no indicator named " + e.ref());
                }
            }
            default -> { }
        }
        return e;
    }

    private static void exists(Handle h, String table, long id, String message) {
        if (h.createQuery("SELECT count(*) FROM " + table + " WHERE id = :id").bind("id", id).mapTo(Integer.class).one() == 0) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Ties a stored indicator to the commitment, to be shown and evaluated with it. */
    public void attach(long id, String indicator, String author) {
        String who = Audit.requireAuthor(author);
        jdbi.useTransaction(h -> {
            exists(h, "commitment", id, "no commitment with id " + id);
            long indicatorId = h.createQuery("SELECT id FROM indicator WHERE name = :n").bind("n", indicator).mapTo(Long.class)
                    .findOne().orElseThrow(() -> new IllegalArgumentException("no indicator named " + indicator));
            h.createUpdate("INSERT INTO commitment_indicator VALUES (:c, :i) ON CONFLICT DO NOTHING").bind("c", id)
                    .bind("i", indicatorId).execute();
            Audit.record(h, "commitment", id, "attach_indicator", who, null, Audit.json("indicator", indicator));
        });
    }

    public Optional<Commitment> find(long id) {
        return jdbi.withHandle(h -> load(h, "WHERE c.id = :id", id).stream().findFirst());
    }

    /** Commitments in this review state (all when empty), in id order. */
    public List<Commitment> list(Optional<ReviewState> review) {
        return jdbi.withHandle(h -> load(h, review.map(r -> "WHERE c.review = '" + r.name() + "'").orElse(""), 0));
    }

    private static List<Commitment> load(Handle h, String where, long id) {
        String sql = SELECT + where + (where.contains("FOR UPDATE") ? "" : " ORDER BY c.id");
        var query = h.createQuery(sql);
        if (where.contains(":id")) {
            query.bind("id", id);
        }
        List<Commitment> bare = query.map((rs, ctx) -> row(rs)).list();
        List<Long> ids = bare.stream().map(Commitment::id).toList();
        Map<Long, List<CommitmentSource>> sources = Columns.children(h, SOURCES, ids, rs -> new CommitmentSource(
                Optional.ofNullable(rs.getObject("statement_id", Long.class)), rs.getString("statement_key"), Columns.evidence(rs)));
        Map<Long, List<EvidenceRef>> evidence = Columns.children(h, STATUS_EVIDENCE, ids, rs -> new EvidenceRef(
                EvidenceRef.Kind.valueOf(rs.getString("kind")), rs.getString("ref"), Optional.ofNullable(rs.getString("quote"))));
        Map<Long, List<StatusChange>> history = Columns.children(h, HISTORY, ids, rs -> new StatusChange(rs.getLong("id"),
                CommitmentStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getObject("score", Integer.class)),
                rs.getObject("effective", LocalDate.class), rs.getString("author"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), Optional.ofNullable(rs.getString("note")),
                evidence.getOrDefault(rs.getLong("id"), List.of())));
        Map<Long, List<Long>> incidents = Columns.children(h, INCIDENTS, ids, rs -> rs.getLong("incident_id"));
        Map<Long, List<String>> indicators = Columns.children(h, INDICATORS, ids, rs -> rs.getString("name"));
        List<Commitment> out = new ArrayList<>();
        for (Commitment c : bare) {
            out.add(new Commitment(c.id(), c.obligor(), c.obligee(), c.owed(), c.start(), c.due(), c.review(), c.origin(),
                    sources.getOrDefault(c.id(), List.of()), history.getOrDefault(c.id(), List.of()),
                    incidents.getOrDefault(c.id(), List.of()), indicators.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    private static Commitment row(ResultSet rs) throws SQLException {
        return new Commitment(rs.getLong("id"), StatementFacts.party(rs, "obligor_id", "obligor_actor", "obligor_mention"),
                StatementFacts.party(rs, "obligee_id", "obligee_actor", "obligee_mention"), rs.getString("owed"),
                Optional.ofNullable(rs.getObject("start_date", LocalDate.class)),
                Optional.ofNullable(rs.getObject("due_date", LocalDate.class)), ReviewState.valueOf(rs.getString("review")),
                FactOrigin.valueOf(rs.getString("fact_origin")), List.of(), List.of(), List.of(), List.of());
    }
}
