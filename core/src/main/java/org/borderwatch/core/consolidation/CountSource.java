package org.borderwatch.core.consolidation;

import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.incident.Count;

/** What one report says of the toll, and who says it: the sources behind a reconciled count. */
public record CountSource(String reportKey, String label, Optional<Count> killed, Optional<Count> injured) {
    public CountSource {
        Objects.requireNonNull(reportKey, "reportKey");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
    }
}
