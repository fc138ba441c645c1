package org.borderwatch.extract.incident;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Picks the date of an event: a resolved time expression inside the event's clause ("the deadly March
 * attack", "killed ... yesterday"), the one nearest the event word when there are several. A date in
 * the reporting clause ("stated at a press conference on Sunday that...") dates the statement, not
 * the event, and is not taken. A date after the document's own is a misreading of a past event.
 */
final class DateReader {
    private final ParsedSentence s;

    DateReader(ParsedSentence s) {
        this.s = s;
    }

    Optional<FuzzyDate> read(IntPredicate inClause, int near) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        Optional<LocalDate> documentDate = s.document().documentDate();
        for (TimeMention t : s.times()) {
            if (t.resolved().isEmpty()) {
                continue;
            }
            int token = tokenAt(t);
            if (token < 0 || !inClause.test(token)) {
                continue;
            }
            FuzzyDate d = t.resolved().get();
            if (documentDate.isPresent() && d.earliest().isAfter(documentDate.get())) {
                continue;
            }
            int distance = Math.abs(token - near);
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best == null ? Optional.empty() : best.resolved();
    }

    private int tokenAt(TimeMention t) {
        for (int i = 0; i < s.size(); i++) {
            if (s.tree().token(i).span().overlaps(t.span())) {
                return i;
            }
        }
        return -1;
    }
}
