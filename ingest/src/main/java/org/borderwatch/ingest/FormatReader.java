package org.borderwatch.ingest;

import java.io.IOException;

/** Turns one input of a known format into drafts and rejections. */
interface FormatReader {
    void read(Input input, TextEncoding encoding, DocumentAssembler out) throws IOException;
}
