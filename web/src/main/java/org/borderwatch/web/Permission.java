package org.borderwatch.web;

/** What a request wants to do; {@link AccessPolicy} decides whether it may. */
public enum Permission {
    /** Pages, the API's GET endpoints. */
    READ,
    /** Accepting, editing and rejecting facts. */
    REVIEW,
    /** Bulk exports. */
    EXPORT
}
