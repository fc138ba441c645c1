package org.borderwatch.extract.incident;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.evidence.Span;

/**
 * Where the story proper starts: after a news dateline ("KABUL, Afghanistan (Jan. 25, 2013) –",
 * "QUETTA, May 28:", "PAKTIKA PROVINCE, Afghanistan –", or a bare date opening the title line, "Feb.
 * 20: Afghan-ISAF Forces Search Compounds") near the top of the text, and after a press release's
 * "For Immediate Release" when that comes later. The dateline's place is where the report was
 * filed, not where the event happened, and its date is the report's; titles, release numbers
 * ("2010-02-CA-098", which SUTime reads as February 2010) and the like above the story only repeat
 * or label it. Without either the story starts at the first character.
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
    /** "Feb. 20: Afghan-ISAF Forces Search Compounds": a title line that opens with the report's day. */
    private static final Pattern DATED_TITLE = Pattern.compile("^[\\s\\u00A0]*(?i:" + MONTH + ")\\.?" + GAP
            + "\\d{1,2}(?:st|nd|rd|th)?" + GAP + ":" + GAP);
    /** The press-release marker that ends a release's header block. */
    private static final Pattern RELEASE_MARKER = Pattern.compile("(?i)\\bfor immediate release\\b[ \\t\\u00A0]*");
    /** "PAKTIKA PROVINCE, Afghanistan –", "PESHAWAR:", "KABUL (Reuters) -": an upper-case place, perhaps a country, a dash or colon. */
    private static final Pattern UNDATED = Pattern.compile("(?m)^[\\s\\u00A0]*\\p{Lu}[\\p{Lu} .'\\-]+"
            + "(?:," + GAP + PLACE + ")?" + GAP + "(?:\\((?:[\\p{L} ]{1,30})\\)" + GAP + ")?(?:[–—:]|-(?=[ \\t\\u00A0]))" + GAP);

    /** "PESHAWAR:", "LAKKI MARWAT:", "QUETTA, May 28:": a local paper's dateline, the city its local news happens in. */
    private static final Pattern LOCAL = Pattern.compile("^[\\s\\u00A0]*(\\p{Lu}[\\p{Lu}'\\-]+(?: \\p{Lu}[\\p{Lu}'\\-]+){0,2})"
            + "(?:," + GAP + "(?i:" + MONTH + ")\\.?" + GAP + "\\d{1,2})?" + GAP + ":");

    private StoryStart() {
    }

    /** The city of a local dateline ("PESHAWAR:"), not of a wire's or a headquarters' ("KABUL, Afghanistan –"). */
    static Optional<Span> localDateline(String text) {
        Matcher m = LOCAL.matcher(text.substring(0, Math.min(text.length(), WINDOW)));
        return m.find() ? Optional.of(new Span(m.start(1), m.end(1))) : Optional.empty();
    }

    static int of(String text) {
        String head = text.substring(0, Math.min(text.length(), WINDOW));
        Matcher marker = RELEASE_MARKER.matcher(head);
        int afterMarker = marker.find() ? marker.end() : 0;
        int dated = datedDatelineEnd(text);
        if (dated >= 0) {
            return Math.max(dated, afterMarker);
        }
        Matcher undated = UNDATED.matcher(head);
        if (undated.find()) {
            return Math.max(undated.end(), afterMarker);
        }
        return afterMarker;
    }

    /** Whether the text opens with a dated dateline: a report filed on a day, as wires and press releases are. */
    static boolean hasDatedDateline(String text) {
        return datedDatelineEnd(text) >= 0;
    }

    private static int datedDatelineEnd(String text) {
        String head = text.substring(0, Math.min(text.length(), WINDOW));
        Matcher dated = DATED.matcher(head);
        if (dated.find()) {
            return dated.end();
        }
        Matcher title = DATED_TITLE.matcher(head);
        return title.find() ? title.end() : -1;
    }
}
