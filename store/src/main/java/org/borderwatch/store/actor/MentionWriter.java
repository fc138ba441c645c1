package org.borderwatch.store.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Links one document's machine facts to the actors their mentions resolved to, replacing earlier links
 * and resolution records, in one transaction. Facts an analyst owns or reviewed are left as they are.
 */
final class MentionWriter {
    private static final String LOCK_DOCUMENT = "SELECT id FROM document WHERE id = :doc FOR NO KEY UPDATE";
    private static final String DELETE_MENTIONS = """
            DELETE FROM actor_mention m WHERE m.document_id = :doc
              AND (m.statement_id IN (SELECT id FROM statement WHERE document_id = :doc
                                        AND fact_origin = 'MACHINE' AND review_status = 'UNREVIEWED')
                   OR m.perpetrator_id IN (SELECT p.id FROM incident_perpetrator p JOIN incident i ON i.id = p.incident_id
                                           WHERE i.document_id = :doc AND p.fact_origin = 'MACHINE'
                                             AND i.review_status = 'UNREVIEWED'))""";
    private static final String CLEAR_STATEMENTS = """
            UPDATE statement SET speaker_id = NULL, addressee_id = NULL
            WHERE document_id = :doc AND fact_origin = 'MACHINE' AND review_status = 'UNREVIEWED'""";
    private static final String CLEAR_PERPETRATORS = """
            UPDATE incident_perpetrator p SET actor_id = NULL, attributed_by = NULL FROM incident i
            WHERE i.id = p.incident_id AND i.document_id = :doc AND p.fact_origin = 'MACHINE' AND i.review_status = 'UNREVIEWED'""";
    private static final String ACTOR_IDS = "SELECT slug, id FROM actor WHERE slug = ANY(:slugs)";
    private static final String CANDIDATE = """
            INSERT INTO actor (canonical_name, actor_type, status, fact_origin, source)
            VALUES (:name, 'UNKNOWN', 'CANDIDATE', 'MACHINE', :source)
            ON CONFLICT (canonical_name, actor_type) DO UPDATE SET updated_at = now()
            RETURNING id""";
    private static final Map<SeenAs, String> SET_FACT = Map.of(
            SeenAs.SPEAKER, "UPDATE statement SET speaker_id = :actor WHERE id = :fact AND fact_origin = 'MACHINE'",
            SeenAs.ADDRESSEE, "UPDATE statement SET addressee_id = :actor WHERE id = :fact AND fact_origin = 'MACHINE'",
            SeenAs.PERPETRATOR, "UPDATE incident_perpetrator SET actor_id = :actor WHERE id = :fact AND fact_origin = 'MACHINE'",
            SeenAs.ATTRIBUTED_BY, "UPDATE incident_perpetrator SET attributed_by = :actor WHERE id = :fact AND fact_origin = 'MACHINE'");
    private static final String INSERT_MENTION = """
            INSERT INTO actor_mention (actor_id, document_id, statement_id, perpetrator_id, seen_as, mention, role,
                                       match_kind, score, why)
            VALUES (:actor, :doc, :statement, :perpetrator, :seenAs, :mention, :role, :kind, :score, :why)""";
    private static final String RESOLVED = """
            INSERT INTO actor_resolution (document_id, registry_version) VALUES (:doc, :version)
            ON CONFLICT (document_id) DO UPDATE SET registry_version = excluded.registry_version, resolved_at = now()""";

    private MentionWriter() {}

    /** @throws IllegalArgumentException when the document is gone or a link names an actor not stored */
    static LinkReport write(Handle h, long documentId, List<MentionLink> links, String registryVersion) {
        if (h.createQuery(LOCK_DOCUMENT).bind("doc", documentId).mapTo(Long.class).findOne().isEmpty()) {
            throw new IllegalArgumentException("no document with id " + documentId);
        }
        h.createUpdate(DELETE_MENTIONS).bind("doc", documentId).execute();
        h.createUpdate(CLEAR_STATEMENTS).bind("doc", documentId).execute();
        h.createUpdate(CLEAR_PERPETRATORS).bind("doc", documentId).execute();
        Map<String, Long> ids = new HashMap<>();
        h.createQuery(ACTOR_IDS).bindArray("slugs", String.class,
                        links.stream().flatMap(l -> l.actor().stream()).distinct().toList())
                .map((rs, ctx) -> ids.put(rs.getString("slug"), rs.getLong("id"))).list();
        // candidates in name order, so that two documents' transactions never wait on each other's in turn
        Map<String, Long> candidateIds = new HashMap<>();
        links.stream().filter(l -> l.actor().isEmpty()).map(MentionLink::candidate).distinct().sorted()
                .forEach(name -> candidateIds.put(name, h.createQuery(CANDIDATE).bind("name", name)
                        .bind("source", "candidate: a mention the registry did not resolve, first seen in document " + documentId)
                        .mapTo(Long.class).one()));
        Map<SeenAs, PreparedBatch> updates = new HashMap<>();
        PreparedBatch mentions = h.prepareBatch(INSERT_MENTION);
        int matched = 0;
        int candidates = 0;
        for (MentionLink link : links) {
            long actor;
            if (link.actor().isPresent()) {
                Long id = ids.get(link.actor().get());
                if (id == null) {
                    throw new IllegalArgumentException("actor '" + link.actor().get() + "' is not stored; sync the registry first");
                }
                actor = id;
                matched++;
            } else {
                actor = candidateIds.get(link.candidate());
                candidates++;
            }
            MentionRef ref = link.ref();
            updates.computeIfAbsent(ref.seenAs(), k -> h.prepareBatch(SET_FACT.get(k)))
                    .bind("actor", actor).bind("fact", ref.factId()).add();
            boolean statement = ref.seenAs() == SeenAs.SPEAKER || ref.seenAs() == SeenAs.ADDRESSEE;
            mentions.bind("actor", actor).bind("doc", documentId)
                    .bind("statement", statement ? ref.factId() : null).bind("perpetrator", statement ? null : ref.factId())
                    .bind("seenAs", ref.seenAs().name()).bind("mention", ref.mention())
                    .bind("role", link.role().or(ref::role).orElse(null))
                    .bind("kind", link.matchKind().orElse(null))
                    .bind("score", link.matchKind().isPresent() ? link.score() : null)
                    .bind("why", link.why()).add();
        }
        updates.values().forEach(PreparedBatch::execute);
        if (mentions.size() > 0) {
            mentions.execute();
        }
        h.createUpdate(RESOLVED).bind("doc", documentId).bind("version", registryVersion).execute();
        return new LinkReport(matched, candidates);
    }
}
