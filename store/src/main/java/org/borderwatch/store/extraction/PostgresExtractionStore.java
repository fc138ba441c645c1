package org.borderwatch.store.extraction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.place.ResolvedPlace;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Extracted incidents and statements in PostgreSQL. Extracting a document again replaces its machine
 * facts in one transaction; facts an analyst entered, corrected or reviewed are never touched.
 */
public final class PostgresExtractionStore {
    private static final String LOCK_DOCUMENT = "SELECT text, format FROM document WHERE id = :id FOR NO KEY UPDATE";
    /** Documents rendering a dataset's record ({@code dataset:ucdp-ged}) are not text to extract: imports own their facts. */
    private static final String TEXT_ONLY = " AND d.format NOT LIKE 'dataset:%'";
    private static final String DOCUMENT_IDS = "SELECT d.id FROM document d WHERE d.id > :after" + TEXT_ONLY
            + " ORDER BY d.id LIMIT :limit";
    private static final String COUNT_EXTRACTABLE = "SELECT count(*) FROM document d WHERE true" + TEXT_ONLY;
    private static final String PENDING_IDS = """
            SELECT d.id FROM document d
            WHERE d.id > :after
              AND NOT EXISTS (SELECT 1 FROM document_extraction e WHERE e.document_id = d.id AND e.extractor = :extractor)
            """ + TEXT_ONLY + " ORDER BY d.id LIMIT :limit";
    private static final String COUNT_PENDING = """
            SELECT count(*) FROM document d
            WHERE NOT EXISTS (SELECT 1 FROM document_extraction e WHERE e.document_id = d.id AND e.extractor = :extractor)
            """ + TEXT_ONLY;
    private static final String MARK_EXTRACTED = """
            INSERT INTO document_extraction (document_id, extractor) VALUES (:id, :extractor)
            ON CONFLICT (document_id) DO UPDATE SET extractor = excluded.extractor, extracted_at = now()""";

    private final Jdbi jdbi;

    public PostgresExtractionStore(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** {@link #replaceMachineFacts(Extraction, List)} with every evidence row in sentence 0. */
    public Replaced replaceMachineFacts(Extraction extraction) {
        return replaceMachineFacts(extraction, List.of());
    }

    /**
     * Deletes the document's replaceable machine facts (with their evidence and links) and stores the
     * extraction's, all in one transaction. Evidence quotes are cut from the stored text, so a span
     * that does not fit the document fails the whole replacement.
     *
     * @param sentences the annotated document's sentence spans in text order, to record which sentence
     *                  each evidence span starts in; empty records sentence 0
     * @throws IllegalArgumentException when the document does not exist or the extraction does not fit it
     */
    public Replaced replaceMachineFacts(Extraction extraction, List<Span> sentences) {
        return replaceMachineFacts(extraction, sentences, List.of());
    }

    /**
     * {@link #replaceMachineFacts(Extraction, List)} with the incidents' place mentions resolved: each
     * resolved place is added to (or updated in) the {@code place} table and linked from its mention, and
     * each incident is placed at its most precise resolved place.
     *
     * @param places one list per incident in the extraction's order, holding one entry per place mention
     *               in the incident's order (empty when unresolved); an empty list when nothing was resolved
     * @throws IllegalArgumentException also when the placements do not match the incidents and their mentions
     */
    public Replaced replaceMachineFacts(Extraction extraction, List<Span> sentences,
                                        List<List<Optional<ResolvedPlace>>> places) {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(places, "places");
        SentenceLocator locator = new SentenceLocator(sentences);
        return jdbi.inTransaction(handle -> {
            String text = lock(handle, extraction.documentId());
            int[] removed = MachineFactRemover.remove(handle, extraction.documentId());
            MachineFactWriter writer = new MachineFactWriter(handle, extraction, text, locator, places);
            List<Long> incidents = writer.incidents();
            int statements = writer.statements(incidents);
            handle.createUpdate(MARK_EXTRACTED).bind("id", extraction.documentId())
                    .bind("extractor", extraction.extractorVersion()).execute();
            return new Replaced(extraction.documentId(), removed[0], removed[1], writer.incidentsInserted(), statements);
        });
    }

    private static String lock(Handle handle, long documentId) {
        String[] row = handle.createQuery(LOCK_DOCUMENT).bind("id", documentId)
                .map((rs, ctx) -> new String[] {rs.getString("text"), rs.getString("format")}).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no document with id " + documentId));
        if (row[1].startsWith("dataset:")) {
            throw new IllegalArgumentException("document " + documentId + " is a record imported from a dataset ("
                    + row[1].substring("dataset:".length()) + "), not text to extract");
        }
        return row[0];
    }

    public List<StoredIncident> incidents(FactQuery query) {
        return jdbi.withHandle(h -> IncidentReader.list(h, query));
    }

    public long countIncidents(FactQuery query) {
        return jdbi.withHandle(h -> IncidentReader.count(h, query));
    }

    public List<StoredStatement> statements(FactQuery query) {
        return jdbi.withHandle(h -> StatementReader.list(h, query));
    }

    public long countStatements(FactQuery query) {
        return jdbi.withHandle(h -> StatementReader.count(h, query));
    }

    /** Ids above {@code afterId} of documents this extractor version has not extracted yet, ascending. */
    public List<Long> pendingDocumentIdsAfter(long afterId, int limit, String extractor) {
        return jdbi.withHandle(h -> h.createQuery(PENDING_IDS).bind("after", afterId).bind("limit", limit)
                .bind("extractor", extractor).mapTo(Long.class).list());
    }

    public long countPending(String extractor) {
        return jdbi.withHandle(h -> h.createQuery(COUNT_PENDING).bind("extractor", extractor).mapTo(Long.class).one());
    }

    /** Documents extraction reads: all but those rendering an imported dataset record. */
    public long countExtractable() {
        return jdbi.withHandle(h -> h.createQuery(COUNT_EXTRACTABLE).mapTo(Long.class).one());
    }

    /** Stored document ids above {@code afterId}, ascending: pages through the corpus without its texts. */
    public List<Long> documentIdsAfter(long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(DOCUMENT_IDS).bind("after", afterId).bind("limit", limit)
                .mapTo(Long.class).list());
    }
}
