package org.borderwatch.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a set number of characters: a multi-gigabyte "line"
 * (a file with no newlines) is skipped rather than loaded. Ends lines at \n, \r\n or \r.
 */
final class BoundedLineReader {
    /** One line, or the news that it was too long (then its text is null). */
    record Line(int number, String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader reader;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private int number;
    private boolean skipNextLineFeed;

    BoundedLineReader(Reader reader, long maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean overflow = false;
        boolean sawAny = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!sawAny) {
                    return null;
                }
                break;
            }
            char c = buffer[pos++];
            if (skipNextLineFeed) {
                skipNextLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            sawAny = true;
            if (c == '\n' || c == '\r') {
                skipNextLineFeed = c == '\r';
                break;
            }
            if (!overflow && line.length() >= maxChars) {
                overflow = true;
                line = null;
            }
            if (!overflow) {
                line.append(c);
            }
        }
        number++;
        return new Line(number, overflow ? null : line.toString());
    }

    private boolean fill() throws IOException {
        int n = reader.read(buffer);
        while (n == 0) {
            n = reader.read(buffer);
        }
        pos = 0;
        end = Math.max(n, 0);
        return n > 0;
    }
}
