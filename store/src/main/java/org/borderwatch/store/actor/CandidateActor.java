package org.borderwatch.store.actor;

import java.time.Instant;
import java.util.List;

/**
 * A mention the registry did not resolve, waiting for an analyst to add it to the registry or map it.
 *
 * @param mentions  how many fact mentions point to it
 * @param documents in how many documents
 * @param seenAs    the roles it was seen in (SPEAKER, ADDRESSEE, ...)
 * @param examples  up to three mentions as written, with their document ids ("enemy intelligence agencies" in 12)
 * @param why       the reason given for its latest mention
 */
public record CandidateActor(long id, String name, long mentions, long documents, List<String> seenAs,
        List<String> examples, String why, Instant lastSeen) {
}
