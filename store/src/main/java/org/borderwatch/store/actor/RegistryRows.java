package org.borderwatch.store.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.Relation;
import org.borderwatch.core.fact.FactOrigin;
import org.jdbi.v3.core.Handle;

/** The registered actors, their aliases and affiliations as rows of the database, read back into entries. */
final class RegistryRows {
    private static final String ACTORS = """
            SELECT id, slug, canonical_name, actor_type, country, active_from, active_to, source, fact_origin
            FROM actor WHERE status = 'REGISTERED' ORDER BY id""";
    private static final String ALIASES = """
            SELECT al.actor_id, al.alias, al.scope FROM actor_alias al JOIN actor a ON a.id = al.actor_id
            WHERE a.status = 'REGISTERED' ORDER BY al.actor_id, al.ordinal, al.alias""";
    private static final String AFFILIATIONS = """
            SELECT f.id, h.slug AS holder, r.slug AS related, f.relation, f.role, f.valid_from, f.valid_to, f.source,
                   f.fact_origin
            FROM actor_affiliation f LEFT JOIN actor h ON h.id = f.actor_id JOIN actor r ON r.id = f.related_id
            WHERE r.status = 'REGISTERED' AND (f.actor_id IS NULL OR h.status = 'REGISTERED')
            ORDER BY f.fact_origin, f.ordinal, f.id""";

    /** A registered actor's row: its database id, who owns it, and its entry. */
    record Row(long id, FactOrigin origin, Actor actor) {}

    /** A stored affiliation with its row id and owner. */
    record Link(long id, FactOrigin origin, Affiliation affiliation) {}

    private RegistryRows() {}

    /** Every registered actor by slug, in id order. */
    static Map<String, Row> actors(Handle h) {
        Map<Long, List<String>> global = new HashMap<>();
        Map<Long, List<String>> local = new HashMap<>();
        h.createQuery(ALIASES).map((rs, ctx) -> {
            (rs.getString("scope").equals("LOCAL") ? local : global)
                    .computeIfAbsent(rs.getLong("actor_id"), k -> new ArrayList<>()).add(rs.getString("alias"));
            return null;
        }).list();
        Map<String, Row> out = new LinkedHashMap<>();
        h.createQuery(ACTORS).map((rs, ctx) -> row(rs, global, local)).forEach(r -> out.put(r.actor().id(), r));
        return out;
    }

    private static Row row(ResultSet rs, Map<Long, List<String>> global, Map<Long, List<String>> local)
            throws SQLException {
        long id = rs.getLong("id");
        String slug = rs.getString("slug");
        String source = rs.getString("source");
        String country = rs.getString("country");
        Actor a = new Actor(slug, rs.getString("canonical_name"), type(rs.getString("actor_type"), slug),
                country == null ? null : country.strip(), global.getOrDefault(id, List.of()),
                local.getOrDefault(id, List.of()), rs.getObject("active_from", LocalDate.class),
                rs.getObject("active_to", LocalDate.class),
                source == null || source.isBlank() ? "entered in the database (no source given)" : source);
        return new Row(id, FactOrigin.valueOf(rs.getString("fact_origin")), a);
    }

    private static ActorType type(String stored, String slug) {
        try {
            return ActorType.valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("actor " + slug + " has the unknown type '" + stored + "' in the database");
        }
    }

    static List<Link> affiliations(Handle h) {
        return h.createQuery(AFFILIATIONS).map((rs, ctx) -> new Link(rs.getLong("id"),
                FactOrigin.valueOf(rs.getString("fact_origin")),
                new Affiliation(rs.getString("holder"), rs.getString("related"), Relation.valueOf(rs.getString("relation")),
                        rs.getString("role"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getString("source") == null ? "entered in the database (no source given)" : rs.getString("source"))))
                .list();
    }
}
