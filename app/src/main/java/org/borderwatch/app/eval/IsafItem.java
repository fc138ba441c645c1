package org.borderwatch.app.eval;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One ISAF press release with its gold coding.
 *
 * @param text         the release as ingest normalises it
 * @param documentDate the release date, from its dateline or header
 * @param startDate    the gold event date, ISO
 * @param eventTypes   gold labels (detention, insurgentskilled, captureandkill, airstrike, civiliancasualty)
 */
record IsafItem(String id, String text, Optional<LocalDate> documentDate, String dateSource,
                Optional<String> startDate, Set<String> eventTypes, Set<String> provinces, Set<String> targetGroups,
                int minKilled, int minCaptured) {
}
