package org.borderwatch.app;

import static org.borderwatch.app.FactViews.lower;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.StatementFact;

/** How the ledger shows a proposition: as text for a terminal, or as JSON. */
final class LedgerViews {
    private LedgerViews() {
    }

    /** A statement cited by an accountability record, with its words and where they are. */
    record StatementRef(long id, String type, String speaker, String addressee, LocalDate date, String quote,
                        long documentId, Integer start, Integer end) {
        static StatementRef of(StatementFact s) {
            return new StatementRef(s.id(), lower(s.type().name()), s.speaker().name(),
                    s.addressee().map(a -> a.name()).orElse(null), s.day().orElse(null),
                    s.evidence().map(e -> e.quote()).orElse(s.quote().orElse(null)), s.documentId(),
                    s.evidence().map(e -> e.span().start()).orElse(null), s.evidence().map(e -> e.span().end()).orElse(null));
        }
    }

    record PositionView(String stance, double score, String origin, StatementRef statement) {
    }

    record HolderView(String party, Long actorId, int forCount, int againstCount, LocalDate first, LocalDate last,
                      String latest) {
    }

    record EntryView(long id, String label, String origin, long forCount, long againstCount, List<PositionView> positions,
                     List<HolderView> holders, List<String> namedIncidents, List<String> bearingIncidents, String bearingRule) {
        static EntryView of(LedgerEntry e) {
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

    static List<String> labels(List<IncidentRef> refs) {
        return refs.stream().map(IncidentRef::label).toList();
    }

    static void print(PrintWriter out, LedgerEntry e) {
        out.printf("proposition %d: %s%n", e.proposition().id(), e.proposition().label());
        out.printf("%d for, %d against%n%n", e.countFor(), e.countAgainst());
        out.println("statements over time:");
        for (LedgerEntry.Position p : e.positions()) {
            StatementFact s = p.statement();
            out.printf("  %-10s %-8s %-24s statement %d (%s, document %d, match %.2f%s)%n", s.day().map(Object::toString).orElse("-"),
                    lower(p.stance().name()), TableFormat.clip(s.speaker().name(), 24), s.id(), lower(s.type().name()),
                    s.documentId(), p.score(), p.origin().name().equals("HUMAN") ? ", linked by an analyst" : "");
            s.evidence().ifPresent(ev -> out.printf("             \"%s\"%n", TableFormat.clip(ev.quote().replaceAll("\\s+", " "), 160)));
        }
        out.println();
        out.println("who holds which position:");
        for (LedgerEntry.Holder h : e.holders()) {
            out.printf("  %-30s now %-8s (%d for, %d against; %s to %s)%n", TableFormat.clip(h.party().name(), 30),
                    lower(h.latest().name()), h.forCount(), h.againstCount(), h.first().map(Object::toString).orElse("?"),
                    h.last().map(Object::toString).orElse("?"));
        }
        out.println();
        out.println("incidents its statements name: " + (e.named().isEmpty() ? "none" : String.join(", ", labels(e.named()))));
        out.println("incidents that bear on it (" + e.rule() + "): " + e.bearing().size()
                + (e.bearing().isEmpty() ? "" : ": " + String.join(", ", labels(e.bearing().subList(0, Math.min(40, e.bearing().size()))))
                + (e.bearing().size() > 40 ? ", …" : "")));
    }
}
