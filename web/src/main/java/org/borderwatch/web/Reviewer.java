package org.borderwatch.web;

/** Who is making a request, as recorded in the audit trail. */
public record Reviewer(String name) {
    public Reviewer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a reviewer needs a name");
        }
    }
}
