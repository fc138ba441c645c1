package org.borderwatch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.borderwatch.store.Database;
import org.borderwatch.store.DatabaseConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the data is: shared by every command that opens the database. A command with subcommands
 * passes these on to them (picocli's inherited scope), so they may be given before or after the subcommand.
 */
final class StoreOptions {
    static final String PASSWORD_VARIABLE = "BORDERWATCH_DB_PASSWORD";

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:BORDERWATCH_DATA_DIR:-${sys:user.home}/.borderwatch}")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "Use an external PostgreSQL server instead, e.g. jdbc:postgresql://host:5432/borderwatch"
                    + " (password from $" + PASSWORD_VARIABLE + ").")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", scope = ScopeType.INHERIT, description = "User for --db.")
    String user;

    DatabaseConfig config() {
        if (jdbcUrl == null) {
            return new DatabaseConfig.Embedded(dataDir);
        }
        return new DatabaseConfig.External(jdbcUrl, user, System.getenv(PASSWORD_VARIABLE));
    }

    /** Opens the database, telling the user on stderr about slow first-time work unless quiet. */
    Database open(PrintWriter err, boolean quiet) {
        return Database.open(config(), message -> {
            if (!quiet) {
                err.println(message);
                err.flush();
            }
        });
    }
}
