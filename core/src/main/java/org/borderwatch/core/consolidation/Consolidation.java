package org.borderwatch.core.consolidation;

import java.util.List;

/**
 * What a consolidation run computed: every report in exactly one group, and the previous consolidated
 * incidents no group continues.
 */
public record Consolidation(List<Group> groups, List<Long> retired, ConsolidationStats stats) {
    public Consolidation {
        groups = List.copyOf(groups);
        retired = List.copyOf(retired);
    }
}
