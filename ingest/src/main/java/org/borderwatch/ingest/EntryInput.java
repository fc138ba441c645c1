package org.borderwatch.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** An archive entry, already expanded into memory (bounded by the file size limit). */
record EntryInput(String origin, String fileName, byte[] bytes) implements Input {
    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }
}
