package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.RateRatio;
import org.borderwatch.web.accountability.ResultJson;
import org.borderwatch.web.accountability.ResultJson.CellView;
import org.borderwatch.web.accountability.ResultJson.ResultView;

/** How indicator results print: a table of cells with the incidents behind each, CSV, or JSON. */
final class IndicatorViews {
    private IndicatorViews() {
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
