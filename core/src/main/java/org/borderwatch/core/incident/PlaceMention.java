package org.borderwatch.core.incident;

import java.util.Objects;
import org.borderwatch.core.evidence.Span;

/** A place named for an incident, before the gazetteer resolves it. */
public record PlaceMention(String text, Span span) {
    public PlaceMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
