package org.borderwatch.extract.incident;

import org.borderwatch.core.incident.IncidentType;

/**
 * A word or phrase in a sentence that names a violent event: "the deadly March attack", "a roadside
 * bomb", "detained".
 *
 * @param head  the token the phrase hangs from in the tree
 * @param first first token of the phrase
 * @param last  last token of the phrase
 */
record Trigger(int head, int first, int last, IncidentType type, boolean noun) {
    boolean covers(int token) {
        return token >= first && token <= last;
    }
}
