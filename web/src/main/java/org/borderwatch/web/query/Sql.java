package org.borderwatch.web.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/** A WHERE clause built from the filters given, each clause a line of SQL with its named values. */
final class Sql {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    Sql and(String clause) {
        clauses.add(clause);
        return this;
    }

    Sql and(String clause, String name, Object value) {
        clauses.add(clause);
        binds.put(name, value);
        return this;
    }

    /** The same clauses and values, to add more to without changing these. */
    Sql copy() {
        Sql c = new Sql();
        c.clauses.addAll(clauses);
        c.binds.putAll(binds);
        return c;
    }

    /** A value the clauses name, without a clause of its own. */
    Sql bind(String name, Object value) {
        binds.put(name, value);
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", clauses) + "\n";
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        binds.forEach(statement::bind);
        return statement;
    }
}
