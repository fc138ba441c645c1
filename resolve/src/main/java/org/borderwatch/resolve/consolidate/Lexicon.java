package org.borderwatch.resolve.consolidate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Consolidation's lexicon files, bundled next to this class: UTF-8, one entry a line, {@code #} comments. */
final class Lexicon {
    private Lexicon() {
    }

    /** The entries of the file: its lines that are neither blank nor comments. */
    static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " unreadable", e);
        }
    }
}
