package org.borderwatch.core.consolidation;

import java.util.Objects;
import java.util.Optional;

/**
 * One report's place in its group: the report it was joined to, how well they matched, and the
 * analyst's decision when one joined them. The group's first report has neither.
 */
public record Membership(long reportId, String key, Optional<String> matchedWith, Optional<Match> match,
                         Optional<String> decision) {
    public Membership {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(matchedWith, "matchedWith");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(decision, "decision");
    }

    public static Membership first(Report report) {
        return new Membership(report.id(), report.key(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
