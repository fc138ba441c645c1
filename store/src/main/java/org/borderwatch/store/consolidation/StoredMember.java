package org.borderwatch.store.consolidation;

import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;

/**
 * One report of a consolidated incident as listed: its source, what it says, and how it matched.
 *
 * @param incidentId the report's {@code incident} row
 * @param source     who reports it ("UCDP GED 51776", "Dawn, 2024-05-28: …")
 * @param place      the name of its place, if placed
 * @param matchScore how well it matched the report it joined, empty for the incident's first report
 * @param features   per-feature similarities, {@code with} (the report it joined) and {@code decision}
 *                   when an analyst joined them; empty for the first report
 */
public record StoredMember(long incidentId, String key, String source, String type, Optional<FuzzyDate> date,
                           Optional<String> place, Optional<Count> killed, Optional<Count> injured,
                           Optional<Double> matchScore, Map<String, Object> features, Optional<Long> documentId) {
    public StoredMember {
        features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    }
}
