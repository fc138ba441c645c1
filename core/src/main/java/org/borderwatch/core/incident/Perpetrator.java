package org.borderwatch.core.incident;

import java.util.Objects;
import org.borderwatch.core.evidence.Span;

/**
 * Who is said to have done it.
 *
 * @param attributedBy the speaker who attributed it (for {@link Attribution#ATTRIBUTED}), else null
 */
public record Perpetrator(String mention, Span span, Attribution attribution, String attributedBy) {
    public Perpetrator {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(attribution, "attribution");
    }
}
