package org.borderwatch.store.consolidation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.consolidation.Decision;
import org.borderwatch.core.consolidation.DecisionKind;
import org.jdbi.v3.core.Handle;

/** Analysts' decisions in {@code consolidation_decision}: the live ones read, new ones recorded, contradicted ones superseded. */
final class DecisionStore {
    private static final String LIVE = """
            SELECT id, report_a, report_b, decision, author, decided_at, note FROM consolidation_decision
            WHERE superseded_by IS NULL ORDER BY id
            """;
    private static final String INSERT = """
            INSERT INTO consolidation_decision (report_a, report_b, decision, author, decided_at, note)
            VALUES (:a, :b, :decision, :author, :at, :note) RETURNING id
            """;
    /** Live decisions of the given kind between any key of one list and any of the other. */
    private static final String SUPERSEDE = """
            UPDATE consolidation_decision SET superseded_by = :by, superseded_at = now()
            WHERE superseded_by IS NULL AND decision = :decision AND id <> ALL(:keep)
              AND ((report_a = ANY(:left) AND report_b = ANY(:right)) OR (report_a = ANY(:right) AND report_b = ANY(:left)))
            """;

    private DecisionStore() {
    }

    static List<Decision> live(Handle handle) {
        return handle.createQuery(LIVE).map((rs, ctx) -> new Decision(rs.getLong("id"), rs.getString("report_a"),
                rs.getString("report_b"), DecisionKind.valueOf(rs.getString("decision")), rs.getString("author"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString("note")))).list();
    }

    /** Records one decision per other key, all between {@code anchor} and the others; returns their ids. */
    static List<Long> record(Handle handle, String anchor, List<String> others, DecisionKind kind, String author,
                             Instant at, Optional<String> note) {
        List<Long> ids = new ArrayList<>();
        for (String other : others) {
            if (!other.equals(anchor)) {
                ids.add(handle.createQuery(INSERT).bind("a", anchor).bind("b", other).bind("decision", kind.name())
                        .bind("author", author).bind("at", at.atOffset(java.time.ZoneOffset.UTC))
                        .bind("note", note.orElse(null)).mapTo(Long.class).one());
            }
        }
        return ids;
    }

    /** Marks live decisions of {@code kind} between the two sets of keys as superseded by decision {@code by}. */
    static int supersede(Handle handle, DecisionKind kind, List<String> left, List<String> right, long by,
                         List<Long> keep) {
        return handle.createUpdate(SUPERSEDE).bind("by", by).bind("decision", kind.name())
                .bindArray("keep", Long.class, keep).bindArray("left", String.class, left)
                .bindArray("right", String.class, right).execute();
    }
}
