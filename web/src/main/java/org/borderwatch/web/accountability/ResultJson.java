package org.borderwatch.web.accountability;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.RateRatio;
import org.borderwatch.core.accountability.IncidentRef;

/** An indicator's result as JSON: its cells with the incidents each counted, and a rate ratio's interval. */
public final class ResultJson {
    private ResultJson() {
    }

    public record CellView(String label, LocalDate start, LocalDate end, long days, double value, List<String> incidents) {
        public static CellView of(IndicatorResult.Cell c) {
            return new CellView(c.label(), c.range().start(), c.range().end(), c.range().days(), c.value(),
                    c.incidents().stream().map(IncidentRef::label).toList());
        }
    }

    public record RatioView(double current, long currentDays, double reference, long referenceDays, Double ratePerMonthCurrent,
                            Double ratePerMonthReference, Double ratio, Double low, Double high, double confidence,
                            String method) {
        public static RatioView of(RateRatio r) {
            return new RatioView(r.current(), r.currentDays(), r.reference(), r.referenceDays(), finite(r.currentRate()),
                    finite(r.referenceRate()), finite(r.ratio()), finite(r.low()), finite(r.high()), r.confidence(), r.method());
        }
    }

    /** @param value null when not finite (a ratio over no reference events), as JSON has no infinity */
    public record ResultView(String indicator, LocalDate asOf, String kind, Double value, String summary, Boolean holds,
                             List<CellView> cells, RatioView ratio, int undated, int unplaced, LocalDate dataEnd) {
        public static ResultView of(IndicatorResult r) {
            String kind = r instanceof IndicatorResult.Series ? "series" : r instanceof IndicatorResult.Absence ? "absence"
                    : r instanceof IndicatorResult.Versus ? "comparison" : "total";
            Boolean holds = r instanceof IndicatorResult.Absence a ? a.holds() : null;
            RatioView ratio = r instanceof IndicatorResult.Versus v ? RatioView.of(v.ratio()) : null;
            return new ResultView(r.indicator().toString(), r.asOf(), kind, finite(r.value()), r.summary(), holds,
                    ResultJson.cells(r).stream().map(CellView::of).toList(), ratio, r.coverage().undated(), r.coverage().unplaced(),
                    r.coverage().dataEnd().orElse(null));
        }
    }

    /** The cells of a result: a series' buckets, a comparison's two windows, or the one cell. */
    public static List<IndicatorResult.Cell> cells(IndicatorResult r) {
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

    /** JSON has no infinity: null, with the method saying why. */
    static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
