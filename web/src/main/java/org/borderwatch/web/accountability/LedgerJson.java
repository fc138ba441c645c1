package org.borderwatch.web.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.store.accountability.PropositionSummary;

/** The claim ledger as JSON (the API and {@code borderwatch ledger show --json} write the same). */
public final class LedgerJson {
    private LedgerJson() {
    }

    /** A statement cited by an accountability record, with its words and where they are. */
    public record StatementRef(long id, String type, String speaker, String addressee, LocalDate date, String quote,
                               long documentId, Integer start, Integer end) {
        public static StatementRef of(StatementFact s) {
            return new StatementRef(s.id(), lower(s.type().name()), s.speaker().name(),
                    s.addressee().map(a -> a.name()).orElse(null), s.day().orElse(null),
                    s.evidence().map(e -> e.quote()).orElse(s.quote().orElse(null)), s.documentId(),
                    s.evidence().map(e -> e.span().start()).orElse(null), s.evidence().map(e -> e.span().end()).orElse(null));
        }
    }

    public record PositionView(String stance, double score, String origin, StatementRef statement) {
    }

    public record HolderView(String party, Long actorId, int forCount, int againstCount, LocalDate first, LocalDate last,
                             String latest) {
    }

    public record EntryView(long id, String label, String origin, long forCount, long againstCount, List<PositionView> positions,
                            List<HolderView> holders, List<String> namedIncidents, List<String> bearingIncidents,
                            String bearingRule) {
        public static EntryView of(LedgerEntry e) {
            return new EntryView(e.proposition().id(), e.proposition().label(), lower(e.proposition().origin().name()),
                    e.countFor(), e.countAgainst(),
                    e.positions().stream().map(p -> new PositionView(lower(p.stance().name()), p.score(),
                            lower(p.origin().name()), StatementRef.of(p.statement()))).toList(),
                    e.holders().stream().map(h -> new HolderView(h.party().name(), h.party().actorId().orElse(null),
                            h.forCount(), h.againstCount(), h.first().orElse(null), h.last().orElse(null),
                            lower(h.latest().name()))).toList(),
                    labels(e.named()), labels(e.bearing()), e.rule());
        }
    }

    /** A proposition as the ledger lists it. */
    public record SummaryView(long id, int forCount, int againstCount, LocalDate first, LocalDate last, String origin,
                              String proposition) {
        public static SummaryView of(PropositionSummary s) {
            return new SummaryView(s.proposition().id(), s.forCount(), s.againstCount(), s.first().orElse(null),
                    s.last().orElse(null), lower(s.proposition().origin().name()), s.proposition().label());
        }
    }

    public static List<String> labels(List<IncidentRef> refs) {
        return refs.stream().map(IncidentRef::label).toList();
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
