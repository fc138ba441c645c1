package org.borderwatch.store.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.document.StoreOutcome;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.place.ResolvedPlace;
import org.borderwatch.store.consolidation.ReportKeys;
import org.borderwatch.store.document.PostgresDocumentStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores events imported from datasets as reports, idempotently: one document per record (the record
 * rendered as text, its provenance), one MACHINE incident citing it, with {@code source_dataset},
 * {@code source_record} and the report key {@code <dataset>:<record id>}. A record stored with the same
 * text is unchanged; a record whose text changed (a new release of the dataset) replaces its report,
 * unless an analyst reviewed or corrected that report, which is then kept. A batch is one transaction.
 */
public final class RecordImportStore {
    private static final String EXISTING = """
            SELECT i.id, i.source_record, i.document_id, i.fact_origin, i.review_status FROM incident i
            WHERE i.source_dataset = :dataset AND i.source_record = ANY(:records)
            """;
    private static final String MARK_SOURCE = """
            UPDATE incident SET source_dataset = :dataset, source_record = :record, report_key = :key WHERE id = :id
            """;

    /** What a batch did: records added, replaced by a changed version, unchanged, and kept for an analyst. */
    public record Outcome(int added, int updated, int unchanged, int kept) {
        public Outcome plus(Outcome o) {
            return new Outcome(added + o.added, updated + o.updated, unchanged + o.unchanged, kept + o.kept);
        }
    }

    private final Jdbi jdbi;

    public RecordImportStore(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    public Outcome store(List<ImportedRecord> batch) {
        if (batch.isEmpty()) {
            return new Outcome(0, 0, 0, 0);
        }
        return jdbi.inTransaction(handle -> {
            List<StoreOutcome> docs = PostgresDocumentStore.storeAll(handle, batch.stream().map(ImportedRecord::document)
                    .toList());
            Map<String, Map<String, Existing>> existing = existing(handle, batch);
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int kept = 0;
            for (int k = 0; k < batch.size(); k++) {
                ImportedRecord r = batch.get(k);
                long doc = docs.get(k).id();
                Existing e = existing.getOrDefault(r.dataset(), Map.of()).get(r.recordId());
                if (e != null && e.documentId() != null && e.documentId() == doc) {
                    unchanged++;
                    continue;
                }
                if (e != null && !e.replaceable()) {
                    kept++;
                    continue;
                }
                if (e != null) {
                    if (e.documentId() != null) {
                        MachineFactRemover.remove(handle, e.documentId());
                    }
                    updated++;
                } else {
                    added++;
                }
                insert(handle, r, doc);
                existing.computeIfAbsent(r.dataset(), x -> new HashMap<>()).put(r.recordId(),
                        new Existing(-1, doc, true));
            }
            return new Outcome(added, updated, unchanged, kept);
        });
    }

    private static void insert(Handle handle, ImportedRecord r, long doc) {
        Extraction extraction = new Extraction(doc, r.importer(), List.of(r.report()), List.of());
        List<List<Optional<ResolvedPlace>>> places = r.report().places().isEmpty() ? List.of()
                : List.of(List.of(r.place()));
        MachineFactWriter writer = new MachineFactWriter(handle, extraction, r.document().text(),
                new SentenceLocator(List.of()), places);
        long id = writer.incidents().get(0);
        handle.createUpdate(MARK_SOURCE).bind("dataset", r.dataset()).bind("record", r.recordId())
                .bind("key", ReportKeys.imported(r.dataset(), r.recordId())).bind("id", id).execute();
    }

    /** An imported report stored now, and whether a new version of its record may replace it. */
    private record Existing(long id, Long documentId, boolean replaceable) {
    }

    private static Map<String, Map<String, Existing>> existing(Handle handle, List<ImportedRecord> batch) {
        Map<String, List<String>> byDataset = new HashMap<>();
        batch.forEach(r -> byDataset.computeIfAbsent(r.dataset(), k -> new ArrayList<>()).add(r.recordId()));
        Map<String, Map<String, Existing>> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : byDataset.entrySet()) {
            Map<String, Existing> found = new HashMap<>();
            handle.createQuery(EXISTING).bind("dataset", e.getKey()).bindArray("records", String.class, e.getValue())
                    .map((rs, ctx) -> new Object[] {rs.getString("source_record"), new Existing(rs.getLong("id"),
                            rs.getObject("document_id", Long.class),
                            "MACHINE".equals(rs.getString("fact_origin"))
                                    && "UNREVIEWED".equals(rs.getString("review_status")))})
                    .forEach(row -> found.put((String) row[0], (Existing) row[1]));
            out.put(e.getKey(), found);
        }
        return out;
    }
}
