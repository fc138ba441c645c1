package org.borderwatch.extract.incident;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the story proper starts: after a news dateline ("KABUL, Afghanistan (Jan. 25, 2013) –",
 * "QUETTA, May 28:", "PAKTIKA PROVINCE, Afghanistan –") near the top of the text. The dateline's
 * place is where the report was filed, not where the event happened, and its date is the report's;
 * titles and release numbers above it only repeat the story. Without a dateline the story starts at
 * the first character.
 */
final class StoryStart {
    /** Datelines open a story; deeper in, a place and a date are part of it. */
    static final int WINDOW = 600;

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String NAME = "\\p{Lu}[\\p{L}'’.\\-]+";
    private static final String PLACE = NAME + "(?:[ \\u00A0]" + NAME + "){0,3}";
    private static final String GAP = "[ \\t\\u00A0]*";
    private static final String DASH = "[-–—:]";
    /** "KABUL, Afghanistan (May 22, 2011) –", "Islamabad, May 28:", "QUETTA (Reuters) -" */
    private static final Pattern DATED = Pattern.compile("(?m)^[\\s\\u00A0]*" + PLACE + "(?:," + GAP + PLACE + ")?"
            + GAP + "(?:,|[(\\[])" + GAP + "(?i:" + MONTH + ")\\.?" + GAP + "\\d{1,2}(?:st|nd|rd|th)?"
            + "(?:," + GAP + "\\d{4})?" + GAP + "[)\\]]?" + GAP + "(?:" + DASH + GAP + ")?");
    /** "PAKTIKA PROVINCE, Afghanistan –", "PESHAWAR:": an upper-case place, perhaps a country, a dash or colon. */
    private static final Pattern UNDATED = Pattern.compile("(?m)^[\\s\\u00A0]*\\p{Lu}[\\p{Lu} .'\\-]+"
            + "(?:," + GAP + PLACE + ")?" + GAP + "(?:\\((?:[\\p{L} ]{1,30})\\)" + GAP + ")?[–—:]" + GAP);

    private StoryStart() {
    }

    static int of(String text) {
        int dated = datedDatelineEnd(text);
        if (dated >= 0) {
            return dated;
        }
        String head = text.substring(0, Math.min(text.length(), WINDOW));
        Matcher undated = UNDATED.matcher(head);
        if (undated.find()) {
            return undated.end();
        }
        return 0;
    }

    /** Whether the text opens with a dated dateline: a report filed on a day, as wires and press releases are. */
    static boolean hasDatedDateline(String text) {
        return datedDatelineEnd(text) >= 0;
    }

    private static int datedDatelineEnd(String text) {
        Matcher dated = DATED.matcher(text.substring(0, Math.min(text.length(), WINDOW)));
        return dated.find() ? dated.end() : -1;
    }
}
