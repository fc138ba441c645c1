package org.borderwatch.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.borderwatch.core.time.FuzzyDate;
import picocli.CommandLine.Option;

/** Options the accountability commands share: who makes a change, and the day results are read on. */
final class AccountabilityOptions {
    private AccountabilityOptions() {
    }

    /** The analyst recorded with every change. */
    static final class Author {
        @Option(names = "--author", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "Who makes the change, recorded with it (default: the OS user, ${DEFAULT-VALUE}).")
        String name;
    }

    /** The day indicators and conditions are evaluated on. */
    static final class AsOf {
        @Option(names = "--as-of", paramLabel = "DATE",
                description = "Evaluate as of this day (YYYY-MM-DD): only incidents dated by then count (default: today).")
        String day;

        LocalDate day() {
            return day == null ? LocalDate.now() : date("--as-of", day);
        }
    }

    /** The enum constant a user named (any case, '-' for '_'), or a one-line error naming the option. */
    static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        String name = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new UserError(option + " must be one of " + FactListOptions.names(type) + ", was '" + value + "'");
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserError(option + " must be a day written YYYY-MM-DD, was '" + value + "'");
        }
    }

    /** A day (2024-05-26), a month (2024-05) or a year (2024), with that precision. */
    static FuzzyDate fuzzyDate(String option, String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        org.borderwatch.core.time.DatePrecision.YEAR);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return FuzzyDate.month(m.getYear(), m.getMonthValue());
            }
            return FuzzyDate.day(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw new UserError(option + " must be a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), was '" + value + "'");
        }
    }
}
