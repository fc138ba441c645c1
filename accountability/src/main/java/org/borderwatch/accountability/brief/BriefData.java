package org.borderwatch.accountability.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.borderwatch.accountability.condition.Explanation;
import org.borderwatch.accountability.condition.Timeline;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.accountability.indicator.DateRange;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;

/**
 * What a brief on one actor and period is made from, already selected and evaluated by the caller.
 *
 * @param attributed incidents attributed to the actor, per month of the period
 * @param incidents  every incident the results may cite, for the appendix
 * @param documents  the title and publication date of a cited document
 */
public record BriefData(String actor, DateRange period, LocalDate generated, IndicatorResult.Series attributed,
                        List<LedgerEntry> claims, List<CommitmentBrief> commitments, List<ConditionBrief> conditions,
                        List<EngagementEffect> engagements, String engagementIncidents,
                        Map<IncidentRef, IncidentFact> incidents, Function<Long, Optional<DocumentInfo>> documents) {
    /** What the appendix says of a document besides its quotes. */
    public record DocumentInfo(Optional<String> title, Optional<LocalDate> published) {
    }

    public BriefData {
        claims = List.copyOf(claims);
        commitments = List.copyOf(commitments);
        conditions = List.copyOf(conditions);
        engagements = List.copyOf(engagements);
    }

    /** A commitment and its indicators evaluated at the end of the period. */
    public record CommitmentBrief(Commitment commitment, List<NamedResult> indicators) {
        public CommitmentBrief {
            indicators = List.copyOf(indicators);
        }
    }

    public record NamedResult(String name, IndicatorResult result) {
    }

    /** A condition, its explanation at the end of the period, and its timeline over the period. */
    public record ConditionBrief(String name, String measure, String rule, Explanation explanation, Timeline timeline) {
    }
}
