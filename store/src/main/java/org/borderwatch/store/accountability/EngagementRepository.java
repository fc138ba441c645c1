package org.borderwatch.store.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.Engagement;
import org.borderwatch.core.accountability.EngagementDraft;
import org.borderwatch.core.accountability.EngagementKind;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.extraction.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Engagements: entered by analysts, or suggested from documents (idempotent by suggestion key). */
public final class EngagementRepository {
    private static final String INSERT = """
            INSERT INTO engagement (kind, title, date_earliest, date_latest, date_precision, review, fact_origin,
                                    suggestion_key, evidence_id, created_by)
            VALUES (:kind, :title, :dateEarliest, :dateLatest, CAST(:datePrecision AS date_precision), :review,
                    CAST(:origin AS fact_origin), :key, :evidence, :author)
            ON CONFLICT (suggestion_key) DO NOTHING
            RETURNING id
            """;
    private static final String INSERT_PARTY = """
            INSERT INTO engagement_party (engagement_id, position, actor_id, mention) VALUES (:id, :position, :actor, :mention)
            """;
    private static final String SELECT = """
            SELECT g.id, g.kind, g.title, g.date_earliest, g.date_latest, g.date_precision, g.review, g.fact_origin,
            """ + EvidenceCopies.COLUMNS + """
            FROM engagement g LEFT JOIN evidence ev ON ev.id = g.evidence_id
            """;
    private static final String PARTIES = """
            SELECT p.engagement_id, p.actor_id, a.canonical_name, p.mention FROM engagement_party p
            LEFT JOIN actor a ON a.id = p.actor_id WHERE p.engagement_id = ANY(:ids) ORDER BY p.position
            """;

    private final Jdbi jdbi;

    EngagementRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long add(EngagementKind kind, String title, FuzzyDate date, List<PartyRef> parties, String author) {
        String who = Audit.requireAuthor(author);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an engagement needs a title");
        }
        return jdbi.inTransaction(h -> {
            long id = insert(h, kind, title.strip(), date, ReviewState.CONFIRMED, FactOrigin.HUMAN, null, null, who).orElseThrow();
            parties(h, id, parties);
            Audit.record(h, "engagement", id, "add", who, null, Audit.json("kind", kind.name(), "title", title.strip(),
                    "date", date.iso()));
            return id;
        });
    }

    /** Stores the suggestions not stored before; returns how many were new. */
    public int suggest(List<EngagementDraft> drafts) {
        return jdbi.inTransaction(h -> {
            int added = 0;
            for (EngagementDraft d : drafts) {
                if (h.createQuery("SELECT count(*) FROM engagement WHERE suggestion_key = :k").bind("k", d.suggestionKey())
                        .mapTo(Integer.class).one() > 0) {
                    continue;
                }
                Long evidence = EvidenceCopies.insert(h, Optional.of(d.evidence()));
                Optional<Long> id = insert(h, d.kind(), d.title(), d.date(), ReviewState.SUGGESTED, FactOrigin.MACHINE,
                        d.suggestionKey(), evidence, null);
                if (id.isPresent()) {
                    parties(h, id.get(), d.parties());
                    added++;
                }
            }
            return added;
        });
    }

    private static Optional<Long> insert(Handle h, EngagementKind kind, String title, FuzzyDate date, ReviewState review,
                                         FactOrigin origin, String key, Long evidence, String author) {
        var q = h.createQuery(INSERT).bind("kind", kind.name()).bind("title", title).bind("review", review.name())
                .bind("origin", origin.name()).bind("key", key).bind("evidence", evidence).bind("author", author);
        return Columns.bindDate(q, Optional.of(date)).mapTo(Long.class).findOne();
    }

    private static void parties(Handle h, long id, List<PartyRef> parties) {
        h.createUpdate("DELETE FROM engagement_party WHERE engagement_id = :id").bind("id", id).execute();
        for (int i = 0; i < parties.size(); i++) {
            PartyRef p = parties.get(i);
            h.createUpdate(INSERT_PARTY).bind("id", id).bind("position", i).bind("actor", p.actorId().orElse(null))
                    .bind("mention", p.name()).execute();
        }
    }

    /** Confirms (with the analyst's date, title or parties) or rejects an engagement. */
    public void review(long id, ReviewState to, Optional<FuzzyDate> date, Optional<String> title,
                       Optional<List<PartyRef>> parties, String author) {
        String who = Audit.requireAuthor(author);
        jdbi.useTransaction(h -> {
            Engagement e = load(h, " WHERE g.id = :id", id).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no engagement with id " + id));
            FuzzyDate d = date.orElse(e.date());
            boolean edited = date.isPresent() || title.isPresent() || parties.isPresent();
            var update = h.createUpdate("""
                    UPDATE engagement SET review = :review, title = :title, date_earliest = :dateEarliest,
                        date_latest = :dateLatest, date_precision = CAST(:datePrecision AS date_precision),
                        fact_origin = CASE WHEN fact_origin = 'MACHINE' AND :edited THEN 'CORRECTED' ELSE fact_origin END,
                        updated_at = now(), version = version + 1
                    WHERE id = :id""").bind("review", to.name()).bind("title", title.orElse(e.title()))
                    .bind("edited", edited).bind("id", id);
            Columns.bindDate(update, Optional.of(d)).execute();
            parties.ifPresent(p -> parties(h, id, p));
            Audit.record(h, "engagement", id, to.name().toLowerCase(Locale.ROOT), who,
                    Audit.json("review", e.review().name(), "date", e.date().iso(), "title", e.title()),
                    Audit.json("review", to.name(), "date", d.iso(), "title", title.orElse(e.title())));
        });
    }

    public Optional<Engagement> find(long id) {
        return jdbi.withHandle(h -> load(h, " WHERE g.id = :id", id).stream().findFirst());
    }

    public List<Engagement> list(Optional<ReviewState> review) {
        return jdbi.withHandle(h -> load(h, review.map(r -> " WHERE g.review = '" + r.name() + "'").orElse("")
                + " ORDER BY g.date_earliest, g.id", 0));
    }

    private static List<Engagement> load(Handle h, String where, long id) {
        var query = h.createQuery(SELECT + where);
        if (where.contains(":id")) {
            query.bind("id", id);
        }
        List<Engagement> bare = query.map((rs, ctx) -> row(rs)).list();
        Map<Long, List<PartyRef>> parties = Columns.children(h, PARTIES, bare.stream().map(Engagement::id).toList(),
                rs -> StatementFacts.party(rs, "actor_id", "canonical_name", "mention").orElseThrow());
        return bare.stream().map(e -> new Engagement(e.id(), e.kind(), e.title(), e.date(),
                parties.getOrDefault(e.id(), List.of()), e.review(), e.origin(), e.evidence())).toList();
    }

    private static Engagement row(ResultSet rs) throws SQLException {
        return new Engagement(rs.getLong("id"), EngagementKind.valueOf(rs.getString("kind")), rs.getString("title"),
                Columns.date(rs).orElseThrow(), List.of(), ReviewState.valueOf(rs.getString("review")),
                FactOrigin.valueOf(rs.getString("fact_origin")), Columns.evidence(rs));
    }
}
