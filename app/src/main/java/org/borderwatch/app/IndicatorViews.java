package org.borderwatch.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.RateRatio;
import org.borderwatch.core.accountability.IncidentRef;

/** How indicator results print: a table of cells with the incidents behind each, CSV, or JSON. */
final class IndicatorViews {
    private IndicatorViews() {
    }

    record CellView(String label, LocalDate start, LocalDate end, long days, double value, List<String> incidents) {
        static CellView of(IndicatorResult.Cell c) {
            return new CellView(c.label(), c.range().start(), c.range().end(), c.range().days(), c.value(),
                    c.incidents().stream().map(IncidentRef::label).toList());
        }
    }

    record RatioView(double current, long currentDays, double reference, long referenceDays, Double ratePerMonthCurrent,
                     Double ratePerMonthReference, Double ratio, Double low, Double high, double confidence, String method) {
        static RatioView of(RateRatio r) {
            return new RatioView(r.current(), r.currentDays(), r.reference(), r.referenceDays(), finite(r.currentRate()),
                    finite(r.referenceRate()), finite(r.ratio()), finite(r.low()), finite(r.high()), r.confidence(), r.method());
        }

        /** JSON has no infinity: null, with the method saying why. */
        private static Double finite(double x) {
            return Double.isFinite(x) ? x : null;
        }
    }

    /** @param value null when not finite (a ratio over no reference events), as JSON has no infinity */
    record ResultView(String indicator, LocalDate asOf, String kind, Double value, String summary, Boolean holds,
                      List<CellView> cells, RatioView ratio, int undated, int unplaced, LocalDate dataEnd) {
        static ResultView of(IndicatorResult r) {
            String kind = r instanceof IndicatorResult.Series ? "series" : r instanceof IndicatorResult.Absence ? "absence"
                    : r instanceof IndicatorResult.Versus ? "comparison" : "total";
            Boolean holds = r instanceof IndicatorResult.Absence a ? a.holds() : null;
            RatioView ratio = r instanceof IndicatorResult.Versus v ? RatioView.of(v.ratio()) : null;
            return new ResultView(r.indicator().toString(), r.asOf(), kind, Double.isFinite(r.value()) ? r.value() : null,
                    r.summary(), holds, IndicatorViews.cells(r).stream().map(CellView::of).toList(), ratio, r.coverage().undated(),
                    r.coverage().unplaced(), r.coverage().dataEnd().orElse(null));
        }
    }

    static List<IndicatorResult.Cell> cells(IndicatorResult r) {
        if (r instanceof IndicatorResult.Series s) {
            return s.buckets();
        }
        if (r instanceof IndicatorResult.Versus v) {
            return List.of(new IndicatorResult.Cell("current", v.current().range(), v.current().value(), v.current().incidents()),
                    new IndicatorResult.Cell("reference", v.reference().range(), v.reference().value(), v.reference().incidents()));
        }
        if (r instanceof IndicatorResult.Total t) {
            return List.of(t.cell());
        }
        return List.of(((IndicatorResult.Absence) r).cell());
    }

    static final List<Column<CellView>> COLUMNS = List.of(
            Column.of("label", 11, CellView::label),
            Column.of("start", 11, CellView::start),
            Column.of("end", 11, CellView::end),
            Column.of("value", 7, c -> org.borderwatch.accountability.indicator.Comparison.number(c.value())),
            Column.of("incidents", 80, c -> String.join(";", c.incidents())));

    static void print(PrintWriter out, OutputFormat format, IndicatorResult r) {
        ResultView view = ResultView.of(r);
        if (format == OutputFormat.JSON) {
            out.println(Json.write(view));
            out.flush();
            return;
        }
        if (format == OutputFormat.CSV) {
            CsvFormat.print(out, COLUMNS, view.cells());
            return;
        }
        out.println("indicator: " + view.indicator());
        out.println("as of " + view.asOf() + ": " + view.summary());
        TableFormat.print(out, COLUMNS.stream().map(c -> c.name().equals("incidents")
                ? Column.<CellView>of("incidents", 80, v -> v.incidents().isEmpty() ? "-" : v.incidents().stream().limit(12)
                .collect(Collectors.joining(" ")) + (v.incidents().size() > 12 ? " … (" + v.incidents().size() + ")" : ""))
                : c).toList(), view.cells());
        if (r instanceof IndicatorResult.Versus v) {
            out.printf("rate per 30 days: %s now, %s before; rate ratio %s; method: %s%n",
                    RateRatio.format(v.ratio().currentRate()), RateRatio.format(v.ratio().referenceRate()),
                    v.ratio().describe(), v.ratio().method());
        }
        String coverage = r.coverage().describe();
        if (!coverage.isEmpty()) {
            out.println("not counted: " + coverage);
        }
        out.flush();
    }
}
