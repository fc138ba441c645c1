package org.borderwatch.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One thing to read as a file: a file on disk or an archive entry held in memory. It can be opened
 * more than once because encoding detection needs a look before the real read.
 */
interface Input {
    /** Where documents from it come from, as shown to the user ({@code a.zip!/x/feed.jsonl}). */
    String origin();

    /** The bare file name, for format detection by extension. */
    String fileName();

    long size();

    InputStream open() throws IOException;
}
