package org.borderwatch.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.store.Database;

/**
 * The floor for storing documents: a plain JDBC batch INSERT of the same rows into a table of the same
 * shape, without duplicate detection or our store's bookkeeping. Benchmarks compare against it.
 */
final class BaselineInsert {
    private BaselineInsert() {
    }

    static void run(Database db, List<IncomingDocument> docs, int batchSize) {
        try (Connection c = db.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_baseline");
                // same columns, constraints and indexes as document: a fair floor, not an unlogged shortcut
                s.execute("CREATE TABLE bench_baseline (LIKE document INCLUDING ALL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO bench_baseline ( sha256, origin, date_source, language, grade, format, text, char_count)
                    VALUES (?, ?, 'UNKNOWN', ?, 'F', ?, ?, ?)""")) {
                int n = 0;
                for (IncomingDocument d : docs) {
                    n++;
                    insert.setString(1, d.sha256());
                    insert.setString(2, d.provenance().origin());
                    insert.setString(3, d.provenance().language());
                    insert.setString(4, d.provenance().format());
                    insert.setString(5, d.text());
                    insert.setInt(6, d.text().length());
                    insert.addBatch();
                    if (n % batchSize == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_baseline");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline insert failed: " + e.getMessage(), e);
        }
    }
}
