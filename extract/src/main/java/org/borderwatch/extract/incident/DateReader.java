package org.borderwatch.extract.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.IntPredicate;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.extract.incident.IncidentLexicon.Context;

/**
 * Picks the date of an event: a resolved time expression inside the event's clause ("the deadly March
 * attack", "killed ... yesterday"), the one nearest the event word when there are several. A date
 * that modifies a verb of reporting next to it dates the report, not the event, and is not taken:
 * "forces today confirmed the death of a leader in an airstrike Sunday", "said on Sunday". When the
 * clause has no date, a date elsewhere in the sentence is the event's ("detained two men as the force
 * tracked a commander last night"), unless it belongs to the reporting ("..., police said in a
 * statement on Sunday") or to another event placed before or after this one ("after the blast on
 * Monday", "if..."). A date after the document's own is a misreading of a past event.
 */
final class DateReader {
    /** "said on Sunday", "today confirmed": how close to its verb a date of reporting stands. */
    private static final int REPORTING_REACH = 2;
    private static final int MAX_DEPTH = 64;

    /** "the same day", "a day later", "the previous day": days counted from the day the story last told. */
    private static final List<Map.Entry<Pattern, Integer>> STORY_DAYS = List.of(
            Map.entry(Pattern.compile("\\b((same|that) (day|night|evening|morning|afternoon)|later in the day|(hours|minutes) later)$"), 0),
            Map.entry(Pattern.compile("\\b((a|one) day later|(the )?(following|next) day|the day after)$"), 1),
            Map.entry(Pattern.compile("\\b((the )?(previous|preceding) day|(a|one) day (earlier|before)|the day before)$"), -1));
    private static final int STORY_DAY_CONTEXT = 12;

    private final ParsedSentence s;
    private final Optional<FuzzyDate> storyDay;

    /** @param storyDay the day of the event the story told last, for "the same day" and "a day later" */
    DateReader(ParsedSentence s, Optional<FuzzyDate> storyDay) {
        this.s = s;
        this.storyDay = storyDay.filter(d -> d.precision() == DatePrecision.DAY);
    }

    Optional<FuzzyDate> read(IntPredicate inClause, int near) {
        Optional<FuzzyDate> own = nearest(near, token -> inClause.test(token) && !reportingNearby(token));
        return own.isPresent() ? own : nearest(near, token -> !inClause.test(token) && !reporting(token)
                && !otherEvent(token) && !anotherEventsDay(token, near));
    }

    private Optional<FuzzyDate> nearest(int near, IntPredicate acceptable) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        Optional<LocalDate> documentDate = s.document().documentDate();
        for (TimeMention t : s.times()) {
            Optional<FuzzyDate> resolved = storyRelative(t).orElse(t.resolved());
            if (resolved.isEmpty() || clockOnly(t)) {
                continue;
            }
            int token = headOf(t);
            if (token < 0 || !acceptable.test(token) || datesAThing(token) || yetToCome(token)) {
                continue;
            }
            FuzzyDate d = resolved.get();
            if (documentDate.isPresent() && d.earliest().isAfter(documentDate.get())) {
                continue;
            }
            int distance = Math.abs(token - near);
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best == null ? Optional.empty() : storyRelative(best).orElse(best.resolved());
    }

    /**
     * A day told relative to the story rather than to the report ("killed in a separate attack the same
     * day"): the annotator counts it from the document's date; it counts from the day last told, and with
     * none told it gives no day. Empty when the expression is not of this kind.
     */
    private Optional<Optional<FuzzyDate>> storyRelative(TimeMention t) {
        String text = s.document().text();
        String said = text.substring(Math.max(0, t.span().start() - STORY_DAY_CONTEXT), t.span().end())
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Map.Entry<Pattern, Integer> e : STORY_DAYS) {
            if (e.getKey().matcher(said).find()) {
                return Optional.of(storyDay.map(d -> FuzzyDate.day(d.earliest().plusDays(e.getValue()))));
            }
        }
        return Optional.empty();
    }

    private static final Pattern CLOCK_WORDS = Pattern.compile(
            "\\b(\\d{1,2}([:.]\\d{2})?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?|hours|hrs|o'clock)?|midnight|noon|around|about|at|approximately)\\b");

    /**
     * "struck at around 3am": a time of day names no day; the annotator puts it on the document's date,
     * but the event's day is the one the story told.
     */
    private static boolean clockOnly(TimeMention t) {
        return t.timex().contains("T")
                && CLOCK_WORDS.matcher(t.text().toLowerCase(Locale.ROOT)).replaceAll("").replaceAll("[\\s.,]", "").isEmpty();
    }

    /** "roads closed by the fighting would reopen on Monday": a date of what will or may happen. */
    private boolean yetToCome(int token) {
        int cur = s.tree().head(token);
        for (int guard = 0; guard < MAX_DEPTH && cur >= 0 && !s.isVerb(cur); guard++) {
            cur = s.tree().head(cur);
        }
        return cur >= 0 && s.children(cur, "aux").stream().anyMatch(a -> s.pos(a).equals("MD"));
    }

    /**
     * "the 2003 understanding", "the 1971 war treaty": a date modifying a noun that names no event
     * dates that thing; "the March attack" dates the attack.
     */
    private boolean datesAThing(int token) {
        int h = s.tree().head(token);
        boolean modifier = s.tree().is(token, "nummod") || s.tree().is(token, "compound") && s.pos(token).equals("CD");
        return modifier && h >= 0 && s.isNoun(h) && IncidentLexicon.get().nounEventsEndingWith(s.lemma(h)).isEmpty()
                && IncidentLexicon.get().nounEventsEndingWith(s.lower(h)).isEmpty();
    }

    /** The verb of reporting a date modifies, or -1; the parser may hang "today" on its subject. */
    private int reportingVerb(int token) {
        int governor = s.tree().head(token);
        if (governor >= 0 && s.tree().is(governor, "nsubj")) {
            governor = s.tree().head(governor);
        }
        return governor >= 0 && s.isVerb(governor) && IncidentLexicon.get().is(s.lemma(governor), Context.REPORTING)
                ? governor : -1;
    }

    private boolean reportingNearby(int token) {
        int verb = reportingVerb(token);
        return verb >= 0 && Math.abs(verb - token) <= REPORTING_REACH;
    }

    /** A date of the reporting verb, or inside the clause a verb of reporting heads. */
    private boolean reporting(int token) {
        if (reportingVerb(token) >= 0) {
            return true;
        }
        int cur = token;
        for (int guard = 0; guard < MAX_DEPTH && cur >= 0; guard++) {
            if (s.isVerb(cur)) {
                return IncidentLexicon.get().is(s.lemma(cur), Context.REPORTING);
            }
            cur = s.tree().head(cur);
        }
        return false;
    }

    /** "the raids targeted commanders behind a Thursday attack": the day names the attack, not the raids. */
    private boolean anotherEventsDay(int token, int near) {
        int h = s.tree().head(token);
        return h >= 0 && h != near && s.isNoun(h) && (s.tree().is(token, "compound") || s.tree().is(token, "nmod:poss"))
                && !IncidentLexicon.get().nounEventsEndingWith(s.lemma(h)).isEmpty();
    }

    /** A date under "after", "before", "since", "if"...: another event's, or a condition's. */
    private boolean otherEvent(int token) {
        int cur = token;
        for (int guard = 0; guard < MAX_DEPTH && cur >= 0; guard++) {
            for (String marker : s.caseOf(cur).split(" ")) {
                if (IncidentLexicon.get().is(marker, Context.SEQUENCE) || ClauseMap.CONDITIONS.contains(marker)) {
                    return true;
                }
            }
            cur = s.tree().head(cur);
        }
        return false;
    }

    /** The token heading a time expression: the one of its tokens whose head lies outside it. */
    private int headOf(TimeMention t) {
        int first = -1;
        for (int i = 0; i < s.size() && first < 0; i++) {
            if (s.tree().token(i).span().overlaps(t.span())) {
                first = i;
            }
        }
        int head = first;
        for (int guard = 0; head >= 0 && guard < MAX_DEPTH && s.tree().head(head) >= 0
                && s.tree().token(s.tree().head(head)).span().overlaps(t.span()); guard++) {
            head = s.tree().head(head);
        }
        return head;
    }
}
