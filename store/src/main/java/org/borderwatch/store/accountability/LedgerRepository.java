package org.borderwatch.store.accountability;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.LedgerDecision;
import org.borderwatch.core.accountability.Proposition;
import org.borderwatch.core.accountability.PropositionAssignment;
import org.borderwatch.core.accountability.Stance;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.fact.FactOrigin;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The claim ledger in PostgreSQL: propositions, which statements belong to them, and analysts' link and
 * unlink decisions. Regrouping replaces every statement's place in one transaction from a grouping the
 * caller computes, keeps proposition ids, and drops machine propositions left empty.
 */
public final class LedgerRepository {
    private static final String PROPOSITIONS = "SELECT id, key, label, fact_origin FROM proposition ORDER BY id";
    private static final String DECISIONS = """
            SELECT statement_key, proposition_id, decision, stance FROM ledger_decision ORDER BY decided_at, id
            """;
    private static final String UPSERT_PROPOSITION = """
            INSERT INTO proposition (key, label, fact_origin, created_by) VALUES (:key, :label, CAST(:origin AS fact_origin), :author)
            ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id
            """;
    private static final String INSERT_LINK = """
            INSERT INTO proposition_statement (statement_id, proposition_id, stance, score, fact_origin)
            VALUES (:statement, :proposition, :stance, :score, CAST(:origin AS fact_origin))
            ON CONFLICT (statement_id) DO UPDATE SET proposition_id = excluded.proposition_id, stance = excluded.stance,
                score = excluded.score, fact_origin = excluded.fact_origin
            """;
    private static final String DROP_EMPTY = """
            DELETE FROM proposition p WHERE p.fact_origin = 'MACHINE'
              AND NOT EXISTS (SELECT 1 FROM proposition_statement ps WHERE ps.proposition_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM ledger_decision d WHERE d.proposition_id = p.id)
            """;
    private static final String SUMMARIES = """
            SELECT p.id, p.key, p.label, p.fact_origin,
                   count(ps.statement_id) FILTER (WHERE ps.stance = 'FOR') AS n_for,
                   count(ps.statement_id) FILTER (WHERE ps.stance = 'AGAINST') AS n_against,
                   min(COALESCE(s.date_earliest, d.published_on)) AS first, max(COALESCE(s.date_earliest, d.published_on)) AS last
            FROM proposition p
            LEFT JOIN proposition_statement ps ON ps.proposition_id = p.id
            LEFT JOIN statement s ON s.id = ps.statement_id
            LEFT JOIN document d ON d.id = s.document_id
            GROUP BY p.id
            ORDER BY count(ps.statement_id) DESC, p.id
            LIMIT :limit
            """;
    private static final String POSITIONS = """
            SELECT statement_id, stance, score, fact_origin FROM proposition_statement WHERE proposition_id = :id
            """;
    private static final String STATEMENT_KEY = "SELECT " + StatementFacts.KEY + " AS key FROM statement s "
            + StatementFacts.FIRST_EVIDENCE + " WHERE s.id = :id";
    private static final String CURRENT = "SELECT proposition_id FROM proposition_statement WHERE statement_id = :id";
    private static final String DECIDE = """
            INSERT INTO ledger_decision (statement_key, proposition_id, decision, stance, author, note)
            VALUES (:key, :proposition, :decision, :stance, :author, :note) RETURNING id
            """;

    /** Computes where every statement goes, from the claims, the propositions and the decisions. */
    @FunctionalInterface
    public interface Grouping {
        List<PropositionAssignment> group(List<StatementFact> statements, List<Proposition> propositions,
                                          List<LedgerDecision> decisions);
    }

    /** What a regrouping did. */
    public record Regrouped(int statements, int propositions, int added, int dropped) {
    }

    private final Jdbi jdbi;

    LedgerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Regroups in one transaction (concurrent regroupings wait for each other): loads the statements,
     * propositions and decisions, hands them to the grouping, and stores its answer.
     */
    public Regrouped regroup(Grouping grouping) {
        return jdbi.inTransaction(h -> {
            h.execute("LOCK TABLE proposition_statement IN EXCLUSIVE MODE");
            List<StatementFact> statements = StatementFacts.all(h);
            List<Proposition> propositions = propositions(h);
            List<LedgerDecision> decisions = decisions(h);
            List<PropositionAssignment> assignments = grouping.group(statements, propositions, decisions);
            h.execute("DELETE FROM proposition_statement");
            Map<String, Long> ids = new HashMap<>();
            int before = propositions.size();
            PreparedBatch links = h.prepareBatch(INSERT_LINK);
            for (PropositionAssignment a : assignments) {
                long id = a.propositionId().orElseGet(() -> ids.computeIfAbsent(a.key(), k -> h.createQuery(UPSERT_PROPOSITION)
                        .bind("key", k).bind("label", a.label()).bind("origin", FactOrigin.MACHINE.name()).bind("author", (String) null)
                        .mapTo(Long.class).one()));
                links.bind("statement", a.statementId()).bind("proposition", id).bind("stance", a.stance().name())
                        .bind("score", a.score()).bind("origin", a.origin().name()).add();
            }
            if (links.size() > 0) {
                links.execute();
            }
            int dropped = h.execute(DROP_EMPTY);
            int after = h.createQuery("SELECT count(*) FROM proposition").mapTo(Integer.class).one();
            return new Regrouped(assignments.size(), after, after - before + dropped, dropped);
        });
    }

    private static List<Proposition> propositions(Handle h) {
        return h.createQuery(PROPOSITIONS).map((rs, ctx) -> proposition(rs)).list();
    }

    private static Proposition proposition(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Proposition(rs.getLong("id"), rs.getString("key"), rs.getString("label"),
                FactOrigin.valueOf(rs.getString("fact_origin")));
    }

    private static List<LedgerDecision> decisions(Handle h) {
        return h.createQuery(DECISIONS).map((rs, ctx) -> new LedgerDecision(rs.getString("statement_key"),
                rs.getLong("proposition_id"), rs.getString("decision").equals("LINK"),
                Optional.ofNullable(rs.getString("stance")).map(Stance::valueOf))).list();
    }

    public List<Proposition> propositions() {
        return jdbi.withHandle(LedgerRepository::propositions);
    }

    public Optional<Proposition> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, key, label, fact_origin FROM proposition WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> proposition(rs)).findOne());
    }

    /** The propositions with the most statements first. */
    public List<PropositionSummary> summaries(int limit) {
        return jdbi.withHandle(h -> h.createQuery(SUMMARIES).bind("limit", limit).map((rs, ctx) -> new PropositionSummary(
                proposition(rs),
                rs.getInt("n_for"), rs.getInt("n_against"), Optional.ofNullable(rs.getObject("first", LocalDate.class)),
                Optional.ofNullable(rs.getObject("last", LocalDate.class)))).list());
    }

    /** The statements in a proposition, with their stance, score and origin. */
    public List<StoredPosition> positions(long propositionId) {
        return jdbi.withHandle(h -> {
            Map<Long, Object[]> links = new HashMap<>();
            h.createQuery(POSITIONS).bind("id", propositionId).map((rs, ctx) -> Map.entry(rs.getLong("statement_id"),
                    new Object[] {Stance.valueOf(rs.getString("stance")), rs.getDouble("score"),
                        FactOrigin.valueOf(rs.getString("fact_origin"))})).forEach(e -> links.put(e.getKey(), e.getValue()));
            return StatementFacts.byIds(h, List.copyOf(links.keySet())).stream().map(s -> {
                Object[] l = links.get(s.id());
                return new StoredPosition(s, (Stance) l[0], (double) l[1], (FactOrigin) l[2]);
            }).toList();
        });
    }

    /** An analyst's proposition, empty until statements are linked to it. */
    public long create(String label, String author) {
        String who = Audit.requireAuthor(author);
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a proposition needs a label");
        }
        return jdbi.inTransaction(h -> {
            long id = h.createQuery(UPSERT_PROPOSITION).bind("key", "human:" + label.strip().toLowerCase(java.util.Locale.ROOT))
                    .bind("label", label.strip()).bind("origin", FactOrigin.HUMAN.name()).bind("author", who)
                    .mapTo(Long.class).one();
            Audit.record(h, "proposition", id, "create", who, null, Audit.json("label", label.strip()));
            return id;
        });
    }

    /**
     * Records that the statement belongs to the proposition (with the stance, when the analyst gives one);
     * the next {@link #regroup} puts it there and every later one keeps it there.
     */
    public void link(long statementId, long propositionId, Optional<Stance> stance, String author, Optional<String> note) {
        String who = Audit.requireAuthor(author);
        jdbi.useTransaction(h -> {
            String key = statementKey(h, statementId);
            if (propositions(h).stream().noneMatch(p -> p.id() == propositionId)) {
                throw new IllegalArgumentException("no proposition with id " + propositionId);
            }
            Optional<Long> old = h.createQuery(CURRENT).bind("id", statementId).mapTo(Long.class).findOne();
            decide(h, key, propositionId, "LINK", stance, who, note);
            Audit.record(h, "proposition_statement", statementId, "link", who,
                    old.map(o -> Audit.json("proposition", o)).orElse(null),
                    Audit.json("proposition", propositionId, "stance", stance.map(Enum::name).orElse(null)));
        });
    }

    /**
     * Records that the statement does not belong to the proposition it is in; the next {@link #regroup}
     * takes it out and no later one puts it back. Returns that proposition's id.
     */
    public long unlink(long statementId, String author, Optional<String> note) {
        String who = Audit.requireAuthor(author);
        return jdbi.inTransaction(h -> {
            String key = statementKey(h, statementId);
            long from = h.createQuery(CURRENT).bind("id", statementId).mapTo(Long.class).findOne().orElseThrow(() ->
                    new IllegalArgumentException("statement " + statementId + " is in no proposition"));
            decide(h, key, from, "UNLINK", Optional.empty(), who, note);
            Audit.record(h, "proposition_statement", statementId, "unlink", who, Audit.json("proposition", from), null);
            return from;
        });
    }

    private static void decide(Handle h, String key, long proposition, String decision, Optional<Stance> stance, String author,
                               Optional<String> note) {
        h.createQuery(DECIDE).bind("key", key).bind("proposition", proposition).bind("decision", decision)
                .bind("stance", stance.map(Enum::name).orElse(null)).bind("author", author).bind("note", note.orElse(null))
                .mapTo(Long.class).one();
    }

    private static String statementKey(Handle h, long statementId) {
        return h.createQuery(STATEMENT_KEY).bind("id", statementId).mapTo(String.class).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no statement with id " + statementId));
    }
}
