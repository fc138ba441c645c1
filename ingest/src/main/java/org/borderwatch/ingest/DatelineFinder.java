package org.borderwatch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a news dateline ("KABUL, Afghanistan (Jan. 25, 2013) —", "Islamabad, May 28, 2024:") near
 * the start of a text. To avoid taking a date mentioned in the story for the publication date, the
 * date must follow a capitalised place name that opens a line, separated from it by a comma or an
 * opening parenthesis, and it must carry a year: we never guess one.
 */
final class DatelineFinder {
    /** Datelines sit at the top of a story; deeper in, dates are about events. */
    static final int WINDOW = 400;

    private static final String FIRST_WORD = "\\p{Lu}[\\p{L}'’.\\-]+";
    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PLACE = FIRST_WORD + "(?:[ \\u00A0]" + WORD + "){0,3}";
    private static final String GAP = "[ \\t\\u00A0]*";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[\\s\\u00A0]*" + PLACE + "(?:," + GAP + PLACE + ")?"
                    + "(?:" + GAP + "," + GAP + "|" + GAP + "[(\\[]" + GAP + ")"
                    + "(?i:(" + MONTH + "))\\.?" + GAP + "(\\d{1,2})(?:st|nd|rd|th)?,?" + GAP
                    + "((?:19|20)\\d{2})(?!\\d)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DatelineFinder() {
    }

    static Optional<LocalDate> find(String text) {
        // A little slack past the window lets a dateline that starts inside it finish.
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), WINDOW + 80)));
        while (m.find() && m.start() < WINDOW) {
            int month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                // "Feb. 30": not a date; a later dateline may still be valid
            }
        }
        return Optional.empty();
    }
}
