package org.borderwatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.borderwatch.core.consolidation.Reconciler;
import org.borderwatch.core.document.DocumentStore;
import org.borderwatch.store.actor.PostgresActorStore;
import org.borderwatch.store.consolidation.ConsolidationStore;
import org.borderwatch.store.document.PostgresDocumentStore;
import org.borderwatch.store.extraction.PostgresExtractionStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The open database: a connection pool with the schema migrated to the version this build expects.
 * Opening it starts the embedded server when configured so; closing it stops that server.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final EmbeddedPostgres embedded;
    private final String description;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool, EmbeddedPostgres embedded, String description) {
        this.pool = pool;
        this.embedded = embedded;
        this.description = description;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens (and for the embedded kind, starts) the database and runs pending migrations. */
    public static Database open(DatabaseConfig config, Consumer<String> status) {
        if (config instanceof DatabaseConfig.Embedded embedded) {
            return openEmbedded(embedded, status);
        }
        DatabaseConfig.External x = (DatabaseConfig.External) config;
        return connect(x.jdbcUrl(), x.user(), x.password(), null, "PostgreSQL at " + x.jdbcUrl());
    }

    private static Database openEmbedded(DatabaseConfig.Embedded config, Consumer<String> status) {
        EmbeddedPostgres server = EmbeddedPostgres.start(config.dataDir().toAbsolutePath().normalize(), status);
        try {
            return connect(server.jdbcUrl(), null, null, server, server.description());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Database connect(String url, String user, String password, EmbeddedPostgres server,
                                    String description) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        if (user != null) {
            hikari.setUsername(user);
        }
        if (password != null) {
            hikari.setPassword(password);
        }
        hikari.setMaximumPoolSize(8);
        hikari.setMinimumIdle(0);
        hikari.setPoolName("borderwatch");
        hikari.setInitializationFailTimeout(-1);
        hikari.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(hikari);
        try {
            checkConnection(pool, description);
            migrate(pool);
            return new Database(pool, server, description);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void checkConnection(DataSource pool, String description) {
        try (java.sql.Connection c = pool.getConnection()) {
            c.isValid(5);
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot connect to " + description + ": " + rootMessage(e), e);
        }
    }

    static void migrate(DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the database schema up to date: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    public DocumentStore documents() {
        return new PostgresDocumentStore(jdbi);
    }

    /** Extracted incidents and statements. */
    public PostgresExtractionStore extractions() {
        return new PostgresExtractionStore(jdbi);
    }

    /** The actor registry, candidates and the links from facts to actors. */
    public PostgresActorStore actors() {
        return new PostgresActorStore(jdbi);
    }

    /**
     * Consolidated incidents: runs, analysts' merges and splits, listing. The reconciler recomputes an
     * incident's fields when a merge or split changes its reports.
     */
    public ConsolidationStore consolidation(Reconciler reconciler) {
        return new ConsolidationStore(jdbi, reconciler);
    }

    /** Where the data is, for messages: "embedded PostgreSQL in /home/a/.borderwatch". */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
