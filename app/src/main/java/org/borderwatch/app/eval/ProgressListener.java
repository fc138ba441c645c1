package org.borderwatch.app.eval;

/** Told how far a run has got, so the command line can draw a progress bar. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
