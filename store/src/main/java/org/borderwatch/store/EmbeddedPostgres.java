package org.borderwatch.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A real PostgreSQL server whose cluster lives in the data directory, started from the binaries in
 * our jar and listening on loopback only.
 *
 * <p>Layout of the data directory: {@code borderwatch.lock} (held while we run), {@code engine/}
 * (unpacked binaries), {@code pgdata/} (the cluster), {@code postgres.log}.
 */
final class EmbeddedPostgres implements AutoCloseable {
    static final String DATABASE = "borderwatch";
    private static final String SUPERUSER = "postgres";
    private static final long START_TIMEOUT_S = 120;

    private final Path dataDir;
    private final Path bin;
    private final Path cluster;
    private final DataDirLock lock;
    private final int port;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedPostgres(Path dataDir, Path bin, DataDirLock lock, int port) {
        this.dataDir = dataDir;
        this.bin = bin;
        this.cluster = dataDir.resolve("pgdata");
        this.lock = lock;
        this.port = port;
        this.shutdownHook = new Thread(this::stopQuietly, "borderwatch-postgres-stop");
    }

    static EmbeddedPostgres start(Path dataDir, Consumer<String> status) {
        createDirectories(dataDir);
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            Path bin = PostgresBinaries.unpack(dataDir.resolve("engine")).resolve("bin");
            EmbeddedPostgres server = new EmbeddedPostgres(dataDir, bin, lock, freePort());
            server.stopOrphan(status);
            server.initIfNeeded(status);
            server.startServer();
            server.createDatabaseIfNeeded();
            return server;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + SUPERUSER;
    }

    String description() {
        return "embedded PostgreSQL in " + dataDir;
    }

    /** A server left running by a Borderwatch process that was killed: we hold the lock, so it is ours. */
    private void stopOrphan(Consumer<String> status) {
        Optional<ProcessHandle> orphan = postmaster();
        if (orphan.isEmpty()) {
            return;
        }
        status.accept("stopping the database server left running by an earlier process (pid "
                + orphan.get().pid() + ")");
        try {
            pgCtl("stop", "-m", "fast", "-w", "-t", "60");
        } catch (StoreException e) {
            orphan.get().destroyForcibly();
        }
        orphan.get().onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    private Optional<ProcessHandle> postmaster() {
        Path pidFile = cluster.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("");
            long pid = Long.parseLong(first.strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // unreadable or half-written: PostgreSQL itself copes with a stale file
        }
    }

    private void initIfNeeded(Consumer<String> status) {
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            return;
        }
        status.accept("creating the database in " + cluster);
        Path staging = dataDir.resolve("pgdata.creating");
        try {
            PostgresBinaries.deleteTree(staging);
            PgCommand.run(bin.resolve("initdb"), List.of("-A", "trust", "-U", SUPERUSER, "-E", "UTF-8",
                    "--locale=C", "-D", staging.toString()), START_TIMEOUT_S);
            Files.move(staging, cluster);
        } catch (IOException e) {
            throw new StoreException("cannot create the database in " + cluster + ": " + e.getMessage(), e);
        }
    }

    private void startServer() {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c synchronous_commit=on -c fsync=on";
        try {
            pgCtl("start", "-w", "-t", Long.toString(START_TIMEOUT_S), "-l",
                    dataDir.resolve("postgres.log").toString(), "-o", options);
        } catch (StoreException e) {
            throw new StoreException(e.getMessage() + "; see " + dataDir.resolve("postgres.log"), e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void createDatabaseIfNeeded() {
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER;
        try (Connection c = DriverManager.getConnection(admin);
             var check = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            check.setString(1, DATABASE);
            if (!check.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private void pgCtl(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("-D", cluster.toString()));
        all.addAll(List.of(args));
        PgCommand.run(bin.resolve("pg_ctl"), all, START_TIMEOUT_S + 10);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StoreException("no free loopback port for the database: " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private synchronized void stopQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            pgCtl("stop", "-m", "fast", "-w", "-t", "60");
        } catch (StoreException e) {
            System.err.println("warning: " + e.getMessage());
        } finally {
            lock.close();
        }
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }
}
