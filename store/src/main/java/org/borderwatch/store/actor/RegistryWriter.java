package org.borderwatch.store.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;
import org.borderwatch.core.fact.FactOrigin;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes registry entries in one transaction: the bundled registry as MACHINE rows that a later sync may
 * replace, an analyst's import as HUMAN rows that no sync touches.
 */
final class RegistryWriter {
    /** Serialises writers across processes sharing one server. */
    private static final long LOCK = 0x626f72646572L;
    private static final String INSERT_ACTOR = """
            INSERT INTO actor (slug, canonical_name, actor_type, country, active_from, active_to, status, fact_origin, source)
            VALUES (:slug, :name, :type, :country, :from, :to, 'REGISTERED', CAST(:origin AS fact_origin), :source)
            RETURNING id""";
    private static final String UPDATE_ACTOR = """
            UPDATE actor SET canonical_name = :name, actor_type = :type, country = :country, active_from = :from,
                             active_to = :to, fact_origin = CAST(:origin AS fact_origin), source = :source,
                             version = version + 1, updated_at = now()
            WHERE id = :id""";
    private static final String DELETE_ALIASES = "DELETE FROM actor_alias WHERE actor_id = :id";
    private static final String INSERT_ALIAS = """
            INSERT INTO actor_alias (actor_id, alias, scope, ordinal) VALUES (:id, :alias, :scope, :ordinal)
            ON CONFLICT DO NOTHING""";
    private static final String REFERENCED = """
            SELECT EXISTS (SELECT 1 FROM statement WHERE speaker_id = :id OR addressee_id = :id)
                OR EXISTS (SELECT 1 FROM incident_perpetrator WHERE actor_id = :id OR attributed_by = :id)
                OR EXISTS (SELECT 1 FROM actor_affiliation
                           WHERE (actor_id = :id OR related_id = :id) AND fact_origin <> 'MACHINE')""";
    private static final String DELETE_ACTOR = "DELETE FROM actor WHERE id = :id";
    private static final String INSERT_AFFILIATION = """
            INSERT INTO actor_affiliation (actor_id, related_id, relation, role, valid_from, valid_to, source,
                                           fact_origin, ordinal)
            SELECT (SELECT id FROM actor WHERE slug = :holder), r.id, :relation, :role, :from, :to, :source,
                   CAST(:origin AS fact_origin), :ordinal
            FROM actor r WHERE r.slug = :related""";
    private static final String DELETE_AFFILIATION = "DELETE FROM actor_affiliation WHERE id = :id";

    private final Handle h;

    RegistryWriter(Handle h) {
        this.h = h;
        h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", LOCK).mapTo(Integer.class).one();
    }

    /** The bundled registry: its actors replace earlier bundled versions; analysts' actors are kept. */
    SyncReport sync(RegistryEntries bundled) {
        Map<String, RegistryRows.Row> stored = RegistryRows.actors(h);
        int[] counts = write(bundled.actors(), stored, FactOrigin.MACHINE);
        Set<String> slugs = new HashSet<>();
        bundled.actors().forEach(a -> slugs.add(a.id()));
        int removed = 0;
        int retained = 0;
        for (RegistryRows.Row row : stored.values()) {
            if (row.origin() == FactOrigin.MACHINE && !slugs.contains(row.actor().id())) {
                if (h.createQuery(REFERENCED).bind("id", row.id()).mapTo(Boolean.class).one()) {
                    retained++;
                } else {
                    h.createUpdate(DELETE_ACTOR).bind("id", row.id()).execute();
                    removed++;
                }
            }
        }
        List<Affiliation> wanted = bundled.affiliations();
        int linksRemoved = 0;
        Set<Affiliation> have = new HashSet<>();
        for (RegistryRows.Link link : RegistryRows.affiliations(h)) {
            if (link.origin() != FactOrigin.MACHINE) {
                continue;
            }
            if (!wanted.contains(link.affiliation()) || !have.add(link.affiliation())) {
                h.createUpdate(DELETE_AFFILIATION).bind("id", link.id()).execute();
                linksRemoved++;
            }
        }
        int linksAdded = insertAffiliations(wanted, have, FactOrigin.MACHINE);
        return new SyncReport(counts[0], counts[1], counts[2], counts[3], removed, retained, linksAdded, linksRemoved);
    }

    /**
     * An analyst's entries: added, or replacing the stored actor of the same id, as HUMAN rows; affiliations
     * may name actors already stored.
     */
    SyncReport save(List<Actor> actors, List<Affiliation> affiliations) {
        int[] counts = write(actors, RegistryRows.actors(h), FactOrigin.HUMAN);
        Set<Affiliation> have = new HashSet<>();
        RegistryRows.affiliations(h).forEach(l -> have.add(l.affiliation()));
        int linksAdded = insertAffiliations(affiliations, have, FactOrigin.HUMAN);
        return new SyncReport(counts[0], counts[1], counts[2], 0, 0, 0, linksAdded, 0);
    }

    /**
     * Inserts new actors and updates changed ones as {@code origin}; a machine write leaves analysts' actors
     * alone. Returns {added, updated, unchanged, kept}.
     */
    private int[] write(List<Actor> actors, Map<String, RegistryRows.Row> stored, FactOrigin origin) {
        int[] counts = new int[4];
        for (Actor a : actors) {
            RegistryRows.Row row = stored.get(a.id());
            if (row == null) {
                insert(a, origin);
                counts[0]++;
            } else if (origin.replaceableByMachine() && !row.origin().replaceableByMachine()) {
                counts[3]++;
            } else if (row.actor().equals(a)) {
                counts[2]++;
            } else {
                update(row.id(), a, origin);
                counts[1]++;
            }
        }
        return counts;
    }

    private int insertAffiliations(List<Affiliation> wanted, Set<Affiliation> have, FactOrigin origin) {
        PreparedBatch batch = h.prepareBatch(INSERT_AFFILIATION);
        int added = 0;
        for (int i = 0; i < wanted.size(); i++) {
            Affiliation f = wanted.get(i);
            if (have.add(f)) {
                batch.bind("holder", f.actorId()).bind("related", f.relatedActorId()).bind("relation", f.relation().name())
                        .bind("role", f.role()).bind("from", f.validFrom()).bind("to", f.validTo())
                        .bind("source", f.source()).bind("origin", origin.name()).bind("ordinal", i).add();
                added++;
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return added;
    }

    private void insert(Actor a, FactOrigin origin) {
        long id = bind(h.createQuery(INSERT_ACTOR), a, origin).mapTo(Long.class).one();
        aliases(id, a);
    }

    private void update(long id, Actor a, FactOrigin origin) {
        bind(h.createUpdate(UPDATE_ACTOR).bind("id", id), a, origin).execute();
        h.createUpdate(DELETE_ALIASES).bind("id", id).execute();
        aliases(id, a);
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(S s, Actor a, FactOrigin origin) {
        return s.bind("slug", a.id()).bind("name", a.name()).bind("type", a.type().name()).bind("country", a.country())
                .bind("from", a.from()).bind("to", a.to()).bind("origin", origin.name()).bind("source", a.source());
    }

    private void aliases(long id, Actor a) {
        PreparedBatch batch = h.prepareBatch(INSERT_ALIAS);
        List<String[]> all = new ArrayList<>();
        a.aliases().forEach(x -> all.add(new String[] {x, "GLOBAL"}));
        a.localAliases().forEach(x -> all.add(new String[] {x, "LOCAL"}));
        for (int i = 0; i < all.size(); i++) {
            batch.bind("id", id).bind("alias", all.get(i)[0]).bind("scope", all.get(i)[1]).bind("ordinal", i).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
