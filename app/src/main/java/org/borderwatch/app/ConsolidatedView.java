package org.borderwatch.app;

import static org.borderwatch.app.FactViews.lower;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderwatch.app.FactViews.CountView;
import org.borderwatch.app.IncidentView.PlaceView;
import org.borderwatch.store.consolidation.StoredConsolidated;
import org.borderwatch.store.consolidation.StoredMember;

/** A consolidated incident as the CLI shows it: one JSON object, one CSV or table row, or a page of its own. */
record ConsolidatedView(
        long id,
        String type,
        String date,
        String datePrecision,
        PlaceView place,
        CountView killed,
        CountView injured,
        int reportCount,
        String origin,
        String reviewStatus,
        int version,
        Map<String, String> chosenFrom,
        List<ReportView> reports,
        List<String> notes) {

    /**
     * One of its reports: its source, what it says, and how well it matched the report it joined
     * (score and per-feature similarities, null for the incident's first report).
     */
    record ReportView(long incidentId, String key, String source, String type, String date, String place,
                      CountView killed, CountView injured, Double matchScore, Map<String, Object> match,
                      Long documentId) {
        static ReportView of(StoredMember m) {
            return new ReportView(m.incidentId(), m.key(), m.source(), lower(m.type()), FactViews.iso(m.date()),
                    m.place().orElse(null), CountView.of(m.killed()), CountView.of(m.injured()),
                    m.matchScore().orElse(null), m.features().isEmpty() ? null : m.features(),
                    m.documentId().orElse(null));
        }

        /** "0.853 with acled:SYNPAK0001 (type 1.0, date 0.7, place 1.0, counts 1.0)", or "first report". */
        String matchText() {
            if (match == null) {
                return "first report";
            }
            String features = org.borderwatch.core.consolidation.Match.FEATURES.stream()
                    .map(f -> f + " " + (match.containsKey(f) ? match.get(f) : "?")).collect(Collectors.joining(", "));
            return (matchScore == null ? "" : String.format(Locale.ROOT, "%.3f ", matchScore))
                    + "with " + match.get("with") + (matchScore == null ? "" : " (" + features + ")")
                    + (match.containsKey("decision") ? "; " + match.get("decision") : "");
        }
    }

    static ConsolidatedView of(StoredConsolidated c) {
        return new ConsolidatedView(c.id(), lower(c.type()), FactViews.iso(c.date()), FactViews.precision(c.date()),
                PlaceView.of(c.place()), CountView.of(c.killed()), CountView.of(c.injured()), c.reportCount(),
                lower(c.origin().name()), lower(c.reviewStatus()), c.version(), c.chosenFrom(),
                c.reports().stream().map(ReportView::of).toList(), c.notes());
    }

    /** "ucdp-ged:51776; doc:12:0 0.82", the reports in a cell. */
    String reportsText() {
        return reports.stream().map(r -> r.key() + (r.matchScore() == null ? "" : String.format(Locale.ROOT, " %.2f",
                r.matchScore()))).collect(Collectors.joining("; "));
    }

    /** Table and CSV columns; in CSV an empty *_high beside a *_best means open-ended ("at least 12"). */
    static final List<Column<ConsolidatedView>> COLUMNS = Column.concat(List.of(
            Column.of("id", 6, ConsolidatedView::id),
            Column.csv("date", ConsolidatedView::date),
            Column.table("DATE", 11, v -> FactViews.shortDate(v.date())),
            Column.csv("date_precision", ConsolidatedView::datePrecision),
            Column.of("type", 18, ConsolidatedView::type),
            Column.table("PLACE", 26, v -> v.place() == null ? null : v.place().text()),
            Column.table("BORDER_KM", 9, v -> v.place() == null ? null : v.place().borderKm()),
            Column.table("KILLED", 12, v -> CountView.text(v.killed())),
            Column.table("INJURED", 12, v -> CountView.text(v.injured()))),
            PlaceView.csvColumns(ConsolidatedView::place), CountView.csvColumns("killed", ConsolidatedView::killed),
            CountView.csvColumns("injured", ConsolidatedView::injured), List.of(
            Column.of("report_count", "N", 3, ConsolidatedView::reportCount),
            Column.of("origin", 9, ConsolidatedView::origin),
            Column.csv("review_status", ConsolidatedView::reviewStatus),
            Column.of("reports", "REPORTS (KEY SCORE)", 60, ConsolidatedView::reportsText)));
}
