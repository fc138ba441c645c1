package org.borderwatch.store.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;
import org.jdbi.v3.core.Jdbi;

/**
 * The actor registry in PostgreSQL: the bundled registry synced in as MACHINE rows, analysts' imports as
 * HUMAN rows no sync overwrites, candidates for the mentions nothing matched, and the links from machine
 * facts (speaker, addressee, perpetrator, attributing speaker) to actors with how each was resolved.
 */
public final class PostgresActorStore {
    private static final String DOCUMENTS_TO_RESOLVE = """
            SELECT d.id FROM document d
            WHERE d.id > :after
              AND (EXISTS (SELECT 1 FROM statement s WHERE s.document_id = d.id AND s.fact_origin = 'MACHINE')
                   OR EXISTS (SELECT 1 FROM incident i JOIN incident_perpetrator p ON p.incident_id = i.id
                              WHERE i.document_id = d.id AND p.fact_origin = 'MACHINE'))
              AND (CAST(:version AS text) IS NULL OR NOT EXISTS (
                       SELECT 1 FROM actor_resolution r WHERE r.document_id = d.id AND r.registry_version = :version))
            ORDER BY d.id LIMIT :limit""";
    private static final String COUNT_TO_RESOLVE = """
            SELECT count(*) FROM document d
            WHERE (EXISTS (SELECT 1 FROM statement s WHERE s.document_id = d.id AND s.fact_origin = 'MACHINE')
                   OR EXISTS (SELECT 1 FROM incident i JOIN incident_perpetrator p ON p.incident_id = i.id
                              WHERE i.document_id = d.id AND p.fact_origin = 'MACHINE'))
              AND (CAST(:version AS text) IS NULL OR NOT EXISTS (
                       SELECT 1 FROM actor_resolution r WHERE r.document_id = d.id AND r.registry_version = :version))""";
    private static final String DELETE_ORPHAN_CANDIDATES = """
            DELETE FROM actor a WHERE a.status = 'CANDIDATE' AND a.fact_origin = 'MACHINE'
              AND NOT EXISTS (SELECT 1 FROM actor_mention m WHERE m.actor_id = a.id)
              AND NOT EXISTS (SELECT 1 FROM statement s WHERE s.speaker_id = a.id OR s.addressee_id = a.id)
              AND NOT EXISTS (SELECT 1 FROM incident_perpetrator p WHERE p.actor_id = a.id OR p.attributed_by = a.id)
              AND NOT EXISTS (SELECT 1 FROM actor_affiliation f WHERE f.actor_id = a.id OR f.related_id = a.id)""";
    private static final String SLUG_OR_ID = "SELECT id FROM actor WHERE slug = :key OR CAST(id AS text) = :id";
    private static final String PUBLISHERS = "SELECT publisher, country FROM publisher_country ORDER BY publisher";
    private static final String SET_PUBLISHER = """
            INSERT INTO publisher_country (publisher, country) VALUES (:publisher, :country)
            ON CONFLICT (publisher) DO UPDATE SET country = excluded.country, updated_at = now()""";

    private final Jdbi jdbi;

    public PostgresActorStore(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /**
     * Brings the bundled registry's rows up to date in one transaction: new actors added, changed ones
     * updated, ones gone from the bundle removed unless facts name them; actors and affiliations an analyst
     * owns are left alone. Running it again with the same entries changes nothing.
     */
    public SyncReport sync(RegistryEntries bundled) {
        return jdbi.inTransaction(h -> new RegistryWriter(h).sync(bundled));
    }

    /**
     * Stores an analyst's actors and affiliations (an import) as HUMAN rows, replacing stored actors with the
     * same ids; affiliations may name stored actors. The caller checks the result is a valid registry.
     */
    public SyncReport save(List<Actor> actors, List<Affiliation> affiliations) {
        return jdbi.inTransaction(h -> new RegistryWriter(h).save(actors, affiliations));
    }

    /** Every registered actor (bundled, imported, corrected) with the affiliations among them. */
    public RegistryEntries registered() {
        return jdbi.inTransaction(h -> {
            List<Actor> actors = new ArrayList<>();
            RegistryRows.actors(h).values().forEach(r -> actors.add(r.actor()));
            List<Affiliation> links = new ArrayList<>();
            for (RegistryRows.Link l : RegistryRows.affiliations(h)) {
                if (!links.contains(l.affiliation())) {
                    links.add(l.affiliation());
                }
            }
            return new RegistryEntries(actors, links);
        });
    }

    /** Registered actors with their database ids and owners, by registry id. */
    public Map<String, StoredActor> registeredActors() {
        return jdbi.withHandle(h -> {
            Map<String, StoredActor> out = new LinkedHashMap<>();
            RegistryRows.actors(h).values().forEach(r -> out.put(r.actor().id(), new StoredActor(r.id(), r.actor().name(),
                    r.actor().type().name(), Optional.ofNullable(r.actor().country()), false, r.origin(),
                    Optional.of(r.actor()))));
            return out;
        });
    }

    /** An actor by registry id, by database id (digits) or "#id" (candidates), with what the store says about it. */
    public Optional<ActorDetail> detail(String key) {
        String id = key.startsWith("#") ? key.substring(1) : key;
        return jdbi.inTransaction(h -> h.createQuery(SLUG_OR_ID).bind("key", key).bind("id", id).mapTo(Long.class)
                .findFirst()
                .flatMap(found -> ActorViews.byId(h, found, RegistryRows.actors(h)))
                .map(a -> ActorViews.detail(h, a)));
    }

    /** Candidates, most often mentioned first. */
    public List<CandidateActor> candidates(int limit, int offset) {
        return jdbi.withHandle(h -> ActorViews.candidates(h, limit, offset));
    }

    /** The mentions of a document's replaceable machine facts, or empty when there is no such document. */
    public Optional<DocumentMentions> mentions(long documentId) {
        return jdbi.withHandle(h -> MentionRows.read(h, documentId));
    }

    /**
     * Links a document's machine facts to the actors their mentions resolved to, in one transaction: earlier
     * links of those facts are replaced, candidates created where needed, and the registry version recorded.
     */
    public LinkReport link(long documentId, List<MentionLink> links, String registryVersion) {
        return jdbi.inTransaction(h -> MentionWriter.write(h, documentId, links, registryVersion));
    }

    /**
     * Ids above {@code after} of documents with machine facts, ascending; with a version, only those not yet
     * resolved with it.
     */
    public List<Long> documentsToResolve(long after, int limit, Optional<String> notResolvedWith) {
        return jdbi.withHandle(h -> h.createQuery(DOCUMENTS_TO_RESOLVE).bind("after", after).bind("limit", limit)
                .bind("version", notResolvedWith.orElse(null)).mapTo(Long.class).list());
    }

    public long countToResolve(Optional<String> notResolvedWith) {
        return jdbi.withHandle(h -> h.createQuery(COUNT_TO_RESOLVE).bind("version", notResolvedWith.orElse(null))
                .mapTo(Long.class).one());
    }

    /** Removes machine candidates no fact names any more (after re-resolution found them actors). */
    public int deleteOrphanCandidates() {
        return jdbi.withHandle(h -> h.createUpdate(DELETE_ORPHAN_CANDIDATES).execute());
    }

    /** Analysts' publisher countries: publisher -> ISO code, or null for an international outlet. */
    public Map<String, String> publisherCountries() {
        return jdbi.withHandle(h -> {
            Map<String, String> out = new LinkedHashMap<>();
            h.createQuery(PUBLISHERS).map((rs, ctx) -> out.put(rs.getString("publisher"),
                    rs.getString("country") == null ? null : rs.getString("country").strip())).list();
            return out;
        });
    }

    /** @param country ISO alpha-2, or null for an international outlet */
    public void setPublisherCountry(String publisher, String country) {
        jdbi.useHandle(h -> h.createUpdate(SET_PUBLISHER).bind("publisher", publisher.strip())
                .bind("country", country).execute());
    }
}
