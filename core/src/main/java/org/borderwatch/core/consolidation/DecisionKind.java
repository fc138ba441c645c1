package org.borderwatch.core.consolidation;

/** An analyst's judgement of two reports: one incident, or two. */
public enum DecisionKind {
    SAME, DIFFERENT
}
