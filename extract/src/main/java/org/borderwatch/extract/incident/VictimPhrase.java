package org.borderwatch.extract.incident;

import java.util.Optional;
import org.borderwatch.core.incident.Count;

/**
 * One noun phrase naming people an event happened to: "five Chinese laborers" is category laborers,
 * nationality Chinese, count 5.
 *
 * @param head       token index of the phrase head
 * @param category   the kind of people, as written ("laborers", "local"), or "people" for a bare number
 * @param count      how many, when the phrase says or implies it
 * @param personLike whether the phrase names people at all ("a weapons cache" does not)
 * @param definite   "the insurgents": people already introduced, so the phrase repeats a count
 * @param numbered   the count is written as a number ("two"), not implied by the noun
 */
record VictimPhrase(int head, String category, Optional<String> nationality, Optional<Count> count,
                    boolean personLike, boolean definite, boolean numbered) {
    VictimPhrase(int head, String category, Optional<String> nationality, Optional<Count> count, boolean personLike,
                 boolean definite) {
        this(head, category, nationality, count, personLike, definite, false);
    }
}
