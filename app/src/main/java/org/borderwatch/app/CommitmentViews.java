package org.borderwatch.app;

import static org.borderwatch.app.FactViews.lower;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatusChange;
import org.borderwatch.web.accountability.CommitmentJson.CommitmentView;

/** How commitments print: one row each in a listing, or in full with sources and ratings. */
final class CommitmentViews {
    private CommitmentViews() {
    }

    static final List<Column<CommitmentView>> COLUMNS = List.of(
            Column.of("id", 5, CommitmentView::id),
            Column.of("review", 10, CommitmentView::review),
            Column.of("obligor", 22, v -> v.obligor() == null ? null : v.obligor().name()),
            Column.of("obligee", 22, v -> v.obligee() == null ? null : v.obligee().name()),
            Column.of("start", 11, CommitmentView::start),
            Column.csv("due", CommitmentView::due),
            Column.of("status", 14, CommitmentView::status),
            Column.csv("score", CommitmentView::score),
            Column.csv("origin", CommitmentView::origin),
            Column.csv("statements", v -> v.sources().stream().map(s -> String.valueOf(s.statementId())).collect(Collectors.joining(";"))),
            Column.csv("incidents", v -> v.incidents().stream().map(String::valueOf).collect(Collectors.joining(";"))),
            Column.csv("evidence_quote", v -> v.sources().isEmpty() || v.sources().get(0).evidence() == null ? null
                    : v.sources().get(0).evidence().quote()),
            Column.of("owed", 70, CommitmentView::owed));

    static void print(PrintWriter out, Commitment c) {
        out.printf("commitment %d (%s, %s)%n", c.id(), lower(c.review().name()), lower(c.origin().name()));
        out.printf("  obligor: %s%n  obligee: %s%n  owed:    %s%n", c.obligor().map(PartyRef::name).orElse("? (to be named)"),
                c.obligee().map(PartyRef::name).orElse("?"), c.owed());
        out.printf("  from %s%s%n", c.start().map(Object::toString).orElse("?"), c.due().map(d -> ", due " + d).orElse(""));
        out.printf("  status: %s%s%n", c.status().label(), c.score().map(s -> ", implementation score " + s + " of 3").orElse(""));
        c.sources().forEach(s -> out.printf("  source: statement %s: \"%s\"%n", s.statementId().map(String::valueOf)
                .orElse("(re-extracted; key " + s.statementKey() + ")"), s.evidence().map(e -> e.quote().replaceAll("\\s+", " "))
                .orElse("")));
        if (!c.relatedIncidents().isEmpty()) {
            out.println("  incidents: " + c.relatedIncidents().stream().map(i -> "R" + i).collect(Collectors.joining(", ")));
        }
        for (StatusChange h : c.history()) {
            out.printf("  rated %s from %s by %s%s: %s%n", h.status().label(), h.effective(), h.author(),
                    h.score().map(s -> " (score " + s + ")").orElse(""), h.evidence().stream()
                            .map(e -> e + e.quote().map(q -> " \"" + q + "\"").orElse("")).collect(Collectors.joining("; ")));
        }
        out.flush();
    }
}
