package org.borderwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.borderwatch.core.document.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestarts() {
        var config = new DatabaseConfig.Embedded(dataDir);
        try (Database db = Database.open(config, s -> { })) {
            db.documents().storeAll(List.of(DocumentStoreTest.doc("x", "kept", PublicationDate.unknown())));
            assertThat(db.description()).contains(dataDir.toString());
        }
        try (Database db = Database.open(config, s -> { })) {
            assertThat(db.documents().count()).isEqualTo(1);
        }
    }

    @Test
    void aSecondOpenOfTheSameDataDirectoryIsRefusedClearly() {
        var config = new DatabaseConfig.Embedded(dataDir);
        try (Database first = Database.open(config, s -> { })) {
            assertThatThrownBy(() -> Database.open(config, s -> { }))
                    .isInstanceOf(DataDirInUseException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("in use by another Borderwatch process")
                    .hasMessageContaining("--data-dir");
            assertThat(first.documents().count()).isZero();
        }
    }

    @Test
    void externalDatabaseIsMigratedOnOpen() {
        TestDatabase server = TestDatabase.create();
        var config = new DatabaseConfig.External(server.jdbcUrl(), null, null);
        try (Database db = Database.open(config, s -> { })) {
            assertThat(db.documents().count()).isZero();
            int applied = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success").mapTo(Integer.class).one());
            assertThat(applied).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void badExternalUrlsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new DatabaseConfig.External("mysql://x", "u", "p"))
                .hasMessageContaining("mysql://x").hasMessageContaining("jdbc:postgresql://");
        var unreachable = new DatabaseConfig.External("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "u", "p");
        assertThatThrownBy(() -> Database.open(unreachable, s -> { }))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/none");
    }
}
