package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.store.Database;
import org.borderwatch.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process with SIGKILL part-way and runs the same command again: every document
 * must end up stored exactly once, and the database must come back by itself.
 */
class CrashSafetyTest {
    private static final int DOCS = 30_000;

    @TempDir
    Path tmp;

    @Test
    void killedMidIngestThenRerunStoresEveryDocumentExactlyOnce() throws Exception {
        Path data = tmp.resolve("data");
        Path feed = writeFeed(tmp.resolve("feed.jsonl"));
        String[] ingest = {"ingest", "--data-dir", data.toString(), "--quiet", "--batch-size", "100", feed.toString()};

        Subprocess first = Subprocess.start(tmp, ingest);
        long storedBeforeKill = waitUntilStored(data, first, 2_000);

        Cli second = Subprocess.start(tmp, "documents", "--data-dir", data.toString()).finish(120);
        assertThat(second.status()).as(second.toString()).isEqualTo(1);
        assertThat(second.err()).contains("in use by another Borderwatch process");

        first.kill();
        Thread.sleep(1_000); // let the server finish aborting or committing the batch in flight
        long storedAtKill = count(data, "SELECT count(*) FROM document");
        assertThat(storedAtKill).as("the kill must land mid-ingest").isGreaterThanOrEqualTo(storedBeforeKill)
                .isLessThan(DOCS);

        Cli rerun = Subprocess.start(tmp, ingest).finish(600);
        assertThat(rerun.status()).as(rerun.toString()).isZero();
        Matcher m = Pattern.compile("(\\d+) new, (\\d+) already stored").matcher(rerun.out());
        assertThat(m.find()).as(rerun.toString()).isTrue();
        long added = Long.parseLong(m.group(1));
        long unchanged = Long.parseLong(m.group(2));
        assertThat(added + unchanged).isEqualTo(DOCS);
        assertThat(unchanged).isEqualTo(storedAtKill);

        try (Database db = Database.open(new DatabaseConfig.Embedded(data), s -> { })) {
            Map<String, Long> counts = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) AS docs, count(DISTINCT external_id) AS ids, count(DISTINCT sha256) AS hashes "
                            + "FROM document").mapToMap(Long.class).one());
            assertThat(counts).containsEntry("docs", (long) DOCS).containsEntry("ids", (long) DOCS)
                    .containsEntry("hashes", (long) DOCS);
        }
    }

    private static Path writeFeed(Path file) throws IOException {
        String body = "Afghan and coalition forces detained a suspected insurgent during a security operation "
                .repeat(12);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < DOCS; i++) {
                w.write(Json.compact(Map.of("id", "doc-" + i, "date", "2012-06-0" + (1 + i % 9),
                        "text", "KABUL, Afghanistan. Report " + i + ". " + body)));
                w.newLine();
            }
        }
        return file;
    }

    /** Polls the embedded server the subprocess started (port from postmaster.pid) until enough rows. */
    private static long waitUntilStored(Path data, Subprocess process, long atLeast) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("ingest ended before it could be killed").isTrue();
            try {
                long n = count(data, "SELECT count(*) FROM document");
                if (n >= atLeast) {
                    return n;
                }
            } catch (SQLException | IOException notYet) {
                // server or schema not up yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + atLeast + " documents stored after 300 s");
    }

    private static long count(Path data, String sql) throws IOException, SQLException {
        List<String> pid = Files.readAllLines(data.resolve("pgdata/postmaster.pid"));
        String url = "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/borderwatch?user=postgres";
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
