package org.borderwatch.store.actor;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.fact.FactOrigin;
import org.jdbi.v3.core.Handle;

/** What the actor listing, the actor view and the candidates list read. */
final class ActorViews {
    private static final String BY_ID = """
            SELECT id, slug, canonical_name, actor_type, country, status, fact_origin FROM actor WHERE id = :id""";
    private static final String ALIASES = "SELECT alias, scope FROM actor_alias WHERE actor_id = :id ORDER BY ordinal, alias";
    private static final String AFFILIATIONS = """
            SELECT h.slug AS holder, h.canonical_name AS holder_name, r.slug AS related, r.canonical_name AS related_name,
                   f.relation, f.role, f.valid_from, f.valid_to, f.source, f.fact_origin
            FROM actor_affiliation f LEFT JOIN actor h ON h.id = f.actor_id JOIN actor r ON r.id = f.related_id
            WHERE f.actor_id = :id OR f.related_id = :id
            ORDER BY f.valid_from NULLS FIRST, f.id""";
    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM statement WHERE speaker_id = :id) AS made,
                   (SELECT count(*) FROM statement WHERE addressee_id = :id) AS received,
                   (SELECT count(DISTINCT incident_id) FROM incident_perpetrator WHERE actor_id = :id) AS incidents,
                   (SELECT count(*) FROM incident_perpetrator WHERE attributed_by = :id) AS attributions""";
    private static final String MENTIONS = """
            SELECT mention, count(*) AS n FROM actor_mention WHERE actor_id = :id
            GROUP BY mention ORDER BY n DESC, mention LIMIT 10""";
    private static final String CANDIDATES = """
            SELECT a.id, a.canonical_name, count(m.id) AS mentions, count(DISTINCT m.document_id) AS documents,
                   COALESCE(string_agg(DISTINCT m.seen_as, ','), '') AS seen_as, max(m.resolved_at) AS last_seen,
                   (SELECT x.why FROM actor_mention x WHERE x.actor_id = a.id ORDER BY x.id DESC LIMIT 1) AS why
            FROM actor a LEFT JOIN actor_mention m ON m.actor_id = a.id
            WHERE a.status = 'CANDIDATE'
            GROUP BY a.id, a.canonical_name
            ORDER BY mentions DESC, a.canonical_name LIMIT :limit OFFSET :offset""";
    private static final String EXAMPLES = """
            SELECT actor_id, mention, min(document_id) AS document FROM actor_mention WHERE actor_id = ANY(:ids)
            GROUP BY actor_id, mention ORDER BY actor_id, count(*) DESC, mention""";

    private ActorViews() {}

    static Optional<StoredActor> byId(Handle h, long id, Map<String, RegistryRows.Row> registered) {
        return h.createQuery(BY_ID).bind("id", id).map((rs, ctx) -> {
            String slug = rs.getString("slug");
            String country = rs.getString("country");
            return new StoredActor(rs.getLong("id"), rs.getString("canonical_name"), rs.getString("actor_type"),
                    Optional.ofNullable(country).map(String::strip), "CANDIDATE".equals(rs.getString("status")),
                    FactOrigin.valueOf(rs.getString("fact_origin")),
                    Optional.ofNullable(slug).map(registered::get).map(RegistryRows.Row::actor));
        }).findOne();
    }

    static ActorDetail detail(Handle h, StoredActor actor) {
        List<String> global = new ArrayList<>();
        List<String> local = new ArrayList<>();
        h.createQuery(ALIASES).bind("id", actor.id()).map((rs, ctx) ->
                (rs.getString("scope").equals("LOCAL") ? local : global).add(rs.getString("alias"))).list();
        List<StoredAffiliation> affiliations = h.createQuery(AFFILIATIONS).bind("id", actor.id()).map((rs, ctx) ->
                new StoredAffiliation(Optional.ofNullable(rs.getString("holder")), Optional.ofNullable(rs.getString("holder_name")),
                        rs.getString("related"), rs.getString("related_name"), rs.getString("relation"),
                        Optional.ofNullable(rs.getString("role")), Optional.ofNullable(rs.getObject("valid_from", LocalDate.class)),
                        Optional.ofNullable(rs.getObject("valid_to", LocalDate.class)), rs.getString("source"),
                        FactOrigin.valueOf(rs.getString("fact_origin")))).list();
        long[] counts = h.createQuery(COUNTS).bind("id", actor.id()).map((rs, ctx) -> new long[] {rs.getLong("made"),
                rs.getLong("received"), rs.getLong("incidents"), rs.getLong("attributions")}).one();
        List<ActorDetail.MentionCount> mentions = h.createQuery(MENTIONS).bind("id", actor.id())
                .map((rs, ctx) -> new ActorDetail.MentionCount(rs.getString("mention"), rs.getLong("n"))).list();
        return new ActorDetail(actor, global, local, affiliations, counts[0], counts[1], counts[2], counts[3], mentions);
    }

    static List<CandidateActor> candidates(Handle h, int limit, int offset) {
        List<Object[]> rows = h.createQuery(CANDIDATES).bind("limit", limit).bind("offset", offset).map((rs, ctx) ->
                new Object[] {rs.getLong("id"), rs.getString("canonical_name"), rs.getLong("mentions"),
                        rs.getLong("documents"), rs.getString("seen_as"), rs.getTimestamp("last_seen"), rs.getString("why")})
                .list();
        Map<Long, List<String>> examples = new HashMap<>();
        h.createQuery(EXAMPLES).bindArray("ids", Long.class, rows.stream().map(r -> (Long) r[0]).toList())
                .map((rs, ctx) -> {
                    List<String> e = examples.computeIfAbsent(rs.getLong("actor_id"), k -> new ArrayList<>());
                    if (e.size() < 3) {
                        e.add("\"" + rs.getString("mention") + "\" in document " + rs.getLong("document"));
                    }
                    return null;
                }).list();
        List<CandidateActor> out = new ArrayList<>();
        for (Object[] r : rows) {
            String seen = (String) r[4];
            Timestamp last = (Timestamp) r[5];
            out.add(new CandidateActor((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3],
                    seen.isEmpty() ? List.of() : List.of(seen.split(",")), examples.getOrDefault((Long) r[0], List.of()),
                    r[6] == null ? "" : (String) r[6], last == null ? null : last.toInstant()));
        }
        return out;
    }
}
