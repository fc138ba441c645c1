package org.borderwatch.app.eval;

import java.util.List;
import java.util.Map;

/**
 * A gold set's scores: one line per field, and per item what gold said, what we said and which
 * fields agreed, for reading the errors.
 */
record ScoredSet(List<FieldScore> fields, List<Map<String, Object>> items) {
}
