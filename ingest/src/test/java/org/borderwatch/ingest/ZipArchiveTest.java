package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.options;
import static org.borderwatch.ingest.IngestAssertions.rejection;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArchiveTest {
    @TempDir
    Path dir;

    @Test
    void entriesAreReadWithArchiveOrigins() throws Exception {
        Path zip = zip("a.zip", Map.of(
                "x/feed.jsonl", "{\"text\":\"one\"}\n\n{\"text\":\"three\"}",
                "x/", "",
                ".git/config", "ignored",
                "notes.txt", "date 2024-01-02 TITLE. Body."));

        Collected c = ingest(zip);

        assertThat(c.rejected).isEmpty();
        assertThat(c.accepted).extracting(d -> d.provenance().origin())
                .containsExactlyInAnyOrder(zip + "!/x/feed.jsonl:1", zip + "!/x/feed.jsonl:3", zip + "!/notes.txt");
    }

    @Test
    void entriesEscapingTheArchiveAreRejected() throws Exception {
        Path zip = zip("slip.zip", ordered("../../evil.txt", "evil", "/etc/passwd", "root", "ok/../fine.txt", "fine"));

        Collected c = ingest(zip);

        rejection(c, zip + "!/../../evil.txt", "entry path escapes the archive");
        rejection(c, zip + "!//etc/passwd", "entry path escapes the archive");
        assertThat(c.accepted).extracting(d -> d.provenance().origin()).containsExactly(zip + "!/fine.txt");
    }

    @Test
    void zipBombIsStoppedByTheCompressionRatio() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "first.txt", "kept before the bomb".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
            out.closeEntry();
            put(out, "after.txt", "never reached".getBytes(StandardCharsets.UTF_8));
        }

        Collected c = ingest(zip);

        assertThat(c.accepted).extracting(d -> d.text()).containsExactly("kept before the bomb");
        rejection(c, zip + "!/zeros.txt", "expands more than 100 times its compressed size (possible zip bomb)");
    }

    @Test
    void oversizedEntriesAndArchivesAreRejected() throws Exception {
        Path zip = zip("big.zip", ordered("small.txt", "tiny", "large.txt", "L".repeat(500), "next.txt", "ok"));
        Limits entryLimit = new Limits(10_000, 100, 100_000, 10, 1000);
        Limits archiveLimit = new Limits(10_000, 10_000, 300, 10, 1000);
        Limits entryCount = new Limits(10_000, 10_000, 100_000, 2, 1000);

        Collected byEntry = ingest(options(entryLimit), zip);
        Collected byArchive = ingest(options(archiveLimit), zip);
        Collected byCount = ingest(options(entryCount), zip);

        rejection(byEntry, zip + "!/large.txt", "entry expands to more than 100 bytes");
        assertThat(byEntry.accepted).extracting(d -> d.text()).containsExactly("tiny", "ok");
        rejection(byArchive, zip.toString(), "archive expands to more than 300 bytes; rest of the archive skipped");
        assertThat(byArchive.accepted).extracting(d -> d.text()).containsExactly("tiny");
        rejection(byCount, zip.toString(), "archive has more than 2 entries");
        assertThat(byCount.accepted).hasSize(2);
    }

    @Test
    void nestedArchivesAndFakeArchivesAreRejected() throws Exception {
        Path inner = zip("inner.zip", Map.of("x.txt", "inside"));
        Path outer = dir.resolve("outer.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(outer))) {
            put(out, "inner.zip", Files.readAllBytes(inner));
        }
        Path fake = write(dir, "fake.zip", "not really a zip");

        Collected c = ingest(outer, fake);

        rejection(c, outer + "!/inner.zip", "archive inside an archive is not opened");
        rejection(c, fake.toString(), "not a zip archive");
    }

    @Test
    void truncatedArchiveIsRejected() throws Exception {
        Path good = zip("t.zip", Map.of("a.txt", "x".repeat(5000) + "y".repeat(5000)));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = write(dir, "cut.zip", java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Collected c = ingest(cut);

        assertThat(c.accepted).isEmpty();
        assertThat(c.rejected).singleElement().satisfies(r -> assertThat(r.problem()).startsWith("unreadable zip archive"));
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                put(out, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    private static void put(ZipOutputStream out, String name, byte[] data) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        ((OutputStream) out).write(data);
        out.closeEntry();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
