package org.borderwatch.core.accountability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.core.time.FuzzyDate;

/**
 * A step taken (a delegation, talks, a cross-border strike, aid, sanctions), on a date, between parties.
 *
 * @param evidence the words it was suggested from, for suggested engagements
 */
public record Engagement(long id, EngagementKind kind, String title, FuzzyDate date, List<PartyRef> parties,
                         ReviewState review, FactOrigin origin, Optional<Evidence> evidence) {
    public Engagement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(evidence, "evidence");
        parties = List.copyOf(parties);
    }
}
