package org.borderwatch.app;

import java.util.Locale;
import java.util.Optional;
import org.borderwatch.store.Database;
import org.borderwatch.store.extraction.FactQuery;
import picocli.CommandLine.Option;

/** What the incident and statement listings share: format, document, type, paging. */
final class FactListOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table|csv|json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--doc", paramLabel = "ID", description = "Only facts reported by this document.")
    Long documentId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    /** The format, after checking the values that need no database. */
    OutputFormat checked() {
        if (limit < 1) {
            throw new UserError("--limit must be at least 1, was " + limit);
        }
        if (offset < 0) {
            throw new UserError("--offset must be at least 0, was " + offset);
        }
        return OutputFormat.parse(format);
    }

    /** The query, once the document named by --doc is known to exist; {@code type} is already validated. */
    FactQuery query(Database db, Optional<String> type) {
        if (documentId != null && db.documents().find(documentId).isEmpty()) {
            throw new UserError("--doc: no document with id " + documentId);
        }
        return new FactQuery(Optional.ofNullable(documentId), type, limit, offset);
    }

    /** The enum constant a user named, in any case and with '-' for '_', or a one-line error listing them. */
    static <E extends Enum<E>> Optional<String> type(String value, Class<E> type) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(name);
            }
        }
        throw new UserError("--type must be one of " + names(type) + ", was '" + value + "'");
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder s = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            s.append(s.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        return s.toString();
    }
}
