package org.borderwatch.store.extraction;

/** What replacing one document's machine facts did. */
public record Replaced(long documentId, int incidentsRemoved, int statementsRemoved, int incidentsAdded,
                       int statementsAdded) {
}
