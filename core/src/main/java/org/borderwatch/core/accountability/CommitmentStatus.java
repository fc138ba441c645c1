package org.borderwatch.core.accountability;

import java.util.Locale;

/** How far a commitment has been kept, on PolitiFact's promise scale. */
public enum CommitmentStatus {
    NOT_YET_RATED, IN_THE_WORKS, STALLED, KEPT, COMPROMISE, BROKEN;

    /** "kept", "in-the-works", "In The Works" all name a status. */
    public static CommitmentStatus parse(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (CommitmentStatus s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("a status is one of " + names() + ", was '" + value + "'");
    }

    public static String names() {
        StringBuilder s = new StringBuilder();
        for (CommitmentStatus c : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(c.label());
        }
        return s.toString();
    }

    /** "in_the_works". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
