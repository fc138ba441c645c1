package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.SourceGrade;

/** The stage's shared test vocabulary: options, running a batch, and the common assertions. */
final class IngestAssertions {
    static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private IngestAssertions() {
    }

    static IngestOptions options() {
        return options(Limits.DEFAULT);
    }

    static IngestOptions options(Limits limits) {
        return new IngestOptions(Format.AUTO, "Default Publisher", SourceGrade.C, Map.of(), limits, TODAY);
    }

    static Collected ingest(Path... paths) {
        return ingest(options(), paths);
    }

    static Collected ingest(IngestOptions options, Path... paths) {
        Collected collected = new Collected();
        new Ingestor(options).read(Arrays.asList(paths), collected);
        return collected;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        return write(dir, name, text.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** The one document of a batch that must have no rejections. */
    static IncomingDocument onlyDocument(Collected c) {
        assertThat(c.rejected).as("rejections").isEmpty();
        assertThat(c.accepted).as("documents").hasSize(1);
        return c.accepted.get(0);
    }

    /** Asserts the batch rejected exactly this origin with a problem containing the words, and returns it. */
    static Rejection rejection(Collected c, String origin, String problemPart) {
        List<Rejection> matching = c.rejected.stream().filter(r -> r.origin().equals(origin)).toList();
        assertThat(matching).as("rejections of %s among %s", origin, c.rejected).hasSize(1);
        assertThat(matching.get(0).problem()).contains(problemPart);
        return matching.get(0);
    }
}
