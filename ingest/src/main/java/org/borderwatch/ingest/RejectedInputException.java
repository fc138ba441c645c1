package org.borderwatch.ingest;

/**
 * Thrown inside a reader when the whole input (or what remains of it) cannot be read; the
 * pipeline turns it into one rejection for the given origin.
 */
final class RejectedInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String origin;

    RejectedInputException(String problem) {
        this(null, problem);
    }

    /** @param origin a more precise origin than the input's own (a row), or null */
    RejectedInputException(String origin, String problem) {
        super(problem, null, false, false);
        this.origin = origin;
    }

    String originOr(String fallback) {
        return origin == null ? fallback : origin;
    }
}
