package org.borderwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.core.document.DocumentStore;
import org.borderwatch.store.document.PostgresDocumentStore;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, fully migrated database on one embedded server shared by the test JVM. Every test that
 * touches the database makes its own, so tests neither see nor disturb each other's rows.
 */
public final class TestDatabase {
    private static final String PREFIX = "borderwatch-test-pg";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String jdbcUrl;
    private final Jdbi jdbi;

    private TestDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.jdbi = Jdbi.create(jdbcUrl);
    }

    public static TestDatabase create() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String base = sharedServer().jdbcUrl();
        try (Connection c = DriverManager.getConnection(base); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = base.replace("/" + EmbeddedPostgres.DATABASE + "?", "/" + name + "?");
        Database.migrate(new org.postgresql.ds.PGSimpleDataSource() {
            {
                setURL(url);
            }
        });
        return new TestDatabase(url);
    }

    /**
     * Deletes the data of test servers whose JVM has ended (their directory's lock is free): a forked test
     * JVM is often stopped before a shutdown hook could, and each leaves a few hundred MB behind.
     */
    private static void sweepStaleServers(Path tmp) {
        try (var dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.getLastModifiedTime(dir).toInstant().isAfter(java.time.Instant.now().minusSeconds(600))) {
                    continue; // perhaps a JVM that is starting its server right now
                }
                try (DataDirLock unused = DataDirLock.acquire(dir)) {
                    PostgresBinaries.deleteTree(dir.resolve("pgdata"));
                } catch (DataDirInUseException inUse) {
                    continue;
                }
                PostgresBinaries.deleteTree(dir);
            }
        } catch (IOException | StoreException e) {
            System.err.println("could not remove old test databases in " + tmp + ": " + e.getMessage());
        }
    }

    private static synchronized EmbeddedPostgres sharedServer() {
        if (server == null) {
            try {
                sweepStaleServers(Path.of(System.getProperty("java.io.tmpdir")));
                Path dir = Files.createTempDirectory(PREFIX);
                server = EmbeddedPostgres.start(dir, message -> { });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    /** A JDBC URL with the user in it, usable as an "external" database. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DocumentStore documents() {
        return new PostgresDocumentStore(jdbi);
    }
}
