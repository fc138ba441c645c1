package org.borderwatch.app;

import org.borderwatch.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one plain line on stderr; stack traces only with BORDERWATCH_DEBUG set. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof IllegalArgumentException || e instanceof StoreException || e instanceof UserError) {
            cmd.getErr().println("error: " + message);
        } else {
            cmd.getErr().println("error: " + e.getClass().getSimpleName() + ": " + message);
        }
        if (System.getenv("BORDERWATCH_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
