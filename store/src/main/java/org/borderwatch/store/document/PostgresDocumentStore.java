package org.borderwatch.store.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.Document;
import org.borderwatch.core.document.DocumentStore;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.document.StoreOutcome;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Documents in PostgreSQL; a batch is one transaction, so a document is stored whole or not at all. */
public final class PostgresDocumentStore implements DocumentStore {
    private static final String INSERT = """
            INSERT INTO document (sha256, origin, url, external_id, publisher, published_on, date_source,
                                  title, language, grade, format, text, char_count)
            VALUES (:sha256, :origin, :url, :externalId, :publisher, :publishedOn, :dateSource,
                    :title, :language, :grade, :format, :text, :charCount)
            ON CONFLICT (sha256) DO NOTHING
            """;
    private static final String IDS_BY_HASH = "SELECT sha256, id FROM document WHERE sha256 = ANY(:hashes)";
    private static final String COLUMNS = """
            id, sha256, origin, url, external_id, publisher, published_on, date_source, title, language,
            grade, format, text, ingested_at""";

    private final Jdbi jdbi;

    public PostgresDocumentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StoreOutcome> storeAll(List<IncomingDocument> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(handle -> storeAll(handle, batch));
    }

    /** {@link #storeAll(List)} inside the caller's transaction, for stores that add facts with their documents. */
    public static List<StoreOutcome> storeAll(Handle handle, List<IncomingDocument> batch) {
        Map<String, IncomingDocument> unique = new LinkedHashMap<>();
        batch.forEach(d -> unique.putIfAbsent(d.sha256(), d));
        Map<String, Long> before = idsByHash(handle, unique.keySet());
        PreparedBatch insert = handle.prepareBatch(INSERT);
        for (IncomingDocument d : unique.values()) {
            if (!before.containsKey(d.sha256())) {
                bind(insert, d).add();
            }
        }
        if (insert.size() > 0) {
            insert.execute();
        }
        Map<String, Long> after = idsByHash(handle, unique.keySet());
        List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
        Map<String, Boolean> reported = new HashMap<>();
        for (IncomingDocument d : batch) {
            boolean added = !before.containsKey(d.sha256()) && reported.put(d.sha256(), true) == null;
            outcomes.add(new StoreOutcome(d, after.get(d.sha256()), added));
        }
        return outcomes;
    }

    private static PreparedBatch bind(PreparedBatch insert, IncomingDocument d) {
        Provenance p = d.provenance();
        return insert.bind("sha256", d.sha256())
                .bind("origin", p.origin())
                .bind("url", p.url())
                .bind("externalId", p.externalId())
                .bind("publisher", p.publisher())
                .bind("publishedOn", p.published().date())
                .bind("dateSource", p.published().source().name())
                .bind("title", p.title())
                .bind("language", p.language())
                .bind("grade", p.grade().name())
                .bind("format", p.format())
                .bind("text", d.text())
                .bind("charCount", d.text().length());
    }

    private static Map<String, Long> idsByHash(Handle handle, java.util.Collection<String> hashes) {
        Map<String, Long> ids = new HashMap<>();
        handle.createQuery(IDS_BY_HASH)
                .bindArray("hashes", String.class, hashes)
                .map((rs, ctx) -> Map.entry(rs.getString("sha256"), rs.getLong("id")))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    @Override
    public Optional<Document> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM document WHERE id = :id")
                .bind("id", id)
                .map(PostgresDocumentStore::map)
                .findOne());
    }

    @Override
    public List<Document> list(int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM document ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit)
                .bind("offset", offset)
                .map(PostgresDocumentStore::map)
                .list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM document").mapTo(Long.class).one());
    }

    private static Document map(ResultSet rs, StatementContext ctx) throws SQLException {
        LocalDate published = rs.getObject("published_on", LocalDate.class);
        DateSource source = DateSource.valueOf(rs.getString("date_source"));
        Provenance provenance = new Provenance(
                rs.getString("origin"),
                rs.getString("url"),
                rs.getString("external_id"),
                rs.getString("publisher"),
                published == null ? PublicationDate.unknown() : PublicationDate.of(published, source),
                rs.getString("title"),
                rs.getString("language"),
                SourceGrade.valueOf(rs.getString("grade")),
                rs.getString("format"));
        return new Document(
                rs.getLong("id"),
                provenance,
                rs.getString("text"),
                rs.getString("sha256"),
                rs.getObject("ingested_at", java.time.OffsetDateTime.class).toInstant());
    }
}
