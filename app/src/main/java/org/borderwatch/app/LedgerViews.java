package org.borderwatch.app;

import static org.borderwatch.app.FactViews.lower;

import java.io.PrintWriter;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.web.accountability.LedgerJson;

/** How the ledger shows a proposition as text for a terminal (as JSON: {@link LedgerJson}). */
final class LedgerViews {
    private LedgerViews() {
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
        out.println("incidents its statements name: " + (e.named().isEmpty() ? "none" : String.join(", ", LedgerJson.labels(e.named()))));
        out.println("incidents that bear on it (" + e.rule() + "): " + e.bearing().size()
                + (e.bearing().isEmpty() ? "" : ": " + String.join(", ", LedgerJson.labels(e.bearing().subList(0, Math.min(40, e.bearing().size()))))
                + (e.bearing().size() > 40 ? ", …" : "")));
    }
}
