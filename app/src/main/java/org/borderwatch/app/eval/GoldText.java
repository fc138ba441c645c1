package org.borderwatch.app.eval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of a gold set to annotate and extract from, with the date relative expressions resolve
 * against ("yesterday" in a press release of 2011-05-22).
 *
 * @param id the gold item's id, with "#n" for the n-th text of an item made of several (UCDP headlines)
 */
public record GoldText(String id, String text, Optional<LocalDate> date) {
    public GoldText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
    }
}
