package org.borderwatch.app;

/** A problem with what the user asked for, reported as one line without a stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
