package org.borderwatch.web.accountability;

import static org.borderwatch.web.accountability.LedgerJson.lower;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.accountability.condition.Explanation;
import org.borderwatch.accountability.condition.Timeline;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.core.accountability.Engagement;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.store.accountability.StoredCondition;

/** Conditions and engagements as JSON: what they are, and what the data says of them. */
public final class OutcomeJson {
    private OutcomeJson() {
    }

    public record ConditionView(long id, String name, String review, String origin, String measure, String rule,
                                Long statementId, CommitmentJson.EvidenceView evidence) {
        public static ConditionView of(StoredCondition c) {
            return new ConditionView(c.id(), c.name(), lower(c.review().name()), lower(c.origin().name()), c.measure(),
                    c.rule(), c.statementId().orElse(null), CommitmentJson.EvidenceView.of(c.evidence()));
        }
    }

    public record TimelineView(LocalDate firstMet, List<Timeline.Point> points, List<String> metPeriods) {
        public static TimelineView of(Timeline t) {
            return new TimelineView(t.firstMet().orElse(null), t.points(), t.metPeriods().stream().map(Object::toString).toList());
        }
    }

    /** A condition evaluated: whether it holds, each part with what it found, and when it would have been met. */
    public record EvaluationView(ConditionView condition, LocalDate asOf, boolean holds, List<String> explanation,
                                 Explanation parts, TimelineView timeline) {
    }

    public record EngagementView(long id, String kind, String date, String datePrecision, String review, String origin,
                                 List<String> parties, String title, CommitmentJson.EvidenceView evidence) {
        public static EngagementView of(Engagement e) {
            return new EngagementView(e.id(), e.kind().label(), e.date().iso(), lower(e.date().precision().name()),
                    lower(e.review().name()), lower(e.origin().name()), e.parties().stream().map(PartyRef::name).toList(),
                    e.title(), CommitmentJson.EvidenceView.of(e.evidence()));
        }
    }

    /** The incident rates before and after an engagement, their ratio and interval, and why that is no causal effect. */
    public record EffectView(EngagementView engagement, String filter, int beforeDays, int afterDays,
                             ResultJson.ResultView result, List<String> warnings, String caveat) {
        public static EffectView of(EngagementEffect e, String filter, int before, int after) {
            return new EffectView(EngagementView.of(e.engagement()), filter, before, after, ResultJson.ResultView.of(e.result()),
                    e.warnings(), EngagementEffect.CAVEAT);
        }
    }
}
