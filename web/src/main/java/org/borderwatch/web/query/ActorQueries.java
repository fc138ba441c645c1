package org.borderwatch.web.query;

import java.util.List;
import java.util.Optional;
import org.borderwatch.web.query.Views.Page;
import org.jdbi.v3.core.Jdbi;

/**
 * Actors: the registry's ({@code actor} rows, with aliases and affiliations) and, where resolution has
 * not linked a mention to the registry yet, the names as the texts give them, so that "TTP" has a page
 * before the registry knows it. An actor is named in URLs by its registry id or by such a name.
 */
public final class ActorQueries {
    public static final List<Param> PARAMS = List.of(
            Param.string("q", "Name, alias or mention containing these characters."),
            Param.string("type", "Registry actor type (government, armed group, …)."),
            Param.integer("limit", "Page size, 1 to 500 (default 50)."),
            Param.integer("offset", "Items to skip."));

    /**
     * @param id          the registry id, or null for a name not resolved to the registry
     * @param incidents   reports naming it as perpetrator
     * @param statements  statements it made; {@code addressed}: statements addressed to it
     */
    public record ActorSummary(Long id, String name, String type, String country, String status, int incidents,
                               int statements, int addressed) {
        public String key() {
            return id != null ? Long.toString(id) : name;
        }
    }

    /**
     * An affiliation record of the registry with its dates: this actor's own ({@code inbound} false: "member
     * of X from 2014") or another's to this one ({@code inbound} true: "Y, faction of this actor").
     */
    public record Affiliation(String relation, String role, String related, Long relatedId, String validFrom,
                              String validTo, boolean inbound, String source) {
    }

    /** Per calendar year: incidents attributed (consolidated incidents, as the list counts them), statements. */
    public record YearCount(String year, int incidents, int statementsMade, int statementsReceived) {
    }

    public record MonthCount(String month, int incidents, int statementsMade, int statementsReceived) {
    }

    public record ActorDetail(ActorSummary actor, List<String> aliases, List<Affiliation> affiliations,
                              List<Views.IncidentSummary> incidents, List<StatementQueries.StatementView> made,
                              List<StatementQueries.StatementView> received, List<MonthCount> overTime,
                              List<YearCount> perYear) {
    }

    /**
     * SQL true when the row's actor column or mention names the actor given as {@code :actor} (an id, a
     * registry name or alias, or the mention, compared without case, with or without a leading "the").
     * Bind {@code :actor} with {@link #bindable}: the constants on the right keep the indexes on
     * {@code lower(mention)} and {@code lower(alias)} usable.
     */
    static String matches(String idColumn, String mentionColumn) {
        return """
                (%1$s IN (SELECT a.id FROM actor a WHERE %3$s)
                 OR lower(%2$s) IN (lower(:actor), 'the ' || lower(:actor)))"""
                .formatted(idColumn, mentionColumn, REGISTRY_MATCH);
    }

    /** True for the registry actors (alias {@code a}) that {@code :actor} names: id, name or alias, with or without "the". */
    static final String REGISTRY_MATCH = """
            CAST(a.id AS text) = :actor
                OR lower(a.canonical_name) IN (lower(:actor), 'the ' || lower(:actor))
                OR a.id IN (SELECT actor_id FROM actor_alias WHERE lower(alias) IN (lower(:actor), 'the ' || lower(:actor)))""";

    /** An actor as the user names it, without a leading article, as {@link #matches} compares it. */
    static String bindable(String actor) {
        return actor.strip().replaceFirst("^(?i)the\\s+", "");
    }

    private static final String UNRESOLVED_NAME = "regexp_replace(%s, '^(the|The|THE)\\s+', '')";
    private static final String LIST = """
            WITH names AS (
                SELECT a.id, a.canonical_name AS name, a.actor_type AS type, a.country, a.status,
                       (SELECT count(*) FROM incident_perpetrator p WHERE p.actor_id = a.id) AS incidents,
                       (SELECT count(*) FROM statement s WHERE s.speaker_id = a.id) AS statements,
                       (SELECT count(*) FROM statement s WHERE s.addressee_id = a.id) AS addressed
                FROM actor a
                UNION ALL
                SELECT NULL, min(n.name), NULL, NULL, 'MENTION', sum(n.i), sum(n.s), sum(n.a)
                FROM (SELECT %1$s AS name, 1 AS i, 0 AS s, 0 AS a FROM incident_perpetrator p WHERE p.actor_id IS NULL
                      UNION ALL
                      SELECT %2$s, 0, 1, 0 FROM statement s WHERE s.speaker_id IS NULL AND s.speaker_mention IS NOT NULL
                      UNION ALL
                      SELECT %3$s, 0, 0, 1 FROM statement s WHERE s.addressee_id IS NULL AND s.addressee_mention IS NOT NULL) n
                GROUP BY lower(n.name))
            SELECT * FROM names
            """.formatted(UNRESOLVED_NAME.formatted("p.mention"), UNRESOLVED_NAME.formatted("s.speaker_mention"),
            UNRESOLVED_NAME.formatted("s.addressee_mention"));

    private final Jdbi jdbi;

    public ActorQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<ActorSummary> list(Params p) {
        Sql where = new Sql();
        p.text("q").ifPresent(q -> where.and("""
                (strpos(lower(name), lower(:q)) > 0
                 OR id IN (SELECT actor_id FROM actor_alias WHERE strpos(lower(alias), lower(:q)) > 0))""", "q", q));
        p.text("type").ifPresent(t -> where.and("lower(type) = lower(:type)", "type", t));
        int limit = p.integer("limit", 1, 500, 50);
        int offset = p.integer("offset", 0, 10_000_000, 0);
        return jdbi.withHandle(h -> {
            long total = where.bind(h.createQuery("SELECT count(*) FROM (" + LIST + where.where() + ") x"))
                    .mapTo(Long.class).one();
            List<ActorSummary> items = where.bind(h.createQuery(LIST + where.where()
                            + "ORDER BY incidents + statements + addressed DESC, name LIMIT :limit OFFSET :offset"))
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> summary(rs)).list();
            return new Page<>(total, limit, offset, items);
        });
    }

    private static ActorSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ActorSummary(rs.getObject("id", Long.class), rs.getString("name"), rs.getString("type"),
                rs.getString("country"), Rows.lower(rs.getString("status")), rs.getInt("incidents"),
                rs.getInt("statements"), rs.getInt("addressed"));
    }

    /** By registry id, or by a name (registry name, alias or mention). Empty when nothing names it. */
    public Optional<ActorDetail> find(String key) {
        Optional<ActorSummary> actor = jdbi.withHandle(h -> h.createQuery("SELECT * FROM (" + LIST + ") x WHERE "
                        + (key.matches("\\d{1,18}") ? "id = CAST(:key AS bigint)"
                        : "lower(name) = lower(regexp_replace(:key, '^(the|The|THE)\\s+', ''))"
                        + " OR id IN (SELECT actor_id FROM actor_alias WHERE lower(alias) = lower(:key))")
                        + " ORDER BY id NULLS LAST LIMIT 1")
                .bind("key", key).map((rs, ctx) -> summary(rs)).findOne());
        return actor.map(this::detail);
    }

    /** This actor's affiliations and others' to it, in the order they began (undated ones first). */
    private static final String AFFILIATIONS = """
            SELECT f.relation, f.role, r.canonical_name, r.id AS other, CAST(f.valid_from AS text) AS vf,
                   CAST(f.valid_to AS text) AS vt, FALSE AS inbound, f.source, f.valid_from, f.id
            FROM actor_affiliation f LEFT JOIN actor r ON r.id = f.related_id
            WHERE f.actor_id = :id
            UNION ALL
            SELECT f.relation, f.role, o.canonical_name, o.id, CAST(f.valid_from AS text), CAST(f.valid_to AS text), TRUE,
                   f.source, f.valid_from, f.id
            FROM actor_affiliation f LEFT JOIN actor o ON o.id = f.actor_id
            WHERE f.related_id = :id AND f.actor_id IS DISTINCT FROM :id
            ORDER BY valid_from NULLS FIRST, id
            """;

    /** Years from the first to the last with anything, incidents from the list's count, statements from the months. */
    private static List<YearCount> perYear(java.util.Map<String, Integer> incidents, List<MonthCount> months) {
        java.util.TreeMap<String, int[]> years = new java.util.TreeMap<>();
        incidents.forEach((y, n) -> years.computeIfAbsent(y, k -> new int[3])[0] += n);
        for (MonthCount m : months) {
            int[] v = years.computeIfAbsent(m.month().substring(0, 4), k -> new int[3]);
            v[1] += m.statementsMade();
            v[2] += m.statementsReceived();
        }
        if (years.isEmpty()) {
            return List.of();
        }
        List<YearCount> out = new java.util.ArrayList<>();
        for (int y = Integer.parseInt(years.firstKey()); y <= Integer.parseInt(years.lastKey()); y++) {
            int[] v = years.getOrDefault(Integer.toString(y), new int[3]);
            out.add(new YearCount(Integer.toString(y), v[0], v[1], v[2]));
        }
        return out;
    }

    private ActorDetail detail(ActorSummary a) {
        String actor = a.key();
        IncidentFilter byActor = IncidentFilter.byActor(actor, 100);
        IncidentQueries incidentQueries = new IncidentQueries(jdbi);
        List<Views.IncidentSummary> incidents = incidentQueries.list(byActor).items();
        java.util.Map<String, Integer> incidentsPerYear = incidentQueries.perYear(byActor);
        StatementQueries statements = new StatementQueries(jdbi);
        List<StatementQueries.StatementView> made = statements.list(Params.of(java.util.Map.of("speaker", actor,
                "limit", "200"))).items();
        List<StatementQueries.StatementView> received = statements.list(Params.of(java.util.Map.of("addressee", actor,
                "limit", "200"))).items();
        return jdbi.withHandle(h -> {
            List<String> aliases = a.id() == null ? List.of() : h.createQuery(
                    "SELECT alias FROM actor_alias WHERE actor_id = :id ORDER BY alias").bind("id", a.id())
                    .mapTo(String.class).list();
            List<Affiliation> affiliations = a.id() == null ? List.of() : h.createQuery(AFFILIATIONS)
                    .bind("id", a.id())
                    .map((rs, ctx) -> new Affiliation(rs.getString("relation"), rs.getString("role"),
                            rs.getString("canonical_name"), rs.getObject("other", Long.class), rs.getString("vf"),
                            rs.getString("vt"), rs.getBoolean("inbound"), rs.getString("source")))
                    .list();
            List<MonthCount> overTime = h.createQuery("""
                            SELECT to_char(m, 'YYYY-MM') AS month, sum(i) AS i, sum(s) AS s, sum(r) AS r FROM (
                                SELECT date_trunc('month', r.date_earliest) AS m, 1 AS i, 0 AS s, 0 AS r
                                FROM incident r JOIN incident_perpetrator p ON p.incident_id = r.id
                                WHERE r.date_earliest IS NOT NULL AND r.review_status <> 'REJECTED' AND %s
                                UNION ALL
                                SELECT date_trunc('month', COALESCE(s.date_earliest, d.published_on)), 0, 1, 0
                                FROM statement s JOIN document d ON d.id = s.document_id
                                WHERE s.review_status <> 'REJECTED' AND %s
                                UNION ALL
                                SELECT date_trunc('month', COALESCE(s.date_earliest, d.published_on)), 0, 0, 1
                                FROM statement s JOIN document d ON d.id = s.document_id
                                WHERE s.review_status <> 'REJECTED' AND %s) x
                            WHERE m IS NOT NULL GROUP BY m ORDER BY m"""
                            .formatted(matches("p.actor_id", "p.mention"), matches("s.speaker_id", "s.speaker_mention"),
                                    matches("s.addressee_id", "s.addressee_mention")))
                    .bind("actor", bindable(actor))
                    .map((rs, ctx) -> new MonthCount(rs.getString("month"), rs.getInt("i"), rs.getInt("s"), rs.getInt("r")))
                    .list();
            return new ActorDetail(a, aliases, affiliations, incidents, made, received, overTime,
                    perYear(incidentsPerYear, overTime));
        });
    }
}
