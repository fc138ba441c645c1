package org.borderwatch.web.review;

import java.util.Locale;
import java.util.Map;
import org.borderwatch.web.Problem;

/**
 * An analyst's decision on one fact: accept it as it is, reject it, or edit fields of it. {@code version}
 * is the version the analyst saw: if the fact changed since, the decision is refused (409), not applied
 * over the other change.
 *
 * @param changes for an edit: field name to new value as text ("" clears a field)
 */
public record ReviewRequest(Action action, int version, Map<String, String> changes, String note) {
    public enum Action { ACCEPT, REJECT, EDIT }

    public ReviewRequest {
        changes = changes == null ? Map.of() : Map.copyOf(changes);
        if (action == Action.EDIT && changes.isEmpty()) {
            throw Problem.badParameter("changes", "an edit needs at least one field to change");
        }
        if (action != Action.EDIT && !changes.isEmpty()) {
            throw Problem.badParameter("changes", "only an edit changes fields; " + action.name().toLowerCase(Locale.ROOT)
                    + " takes none");
        }
        if (note != null && note.length() > 2000) {
            throw Problem.badParameter("note", "longer than 2000 characters");
        }
    }

    public static Action action(String value) {
        if (value == null || value.isBlank()) {
            throw Problem.badParameter("action", "missing; one of accept, reject, edit");
        }
        try {
            return Action.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("action", "must be accept, reject or edit, was '" + value + "'");
        }
    }

    public static int version(String value) {
        if (value == null || value.isBlank()) {
            throw Problem.badParameter("version", "missing: the version of the fact you reviewed");
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw Problem.badParameter("version", "not a version number: '" + value + "'");
        }
    }
}
