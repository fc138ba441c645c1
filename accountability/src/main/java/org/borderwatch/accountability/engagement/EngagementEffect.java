package org.borderwatch.accountability.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.accountability.indicator.Anchor;
import org.borderwatch.accountability.indicator.Filter;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.IndicatorEvaluator;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.accountability.indicator.Window;
import org.borderwatch.core.accountability.Engagement;

/**
 * The incident rate before and after an engagement: counts in a window ending the day before its date
 * and a window starting the day after (the whole of a month-precise date is left out), their rates, and
 * the rate ratio after/before with its exact 95% interval. It describes, it does not explain.
 *
 * @param result   the comparison, with the incidents of each window
 * @param warnings windows cut short by the evaluation day or reaching past the last incident in the data
 */
public record EngagementEffect(Engagement engagement, IndicatorResult.Versus result, List<String> warnings) {
    public static final String CAVEAT = "This compares incident rates before and after the engagement; it does not "
            + "show that the engagement caused any change. Other events, seasons, reporting and the data's coverage "
            + "move these rates too, and a short window holds few incidents.";
    /** The widest date range an engagement may have for its effect to be read. */
    public static final int MAX_DATE_DAYS = 31;

    public EngagementEffect {
        warnings = List.copyOf(warnings);
    }

    /**
     * @throws IllegalArgumentException when the engagement's date is known only to more than a month
     */
    public static EngagementEffect measure(Engagement engagement, Filter filter, int beforeDays, int afterDays,
                                           IndicatorEvaluator evaluator, java.time.LocalDate asOf) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(engagement.date().earliest(), engagement.date().latest()) + 1;
        if (span > MAX_DATE_DAYS) {
            throw new IllegalArgumentException("engagement " + engagement.id() + " is dated only " + engagement.date().iso()
                    + " (" + span + " days); give it a date known to the month or better before reading its effect");
        }
        if (beforeDays < 1 || afterDays < 1) {
            throw new IllegalArgumentException("the windows before and after need at least one day each");
        }
        Anchor at = new Anchor.EngagementDate(engagement.id());
        Indicator indicator = new Indicator(Indicator.Measure.COUNT, filter,
                Optional.of(new Window.Around(afterDays, Period.DAY, false, at)),
                Optional.of(new Window.Around(beforeDays, Period.DAY, true, at)), Optional.empty());
        IndicatorResult.Versus v = (IndicatorResult.Versus) evaluator.evaluate(indicator, asOf);
        List<String> warnings = new ArrayList<>();
        if (v.current().range().days() < afterDays) {
            warnings.add("the window after is cut at " + asOf + ": " + v.current().range().days() + " of " + afterDays + " days");
        }
        v.coverage().dataEnd().filter(end -> end.isBefore(v.current().range().end())).ifPresent(end ->
                warnings.add("the data's last incident is dated " + end + ", before the window after ends ("
                        + v.current().range().end() + "): a low count there may be missing data"));
        String coverage = v.coverage().describe();
        if (!coverage.isEmpty()) {
            warnings.add(coverage);
        }
        return new EngagementEffect(engagement, v, warnings);
    }
}
