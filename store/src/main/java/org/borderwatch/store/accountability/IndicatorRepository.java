package org.borderwatch.store.accountability;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Named indicators. The caller checks an expression parses before defining it. */
public final class IndicatorRepository {
    private static final String SELECT = """
            SELECT id, name, expression, description, created_by, updated_at FROM indicator
            """;
    private static final String UPSERT = """
            INSERT INTO indicator (name, expression, description, created_by) VALUES (:name, :expression, :description, :author)
            ON CONFLICT (name) DO UPDATE SET expression = excluded.expression, description = excluded.description,
                created_by = excluded.created_by, updated_at = now()
            RETURNING id
            """;

    private final Jdbi jdbi;

    IndicatorRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Defines the indicator, or redefines the one of that name; returns its id. */
    public long define(String name, String expression, Optional<String> description, String author) {
        String who = Audit.requireAuthor(author);
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("an indicator name is a letter followed by letters, digits, '-' or '_', was '"
                    + name + "'");
        }
        return jdbi.inTransaction(h -> {
            Optional<StoredIndicator> old = find(h, name);
            long id = h.createQuery(UPSERT).bind("name", name).bind("expression", expression.strip())
                    .bind("description", description.orElse(null)).bind("author", who).mapTo(Long.class).one();
            Audit.record(h, "indicator", id, old.isPresent() ? "redefine" : "define", who,
                    old.map(o -> Audit.json("expression", o.expression())).orElse(null), Audit.json("expression", expression.strip()));
            return id;
        });
    }

    public Optional<StoredIndicator> find(String name) {
        return jdbi.withHandle(h -> find(h, name));
    }

    private static Optional<StoredIndicator> find(org.jdbi.v3.core.Handle h, String name) {
        return h.createQuery(SELECT + " WHERE name = :name").bind("name", name).map((rs, ctx) -> row(rs)).findOne();
    }

    public List<StoredIndicator> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY name").map((rs, ctx) -> row(rs)).list());
    }

    /** Deletes the indicator; commitments lose it, conditions naming it fail to evaluate until it is defined again. */
    public boolean delete(String name, String author) {
        String who = Audit.requireAuthor(author);
        return jdbi.inTransaction(h -> {
            Optional<StoredIndicator> old = find(h, name);
            if (old.isEmpty()) {
                return false;
            }
            h.createUpdate("DELETE FROM indicator WHERE id = :id").bind("id", old.get().id()).execute();
            Audit.record(h, "indicator", old.get().id(), "delete", who, Audit.json("expression", old.get().expression()), null);
            return true;
        });
    }

    private static StoredIndicator row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredIndicator(rs.getLong("id"), rs.getString("name"), rs.getString("expression"),
                Optional.ofNullable(rs.getString("description")), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
