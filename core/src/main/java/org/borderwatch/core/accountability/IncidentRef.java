package org.borderwatch.core.accountability;

/**
 * An incident an indicator counts: a consolidated incident ("C12", the real event) or, for a report
 * that consolidation has not grouped yet, the report itself ("R34", an {@code incident} row).
 */
public record IncidentRef(Kind kind, long id) {
    public enum Kind { CONSOLIDATED, REPORT }

    public IncidentRef {
        if (kind == null) {
            throw new IllegalArgumentException("an incident reference needs a kind");
        }
        if (id <= 0) {
            throw new IllegalArgumentException("an incident id must be positive, was " + id);
        }
    }

    /** "C12" or "R34". */
    public String label() {
        return (kind == Kind.CONSOLIDATED ? "C" : "R") + id;
    }

    /** Reads a {@link #label()}; a bare number is a report id. */
    public static IncidentRef parse(String label) {
        String s = label.strip();
        try {
            if (s.startsWith("C") || s.startsWith("c")) {
                return new IncidentRef(Kind.CONSOLIDATED, Long.parseLong(s.substring(1)));
            }
            if (s.startsWith("R") || s.startsWith("r")) {
                return new IncidentRef(Kind.REPORT, Long.parseLong(s.substring(1)));
            }
            return new IncidentRef(Kind.REPORT, Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an incident is C<id> (consolidated) or R<id> (report), was '" + label + "'");
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
