package org.borderwatch.app;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 something failed or was rejected, 2 usage). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers that set their own output streams. */
    static CommandLine commandLine() {
        return new CommandLine(new BorderwatchCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler());
    }
}
