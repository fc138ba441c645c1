package org.borderwatch.web.review;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of fact an analyst reviews, the table each lives in (its name is the audit log's entity) and
 * the fields an edit may change.
 */
public enum Reviewable {
    /** An incident report: one document's (or dataset record's) account of an incident. */
    REPORT("incident", List.of(Field.INCIDENT_TYPE, Field.DATE, Field.KILLED, Field.INJURED)),
    /** A consolidated incident: editing it fixes the reconciled values against re-consolidation. */
    INCIDENT("consolidated_incident", List.of(Field.INCIDENT_TYPE, Field.DATE, Field.KILLED, Field.INJURED)),
    STATEMENT("statement", List.of(Field.STATEMENT_TYPE, Field.SPEAKER, Field.ADDRESSEE, Field.PROPOSITION,
            Field.QUOTE, Field.NEGATED, Field.CONDITION, Field.DATE));

    final String table;
    final List<Field> fields;

    Reviewable(String table, List<Field> fields) {
        this.table = table;
        this.fields = fields;
    }

    public String table() {
        return table;
    }

    /** The names an edit takes ("type", "killed", …). */
    public List<String> fieldNames() {
        return fields.stream().map(f -> f.label).toList();
    }

    Optional<Field> field(String label) {
        return fields.stream().filter(f -> f.label.equals(label)).findFirst();
    }
}
