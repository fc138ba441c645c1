package org.borderwatch.core.consolidation;

import java.util.List;

/** Reconciles the reports of one incident into its fields: the stage consolidation and analysts' merges share. */
public interface Reconciler {
    /** @param reports at least one, in the group's order */
    Reconciled reconcile(List<Report> reports);
}
