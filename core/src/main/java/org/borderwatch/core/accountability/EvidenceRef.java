package org.borderwatch.core.accountability;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What supports a status change: a document (optionally a span of it), a statement, an incident, an
 * indicator's result, a web page, or an analyst's note. Written {@code document:12}, {@code document:12:100-180},
 * {@code statement:45}, {@code incident:C12}, {@code indicator:ttp-border}, {@code url:https://…} (or the bare
 * URL) and {@code note:text}.
 *
 * @param quote the words of a document span, when the store has cut them from the text
 */
public record EvidenceRef(Kind kind, String ref, Optional<String> quote) {
    public enum Kind { DOCUMENT, STATEMENT, INCIDENT, INDICATOR, URL, NOTE }

    public EvidenceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(quote, "quote");
        if (ref.isBlank()) {
            throw new IllegalArgumentException("evidence '" + kind.name().toLowerCase(Locale.ROOT) + ":' names nothing");
        }
    }

    public static EvidenceRef parse(String text) {
        String s = text.strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return new EvidenceRef(Kind.URL, s, Optional.empty());
        }
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(problem(text));
        }
        String kind = s.substring(0, colon).toUpperCase(Locale.ROOT);
        String ref = s.substring(colon + 1).strip();
        Kind k = switch (kind) {
            case "DOC", "DOCUMENT" -> Kind.DOCUMENT;
            case "STATEMENT" -> Kind.STATEMENT;
            case "INCIDENT" -> Kind.INCIDENT;
            case "INDICATOR" -> Kind.INDICATOR;
            case "URL" -> Kind.URL;
            case "NOTE" -> Kind.NOTE;
            default -> throw new IllegalArgumentException(problem(text));
        };
        EvidenceRef parsed = new EvidenceRef(k, ref, Optional.empty());
        parsed.check();
        return parsed;
    }

    private void check() {
        switch (kind) {
            case DOCUMENT -> {
                if (!ref.matches("\\d+(:\\d+-\\d+)?")) {
                    throw new IllegalArgumentException("document evidence is document:ID or document:ID:START-END, was '"
                            + ref + "'");
                }
            }
            case STATEMENT -> {
                if (!ref.matches("\\d+")) {
                    throw new IllegalArgumentException("statement evidence is statement:ID, was '" + ref + "'");
                }
            }
            case INCIDENT -> IncidentRef.parse(ref);
            default -> { }
        }
    }

    private static String problem(String text) {
        return "evidence is document:ID[:START-END], statement:ID, incident:C<id>|R<id>, indicator:NAME, url:URL"
                + " or note:TEXT, was '" + text + "'";
    }

    /** The document id of document evidence. */
    public Optional<Long> documentId() {
        return kind == Kind.DOCUMENT ? Optional.of(Long.parseLong(ref.split(":")[0])) : Optional.empty();
    }

    /** The span of document evidence, as {@code [start, end]}, when it names one. */
    public Optional<int[]> span() {
        if (kind != Kind.DOCUMENT || !ref.contains(":")) {
            return Optional.empty();
        }
        String[] range = ref.split(":")[1].split("-");
        return Optional.of(new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])});
    }

    public EvidenceRef withQuote(String words) {
        return new EvidenceRef(kind, ref, Optional.of(words));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + ref;
    }
}
