package org.borderwatch.core.consolidation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An analyst's decision that two reports, named by their keys, are the same incident or different ones. */
public record Decision(long id, String reportA, String reportB, DecisionKind kind, String author, Instant decidedAt,
                       Optional<String> note) {
    public Decision {
        Objects.requireNonNull(reportA, "reportA");
        Objects.requireNonNull(reportB, "reportB");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(note, "note");
        if (reportA.equals(reportB)) {
            throw new IllegalArgumentException("a decision needs two different reports, was " + reportA + " twice");
        }
    }

    /** "SAME by alice on 2024-06-01". */
    public String describe() {
        return kind + " by " + author + " on " + decidedAt.toString().substring(0, 10);
    }
}
