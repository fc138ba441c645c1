package org.borderwatch.web;

import java.util.List;
import org.borderwatch.resolve.consolidate.Consolidator;
import org.borderwatch.resolve.consolidate.GroupReconciler;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.consolidation.ConsolidationStore;

/** The real consolidation over the stored reports, as {@code borderwatch consolidate} runs it, for the web tests. */
final class Consolidations {
    private Consolidations() {
    }

    static ConsolidationStore.Applied run(TestDatabase db) {
        Consolidator consolidator = new Consolidator();
        return new ConsolidationStore(db.jdbi(), new GroupReconciler()).consolidate(snapshot -> consolidator.run(
                snapshot.reports(), snapshot.decisions(), snapshot.previous(), Consolidator.Listener.NONE), false, s -> { });
    }

    /** The consolidated incident a report belongs to now. */
    static long incidentOf(TestDatabase db, long report) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT consolidated_id FROM incident WHERE id = :id")
                .bind("id", report).mapTo(Long.class).one());
    }

    /** The report ids of a document's incidents, in id order. */
    static List<Long> reportsOf(TestDatabase db, long documentId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM incident WHERE document_id = :d ORDER BY id")
                .bind("d", documentId).mapTo(Long.class).list());
    }
}
