package org.borderwatch.core.statement;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.evidence.Span;

/**
 * A speaker or addressee as the text names it: "Mohsin Naqvi", "the interior minister" (role),
 * "Kabul's de facto rulers". Resolution to a registry actor comes later.
 *
 * @param role the office or function when the text names one ("interior minister", "head of Nacta")
 */
public record Party(String mention, Optional<String> role, Span span) {
    public Party {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
