package org.borderwatch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.PublicationDate;

/**
 * Dates as inputs state them in a field or header: ISO dates and date-times, and the US forms used
 * by UCDP exports. The calendar day is taken as written, whatever the time zone.
 */
final class FieldDates {
    private static final DateTimeFormatter US_DATE_TIME =
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_SPACED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    private static final List<Function<String, LocalDate>> PARSERS = List.of(
            s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE),
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> ZonedDateTime.parse(s).toLocalDate(),
            s -> LocalDateTime.parse(s).toLocalDate(),
            s -> LocalDateTime.parse(s, ISO_SPACED).toLocalDate(),
            s -> LocalDateTime.parse(s, US_DATE_TIME).toLocalDate(),
            s -> LocalDate.parse(s, US_DATE));

    private FieldDates() {
    }

    /**
     * A date the input states for a document: unknown when the value is absent or blank.
     *
     * @throws RejectedInputException naming the value when it is not a date
     */
    static PublicationDate given(String value, String origin) {
        if (value == null || value.isBlank()) {
            return PublicationDate.unknown();
        }
        return earliest(value)
                .map(d -> PublicationDate.of(d, DateSource.GIVEN))
                .orElseThrow(() -> new RejectedInputException(origin, Problems.unparseableDate(value)));
    }

    /**
     * A record merged from several sources lists their dates ({@code 2003-06-03;2003-06-04}, as UCDP
     * does): the text existed from the earliest of them, so that is the date we keep.
     */
    private static Optional<LocalDate> earliest(String value) {
        if (!value.contains(";")) {
            return parse(value);
        }
        LocalDate first = null;
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<LocalDate> d = parse(part);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            first = first == null || d.get().isBefore(first) ? d.get() : first;
        }
        return Optional.ofNullable(first);
    }

    /** Empty when the value is not a date in any accepted form. */
    static Optional<LocalDate> parse(String value) {
        String s = value.strip();
        if (s.length() > 64) {
            return Optional.empty();
        }
        for (Function<String, LocalDate> parser : PARSERS) {
            try {
                return Optional.of(parser.apply(s));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
