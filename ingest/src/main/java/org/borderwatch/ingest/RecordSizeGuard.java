package org.borderwatch.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Caps the characters read between two calls of {@link #recordDone()}. A CSV parser buffers a whole
 * record, so an unterminated quote would otherwise pull the rest of a huge file into memory. The
 * parser reads ahead in blocks, so the cap allows for that much slack on top of the limit.
 */
final class RecordSizeGuard extends FilterReader {
    /** Signals that one record grew past the cap. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("record too long");
        }
    }

    private static final int READ_AHEAD_SLACK = 16_384;

    private final long maxChars;
    private long sinceLastRecord;

    RecordSizeGuard(Reader in, long maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    void recordDone() {
        sinceLastRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws RecordTooLongException {
        sinceLastRecord += n;
        if (sinceLastRecord > maxChars + READ_AHEAD_SLACK) {
            throw new RecordTooLongException();
        }
    }
}
