package org.borderwatch.store;

import java.nio.file.Path;
import java.util.Objects;

/** Where the database is: embedded in a data directory (the default), or an external server. */
public sealed interface DatabaseConfig {

    /** A PostgreSQL server started from our jar, its cluster inside {@code dataDir}. */
    record Embedded(Path dataDir) implements DatabaseConfig {
        public Embedded {
            Objects.requireNonNull(dataDir, "dataDir");
        }
    }

    /** A PostgreSQL server the user runs; the password is never logged. */
    record External(String jdbcUrl, String user, String password) implements DatabaseConfig {
        public External {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(
                        "--db must be a PostgreSQL JDBC URL such as jdbc:postgresql://host:5432/borderwatch, was '"
                                + jdbcUrl + "'");
            }
        }

        @Override
        public String toString() {
            return "External[" + jdbcUrl + ", user=" + user + "]";
        }
    }
}
