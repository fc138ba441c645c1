package org.borderwatch.web.accountability;

import static org.borderwatch.web.accountability.LedgerJson.lower;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatusChange;
import org.borderwatch.core.evidence.Evidence;

/** Commitments as JSON (the API and {@code borderwatch commitments --format json} write the same). */
public final class CommitmentJson {
    private CommitmentJson() {
    }

    public record PartyView(String name, Long actorId) {
        public static PartyView of(Optional<PartyRef> p) {
            return p.map(x -> new PartyView(x.name(), x.actorId().orElse(null))).orElse(null);
        }
    }

    /** The words a fact was read from. */
    public record EvidenceView(long documentId, int start, int end, int sentence, String quote) {
        public static EvidenceView of(Optional<Evidence> evidence) {
            return evidence.map(e -> new EvidenceView(e.documentId(), e.span().start(), e.span().end(), e.sentence(),
                    e.quote())).orElse(null);
        }
    }

    public record SourceView(Long statementId, String statementKey, EvidenceView evidence) {
    }

    public record EvidenceRefView(String kind, String ref, String quote) {
    }

    public record RatingView(long id, String status, Integer score, LocalDate effective, String author, String recordedAt,
                             String note, List<EvidenceRefView> evidence) {
        public static RatingView of(StatusChange c) {
            return new RatingView(c.id(), c.status().label(), c.score().orElse(null), c.effective(), c.author(),
                    c.recordedAt().toString(), c.note().orElse(null), c.evidence().stream()
                    .map(e -> new EvidenceRefView(lower(e.kind().name()), e.ref(), e.quote().orElse(null))).toList());
        }
    }

    public record CommitmentView(long id, String review, String origin, PartyView obligor, PartyView obligee, String owed,
                                 LocalDate start, LocalDate due, String status, Integer score, List<SourceView> sources,
                                 List<RatingView> history, List<Long> incidents, List<String> indicators) {
        public static CommitmentView of(Commitment c) {
            return new CommitmentView(c.id(), lower(c.review().name()), lower(c.origin().name()), PartyView.of(c.obligor()),
                    PartyView.of(c.obligee()), c.owed(), c.start().orElse(null), c.due().orElse(null), c.status().label(),
                    c.score().orElse(null), c.sources().stream().map(s -> new SourceView(s.statementId().orElse(null),
                    s.statementKey(), EvidenceView.of(s.evidence()))).toList(),
                    c.history().stream().map(RatingView::of).toList(), c.relatedIncidents(), c.indicators());
        }
    }

    /** An indicator measuring a commitment, and its result on the day asked. */
    public record MeasureView(String name, String expression, ResultJson.ResultView result) {
    }

    /** A commitment in full: the listing's fields, and each indicator's current result with the incidents it counted. */
    public record DetailView(CommitmentView commitment, Integer implementationScore, LocalDate asOf, List<MeasureView> measures) {
    }
}
