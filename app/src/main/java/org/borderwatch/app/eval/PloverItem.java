package org.borderwatch.app.eval;

import java.util.List;

/** One PLOVER gold sentence: its event type and the source and target actors as written. */
record PloverItem(String id, String text, String event, List<String> sources, List<String> targets) {
}
