package org.borderwatch.store.extraction;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Removes one document's replaceable machine facts: MACHINE origin, never reviewed, and not used by
 * anything an analyst owns (an analyst's statement linking the incident, an analyst's perpetrator or
 * victim row on it). Their evidence goes too unless a surviving fact still cites it.
 */
final class MachineFactRemover {
    private static final String REPLACEABLE_INCIDENTS = """
            SELECT i.id FROM incident i
            WHERE i.document_id = :document
              AND i.fact_origin = 'MACHINE' AND i.review_status = 'UNREVIEWED'
              AND NOT EXISTS (SELECT 1 FROM statement_incident si JOIN statement s ON s.id = si.statement_id
                              WHERE si.incident_id = i.id
                                AND (s.fact_origin <> 'MACHINE' OR s.review_status <> 'UNREVIEWED'))
              AND NOT EXISTS (SELECT 1 FROM incident_perpetrator p
                              WHERE p.incident_id = i.id AND p.fact_origin <> 'MACHINE')
              AND NOT EXISTS (SELECT 1 FROM incident_victim v
                              WHERE v.incident_id = i.id AND v.fact_origin <> 'MACHINE')
            """;
    private static final String REPLACEABLE_STATEMENTS = """
            SELECT s.id FROM statement s
            WHERE s.document_id = :document
              AND s.fact_origin = 'MACHINE' AND s.review_status = 'UNREVIEWED'
            """;
    private static final String THEIR_EVIDENCE = """
            SELECT evidence_id FROM incident_evidence WHERE incident_id = ANY(:incidents)
            UNION
            SELECT evidence_id FROM statement_evidence WHERE statement_id = ANY(:statements)
            """;
    private static final String DELETE_STATEMENTS = "DELETE FROM statement WHERE id = ANY(:ids)";
    private static final String DELETE_INCIDENTS = "DELETE FROM incident WHERE id = ANY(:ids)";
    private static final String DELETE_UNCITED_EVIDENCE = """
            DELETE FROM evidence e
            WHERE e.id = ANY(:ids)
              AND NOT EXISTS (SELECT 1 FROM incident_evidence ie WHERE ie.evidence_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM statement_evidence se WHERE se.evidence_id = e.id)
            """;

    private MachineFactRemover() {
    }

    /** Returns {incidents removed, statements removed}. Links and children go with their facts (cascade). */
    static int[] remove(Handle handle, long documentId) {
        List<Long> incidents = ids(handle, REPLACEABLE_INCIDENTS, documentId);
        List<Long> statements = ids(handle, REPLACEABLE_STATEMENTS, documentId);
        if (incidents.isEmpty() && statements.isEmpty()) {
            return new int[] {0, 0};
        }
        List<Long> evidence = handle.createQuery(THEIR_EVIDENCE)
                .bindArray("incidents", Long.class, incidents)
                .bindArray("statements", Long.class, statements)
                .mapTo(Long.class)
                .list();
        handle.createUpdate(DELETE_STATEMENTS).bindArray("ids", Long.class, statements).execute();
        handle.createUpdate(DELETE_INCIDENTS).bindArray("ids", Long.class, incidents).execute();
        handle.createUpdate(DELETE_UNCITED_EVIDENCE).bindArray("ids", Long.class, evidence).execute();
        return new int[] {incidents.size(), statements.size()};
    }

    private static List<Long> ids(Handle handle, String sql, long documentId) {
        return handle.createQuery(sql).bind("document", documentId).mapTo(Long.class).list();
    }
}
