package org.borderwatch.core.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A publication date together with where it was found; {@link #unknown()} carries no date. */
public record PublicationDate(LocalDate date, DateSource source) {
    private static final PublicationDate UNKNOWN = new PublicationDate(null, DateSource.UNKNOWN);

    public PublicationDate {
        Objects.requireNonNull(source, "source");
        if ((date == null) != (source == DateSource.UNKNOWN)) {
            throw new IllegalArgumentException("a date must be present exactly when its source is known: "
                    + date + " from " + source);
        }
    }

    public static PublicationDate unknown() {
        return UNKNOWN;
    }

    public static PublicationDate of(LocalDate date, DateSource source) {
        return new PublicationDate(date, source);
    }

    public Optional<LocalDate> value() {
        return Optional.ofNullable(date);
    }

    public boolean isKnown() {
        return date != null;
    }
}
