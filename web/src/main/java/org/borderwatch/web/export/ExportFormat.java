package org.borderwatch.web.export;

import java.util.List;
import java.util.Locale;
import org.borderwatch.web.Problem;

/** The export formats, their media types and file name extensions. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json", "json"),
    GEOJSON("application/geo+json", "geojson"),
    STIX("application/stix+json;version=2.1", "stix.json");

    public static final List<String> NAMES = List.of("csv", "json", "geojson", "stix");
    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** @throws Problem naming {@code parameter} when the name is not a format */
    public static ExportFormat parse(String parameter, String name) {
        if (name == null || name.isBlank()) {
            throw Problem.badParameter(parameter, "missing; one of " + String.join(", ", NAMES));
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(parameter, "must be one of " + String.join(", ", NAMES) + ", was '" + name + "'");
        }
    }
}
