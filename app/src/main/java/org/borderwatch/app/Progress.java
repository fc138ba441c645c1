package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second. Silent when quiet or when
 * stderr is not a terminal, so logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private long lastDraw;
    private boolean drawn;

    /** A bar that draws only when stderr is a terminal and the user did not ask for quiet. */
    static Progress onTerminal(PrintWriter err, boolean quiet, String label) {
        return new Progress(err, !quiet && System.console() != null, label);
    }

    Progress(PrintWriter err, boolean enabled, String label) {
        this.err = err;
        this.enabled = enabled;
        this.label = label;
    }

    void update(long done, long total, String detail) {
        long now = System.nanoTime();
        if (!enabled || (drawn && now - lastDraw < 100_000_000L && done < total)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double fraction = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        err.print(String.format(Locale.ROOT, "\r%s [%s] %3d%% %s\u001b[K", label, bar,
                Math.round(fraction * 100), detail));
        err.flush();
    }

    /** A line of its own (a rejection, a warning) that the bar must not overwrite. */
    void message(String line) {
        if (drawn) {
            err.print("\r\u001b[K");
            drawn = false;
        }
        err.println(line);
        err.flush();
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
