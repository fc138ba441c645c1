package org.borderwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file on disk; its origin is the path as the user gave it (or as the directory walk built it). */
record FileInput(Path path, long size) implements Input {
    @Override
    public String origin() {
        return path.toString();
    }

    @Override
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
