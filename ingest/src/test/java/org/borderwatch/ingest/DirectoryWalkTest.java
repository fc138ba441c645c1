package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWalkTest {
    @TempDir
    Path dir;

    @Test
    void walksRecursivelyInNameOrderSkippingHiddenAndOpeningZips() throws Exception {
        write(dir, "b/2.txt", "two");
        write(dir, "b/1.txt", "one");
        write(dir, "a.txt", "zero");
        write(dir, ".git/HEAD", "ref: hidden");
        write(dir, "b/.hidden.txt", "hidden");
        try (OutputStream file = Files.newOutputStream(dir.resolve("c.zip"));
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("in-zip.txt"));
            zip.write("zipped".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Collected c = ingest(dir);

        assertThat(c.rejected).isEmpty();
        assertThat(c.accepted).extracting(d -> d.text()).containsExactly("zero", "one", "two", "zipped");
        assertThat(c.accepted.get(3).provenance().origin()).isEqualTo(dir.resolve("c.zip") + "!/in-zip.txt");
    }

    @Test
    void reportsProgressAgainstTheTotalSize() throws Exception {
        Path a = write(dir, "a.txt", "12345");
        Path b = write(dir, "b.txt", "1234567890");

        Collected c = ingest(a, dir.resolve("missing"), b);

        assertThat(c.progress).isNotEmpty();
        assertThat(c.progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(15));
        assertThat(c.progress.get(c.progress.size() - 1)[0]).isEqualTo(15);
        assertThat(c.accepted).hasSize(2);
        assertThat(c.rejected).singleElement().satisfies(r -> assertThat(r.problem()).isEqualTo("no such file or directory"));
    }

    @Test
    void namedHiddenFileIsRead() throws Exception {
        Path hidden = write(dir, ".notes.txt", "asked for");

        assertThat(ingest(hidden).accepted).hasSize(1);
    }
}
