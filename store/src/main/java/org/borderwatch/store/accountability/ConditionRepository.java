package org.borderwatch.store.accountability;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.core.accountability.ConditionDraft;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.store.extraction.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Conditions: defined by analysts, or suggested from statements (idempotent by suggestion key). */
public final class ConditionRepository {
    private static final String SELECT = """
            SELECT c.id, c.name, c.measure, c.rule, c.review, c.fact_origin, c.statement_id,
            """ + EvidenceCopies.COLUMNS + """
            FROM measure_condition c LEFT JOIN evidence ev ON ev.id = c.evidence_id
            """;
    private static final String INSERT = """
            INSERT INTO measure_condition (name, measure, rule, review, fact_origin, suggestion_key, statement_id,
                                           statement_key, evidence_id, created_by)
            VALUES (:name, :measure, :rule, :review, CAST(:origin AS fact_origin), :key, :statement, :statementKey,
                    :evidence, :author)
            ON CONFLICT (suggestion_key) DO NOTHING
            RETURNING id
            """;

    private final Jdbi jdbi;

    ConditionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** An analyst's condition, confirmed; the caller has checked the rule parses and names what exists. */
    public long define(String name, String measure, String rule, String author) {
        String who = Audit.requireAuthor(author);
        checkName(name);
        return jdbi.inTransaction(h -> {
            if (find(h, name).isPresent()) {
                throw new IllegalArgumentException("a condition named " + name + " exists already");
            }
            long id = h.createQuery(INSERT).bind("name", name).bind("measure", measure).bind("rule", rule)
                    .bind("review", ReviewState.CONFIRMED.name()).bind("origin", FactOrigin.HUMAN.name()).bind("key", (String) null)
                    .bind("statement", (Long) null).bind("statementKey", (String) null).bind("evidence", (Long) null)
                    .bind("author", who).mapTo(Long.class).one();
            Audit.record(h, "condition", id, "define", who, null, Audit.json("measure", measure, "rule", rule));
            return id;
        });
    }

    /**
     * Stores a suggested condition under a free name made from its measure, unless its suggestion is
     * stored already. Returns whether it was new.
     */
    public boolean suggest(ConditionDraft draft, String rule) {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT count(*) FROM measure_condition WHERE suggestion_key = :k").bind("k", draft.suggestionKey())
                    .mapTo(Integer.class).one() > 0) {
                return false;
            }
            String name = freeName(h, slug(draft.measure()));
            return h.createQuery(INSERT).bind("name", name).bind("measure", draft.measure()).bind("rule", rule)
                    .bind("review", ReviewState.SUGGESTED.name()).bind("origin", FactOrigin.MACHINE.name())
                    .bind("key", draft.suggestionKey()).bind("statement", draft.source().id())
                    .bind("statementKey", draft.source().key())
                    .bind("evidence", EvidenceCopies.insert(h, draft.source().evidence())).bind("author", (String) null)
                    .mapTo(Long.class).findOne().isPresent();
        });
    }

    /** Confirms or rejects a condition, optionally with a new rule (checked by the caller). */
    public void review(String name, ReviewState to, Optional<String> rule, String author) {
        String who = Audit.requireAuthor(author);
        jdbi.useTransaction(h -> {
            StoredCondition c = find(h, name).orElseThrow(() -> new IllegalArgumentException("no condition named " + name));
            h.createUpdate("""
                    UPDATE measure_condition SET review = :review, rule = :rule, updated_at = now(), version = version + 1,
                        fact_origin = CASE WHEN fact_origin = 'MACHINE' AND :edited THEN 'CORRECTED' ELSE fact_origin END
                    WHERE id = :id""")
                    .bind("review", to.name()).bind("rule", rule.orElse(c.rule()))
                    .bind("edited", rule.isPresent() && !rule.get().equals(c.rule())).bind("id", c.id()).execute();
            Audit.record(h, "condition", c.id(), to.name().toLowerCase(Locale.ROOT), who,
                    Audit.json("review", c.review().name(), "rule", c.rule()),
                    Audit.json("review", to.name(), "rule", rule.orElse(c.rule())));
        });
    }

    public Optional<StoredCondition> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    private static Optional<StoredCondition> find(Handle h, String name) {
        return h.createQuery(SELECT + " WHERE c.name = :name").bind("name", name).map((rs, ctx) -> row(rs)).findOne();
    }

    public List<StoredCondition> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY c.id").map((rs, ctx) -> row(rs)).list());
    }

    private static StoredCondition row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredCondition(rs.getLong("id"), rs.getString("name"), rs.getString("measure"), rs.getString("rule"),
                ReviewState.valueOf(rs.getString("review")), FactOrigin.valueOf(rs.getString("fact_origin")),
                Optional.ofNullable(rs.getObject("statement_id", Long.class)), Columns.evidence(rs));
    }

    static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("a condition name is a letter followed by letters, digits, '-' or '_', was '"
                    + name + "'");
        }
    }

    /** "investments are made" → "investments-are-made". */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "condition-" + s : s;
    }

    private static String freeName(Handle h, String base) {
        String name = base;
        for (int n = 2; find(h, name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
