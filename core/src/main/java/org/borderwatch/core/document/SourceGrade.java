package org.borderwatch.core.document;

import java.util.Locale;

/** Admiralty (NATO) scale for the reliability of a source, A (reliable) to F (cannot be judged). */
public enum SourceGrade {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    SourceGrade(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The grade for a user-given letter; an error names what was given and what is allowed. */
    public static SourceGrade parse(String letter) {
        if (letter != null && letter.trim().length() == 1) {
            char c = letter.trim().toUpperCase(Locale.ROOT).charAt(0);
            if (c >= 'A' && c <= 'F') {
                return values()[c - 'A'];
            }
        }
        throw new IllegalArgumentException(
                "source grade must be one letter A-F (Admiralty scale), was '" + letter + "'");
    }
}
