package org.borderwatch.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;

/**
 * Turns a SUTime TIMEX3 value and the words it came from into the dates it may denote, relative to
 * the document date. SUTime is right about calendar expressions ("March" in a paper of 2024-05-28 is
 * 2024-03) but too precise about vague offsets ("weeks ago" becomes one exact day) and leaves "a few
 * weeks prior" as a bare duration; news also reports past events, so a weekday it puts after the
 * publication date is, unless the sentence speaks of the future, the one before.
 */
final class TimeResolver {
    /** An expression read: the dates it denotes, and whether it took in the word after it ("prior"). */
    record Resolution(Optional<FuzzyDate> date, boolean usesNextWord) {
        static final Resolution NONE = new Resolution(Optional.empty(), false);
    }

    private static final String COUNT = "a couple of|a few|a number of|few|several|some|many|an|a|one|two|three"
            + "|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}";
    private static final Pattern OFFSET = Pattern.compile(
            "(?:(?:the\\s+)?(" + COUNT + ")\\s+)?(day|week|fortnight|month|year|decade)s?\\s+"
                    + "(ago|earlier|prior|before|back|previously|later|after|afterwards|hence)");
    private static final Set<String> FUTURE_DIRECTIONS = Set.of("later", "after", "afterwards", "hence");
    /** Vague counts span one to six units: "a few weeks" is neither days nor months. */
    private static final int VAGUE_MIN = 1;
    private static final int VAGUE_MAX = 6;

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

    private static final Pattern INTERSECTED_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:-WXX-\\d)?(?: INTERSECT .*)$");

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern MONTH_NAME = Pattern.compile("\\b(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b");
    private static final Pattern FORWARD = Pattern.compile("\\b(next|coming|upcoming|following|this)\\b");
    private static final Pattern OVERNIGHT = Pattern.compile("\\bovernight\\b");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\b\\d{4}\\b");

    private TimeResolver() {
    }

    /**
     * @param text          the words of the expression
     * @param timexType     DATE, TIME, DURATION or SET
     * @param value         SUTime's normalised value
     * @param nextWord      the word after the expression, or empty
     * @param futureContext whether the sentence speaks of the future ("will", "next")
     */
    static Resolution resolve(String text, String timexType, String value, String nextWord,
                              boolean futureContext, Optional<LocalDate> anchor) {
        String words = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (anchor.isPresent()) {
            Matcher own = OFFSET.matcher(words);
            if (own.matches()) {
                return new Resolution(Optional.of(offset(own, anchor.get())), false);
            }
            Matcher withNext = OFFSET.matcher(words + " " + nextWord.toLowerCase(Locale.ROOT));
            if (!nextWord.isEmpty() && withNext.matches()) {
                return new Resolution(Optional.of(offset(withNext, anchor.get())), true);
            }
        }
        boolean dayPart = value != null && INTERSECTED_DAY.matcher(value).matches(); // typed as a duration
        if (value == null || !("DATE".equals(timexType) || "TIME".equals(timexType) || dayPart)) {
            return Resolution.NONE; // durations and sets denote no date
        }
        Optional<FuzzyDate> date = calendar(value);
        if (date.isPresent() && anchor.isPresent() && !futureContext) {
            date = Optional.of(intoThePast(date.get(), words, anchor.get()));
            date = Optional.of(overnight(date.get(), words, value, anchor.get()));
        }
        return new Resolution(date, false);
    }

    /** "three weeks ago": n units before the anchor, give or take half a unit; "weeks ago": 1 to 6 units. */
    private static FuzzyDate offset(Matcher m, LocalDate anchor) {
        String count = m.group(1) == null ? "" : m.group(1);
        String unitWord = m.group(2);
        boolean future = FUTURE_DIRECTIONS.contains(m.group(3));
        ChronoUnit unit = switch (unitWord) {
            case "day" -> ChronoUnit.DAYS;
            case "week", "fortnight" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> ChronoUnit.DECADES;
        };
        int perWord = unitWord.equals("fortnight") ? 2 : 1;
        int sign = future ? 1 : -1;
        OptionalCount n = OptionalCount.of(count);
        if (n.vague()) {
            LocalDate near = anchor.plus(sign * (long) VAGUE_MIN * perWord, unit);
            LocalDate far = anchor.plus(sign * (long) VAGUE_MAX * perWord, unit);
            return future ? new FuzzyDate(near, far, DatePrecision.APPROXIMATE)
                    : new FuzzyDate(far, near, DatePrecision.APPROXIMATE);
        }
        LocalDate centre = anchor.plus(sign * (long) n.value() * perWord, unit);
        if (unit == ChronoUnit.DAYS) {
            return FuzzyDate.day(centre);
        }
        long halfUnitDays = unit.getDuration().toDays() * perWord / 2;
        LocalDate earliest = centre.minusDays(halfUnitDays);
        LocalDate latest = centre.plusDays(halfUnitDays);
        // The offset is counted from the anchor, so it never reaches or crosses it.
        if (future && !earliest.isAfter(anchor)) {
            earliest = anchor.plusDays(1);
        } else if (!future && !latest.isBefore(anchor)) {
            latest = anchor.minusDays(1);
        }
        DatePrecision precision = unit == ChronoUnit.WEEKS ? DatePrecision.WEEK : DatePrecision.APPROXIMATE;
        return new FuzzyDate(earliest, latest, precision);
    }

    private record OptionalCount(int value) {
        boolean vague() {
            return value < 0;
        }

        static OptionalCount of(String word) {
            return new OptionalCount(switch (word) {
                case "a", "an", "one" -> 1;
                case "a couple of", "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                case "seven" -> 7;
                case "eight" -> 8;
                case "nine" -> 9;
                case "ten" -> 10;
                case "eleven" -> 11;
                case "twelve" -> 12;
                default -> word.matches("\\d+") ? Integer.parseInt(word) : -1;
            });
        }
    }

    /** Reads a calendar TIMEX3 value; references such as PRESENT_REF and unresolved XXXX dates give none. */
    static Optional<FuzzyDate> calendar(String value) {
        // "the early hours of Tuesday" is "2024-10-15-WXX-2 INTERSECT PTXH": the day, and a part of it
        value = INTERSECTED_DAY.matcher(value).replaceFirst("$1");
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                return Optional.of(FuzzyDate.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate midYear = LocalDate.of(num(m, 1), 6, 1);
                if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(midYear).isValidValue(num(m, 2))) {
                    return Optional.empty(); // week 53 of a 52-week year would silently roll over
                }
                LocalDate monday = midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
                return Optional.of(new FuzzyDate(monday, monday.plusDays(6), DatePrecision.WEEK));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return Optional.of(FuzzyDate.month(num(m, 1), num(m, 2)));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                return Optional.of(months(num(m, 1), 3 * num(m, 2) - 2, 3));
            }
            if ((m = HALF.matcher(value)).matches()) {
                return Optional.of(months(num(m, 1), 6 * num(m, 2) - 5, 6));
            }
            if ((m = SEASON.matcher(value)).matches()) {
                // Northern-hemisphere meteorological seasons; winter runs into the next year.
                int first = switch (m.group(2)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                return Optional.of(months(num(m, 1), first, 3));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int year = num(m, 1);
                return Optional.of(new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        DatePrecision.YEAR));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                int start = num(m, 1) * 10;
                return Optional.of(new FuzzyDate(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31),
                        DatePrecision.APPROXIMATE));
            }
            if ((m = CENTURY.matcher(value)).matches()) {
                int start = num(m, 1) * 100;
                return Optional.of(new FuzzyDate(LocalDate.of(start, 1, 1), LocalDate.of(start + 99, 12, 31),
                        DatePrecision.APPROXIMATE));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // SUTime can emit impossible dates from garbage ("2024-02-31")
        }
        return Optional.empty();
    }

    private static FuzzyDate months(int year, int firstMonth, int count) {
        LocalDate first = LocalDate.of(year, firstMonth, 1);
        LocalDate last = first.plusMonths(count).minusDays(1);
        return new FuzzyDate(first, last, DatePrecision.APPROXIMATE);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * "Overnight" in a report of the past is the night that ended on the publication day, so what
     * happened overnight began the evening before; SUTime gives the night after the anchor
     * ({@code 2010-09-14TNI} for a report of 2010-09-14), as if it were "tonight".
     */
    private static FuzzyDate overnight(FuzzyDate date, String words, String value, LocalDate anchor) {
        boolean anchorNight = value.endsWith("TNI") && date.precision() == DatePrecision.DAY
                && date.earliest().equals(anchor);
        return anchorNight && OVERNIGHT.matcher(words).find() ? FuzzyDate.day(anchor.minusDays(1)) : date;
    }

    /**
     * A bare weekday or month name that SUTime put after the publication date is moved back to the
     * last one before it, unless the words themselves point forward ("next Friday", "this March").
     */
    private static FuzzyDate intoThePast(FuzzyDate date, String words, LocalDate anchor) {
        if (!date.earliest().isAfter(anchor) || FORWARD.matcher(words).find()) {
            return date;
        }
        boolean weekday = WEEKDAY.matcher(words).find();
        boolean monthWithoutYear = MONTH_NAME.matcher(words).find() && !YEAR_DIGITS.matcher(words).find();
        if (weekday && date.precision() == DatePrecision.DAY) {
            LocalDate day = date.earliest();
            while (day.isAfter(anchor)) {
                day = day.minusWeeks(1);
            }
            return FuzzyDate.day(day);
        }
        if (monthWithoutYear && date.precision() == DatePrecision.MONTH) {
            LocalDate lastYear = date.earliest().minusYears(1);
            return FuzzyDate.month(lastYear.getYear(), lastYear.getMonthValue());
        }
        if (monthWithoutYear && date.precision() == DatePrecision.DAY) {
            return FuzzyDate.day(date.earliest().minusYears(1));
        }
        return date;
    }
}
