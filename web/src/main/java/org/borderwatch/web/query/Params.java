package org.borderwatch.web.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.web.Problem;

/**
 * Request parameters, checked: every parse names the parameter in its error, which becomes a 400 problem.
 * The same checks serve the API, the pages and the export command (whose options become parameters).
 */
public final class Params {
    private static final int MAX_TEXT = 500;
    private final Map<String, List<String>> values;

    public Params(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Params of(Map<String, String> single) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        single.forEach((k, v) -> {
            if (v != null) {
                m.put(k, List.of(v));
            }
        });
        return new Params(m);
    }

    /** Refuses parameters this endpoint does not know, so a typo is not silently ignored. */
    public Params allowOnly(Collection<Param> known) {
        Set<String> names = new TreeSet<>();
        known.forEach(p -> names.add(p.name()));
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw Problem.badParameter(name, "unknown parameter; this endpoint takes " + String.join(", ", names));
            }
        }
        return this;
    }

    /** The value, stripped; empty when absent or blank (an empty form field means no filter). */
    public Optional<String> text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        if (v.size() > 1) {
            throw Problem.badParameter(name, "given " + v.size() + " times; give it once");
        }
        String s = v.get(0).strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw Problem.badParameter(name, "contains a control character (U+"
                        + String.format("%04X", (int) s.charAt(i)) + ")");
            }
        }
        if (s.length() > MAX_TEXT) {
            throw Problem.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    public int integer(String name, int min, int max, int otherwise) {
        return optionalLong(name, min, max).map(Long::intValue).orElse(otherwise);
    }

    public Optional<Long> optionalLong(String name, long min, long max) {
        return text(name).map(s -> {
            long n;
            try {
                n = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw Problem.badParameter(name, "not a whole number: '" + s + "'");
            }
            if (n < min || n > max) {
                throw Problem.badParameter(name, "must be from " + min + " to " + max + ", was " + n);
            }
            return n;
        });
    }

    public Optional<Double> decimal(String name, double min, double max) {
        return text(name).map(s -> {
            double d;
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw Problem.badParameter(name, "not a number: '" + s + "'");
            }
            if (!(d >= min && d <= max)) {
                throw Problem.badParameter(name, "must be from " + min + " to " + max + ", was " + s);
            }
            return d;
        });
    }

    /**
     * A date: YYYY-MM-DD, or YYYY-MM / YYYY meaning its first day ({@code end} false) or its last (true),
     * so {@code from=2024-03&to=2024-03} is all of March.
     */
    public Optional<LocalDate> date(String name, boolean end) {
        return text(name).map(s -> {
            try {
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(s);
                }
                if (s.matches("\\d{4}-\\d{2}")) {
                    YearMonth m = YearMonth.parse(s);
                    return end ? m.atEndOfMonth() : m.atDay(1);
                }
                if (s.matches("\\d{4}")) {
                    int y = Integer.parseInt(s);
                    return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
                }
            } catch (DateTimeException e) {
                throw Problem.badParameter(name, "not a valid date: '" + s + "'");
            }
            throw Problem.badParameter(name, "must be a date as YYYY-MM-DD, YYYY-MM or YYYY, was '" + s + "'");
        });
    }

    /** One of the allowed values, compared ignoring case and with '-' or ' ' for '_'; returned as listed. */
    public Optional<String> oneOf(String name, List<String> allowed) {
        return text(name).map(s -> {
            String wanted = s.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (String a : allowed) {
                if (a.toLowerCase(Locale.ROOT).equals(wanted) || a.equalsIgnoreCase(s)) {
                    return a;
                }
            }
            throw Problem.badParameter(name, "must be one of " + String.join(", ", allowed) + ", was '" + s + "'");
        });
    }

    public static List<String> lower(Collection<? extends Enum<?>> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.name().toLowerCase(Locale.ROOT)));
        return out;
    }
}
