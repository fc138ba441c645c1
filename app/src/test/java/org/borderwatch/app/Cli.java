package org.borderwatch.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process and captures what it prints: the shared helper of CLI tests. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Cli(status, out.toString(), err.toString());
    }

    /** Prepends the database options to a command: {@code on(db, "ingest", "x.txt")}. */
    static String[] on(List<String> dbOptions, String command, String... rest) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(dbOptions);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    /** Runs a command, "import ucdp" for a subcommand, with the database options after it. */
    static Cli command(List<String> dbOptions, String command, String... rest) {
        List<String> all = new ArrayList<>(List.of(command.split(" ")));
        all.addAll(dbOptions);
        all.addAll(List.of(rest));
        return run(all.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
