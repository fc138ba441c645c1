package org.borderwatch.core.accountability;

import java.util.Locale;

/** Diplomatic, military and economic steps whose effect on incident rates can be read. */
public enum EngagementKind {
    DELEGATION, TALKS, CROSS_BORDER_STRIKE, AID, SANCTIONS, OTHER;

    public static EngagementKind parse(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (EngagementKind k : values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        StringBuilder names = new StringBuilder();
        for (EngagementKind k : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(k.label());
        }
        throw new IllegalArgumentException("an engagement kind is one of " + names + ", was '" + value + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
