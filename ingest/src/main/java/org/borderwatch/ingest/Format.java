package org.borderwatch.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input formats; {@link #AUTO} picks one per file from its name and first bytes. */
public enum Format {
    AUTO, LINE, TEXT, JSONL, CSV, HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Format::id).collect(Collectors.joining("|")));
    }
}
