package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.onlyDocument;
import static org.borderwatch.ingest.IngestAssertions.rejection;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingAndBinaryTest {
    private static final String TEXT = "Le café de l’été. Zoë said it’s fine.";

    @TempDir
    Path dir;

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() throws Exception {
        // "café" with é = 0xE9 and the curly apostrophe as 0x92: invalid UTF-8.
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', 'i', 't', (byte) 0x92, 's', ' ', 'o', 'k'};
        Path file = write(dir, "old.txt", bytes);

        assertThat(onlyDocument(ingest(file)).text()).isEqualTo("café it’s ok");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        Path le = write(dir, "le.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        Path be = write(dir, "be.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));

        Collected c = ingest(le, be);

        assertThat(c.rejected).isEmpty();
        assertThat(c.accepted).extracting(d -> d.text()).containsExactly(TEXT, TEXT);
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheText() throws Exception {
        Path file = write(dir, "bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "title: Hello\n\nBody".getBytes(StandardCharsets.UTF_8)));

        var doc = onlyDocument(ingest(file));

        assertThat(doc.provenance().title()).isEqualTo("Hello");
        assertThat(doc.text()).isEqualTo("Body");
    }

    @Test
    void binaryContentIsRejectedWhateverItsName() throws Exception {
        Path nul = write(dir, "image.txt", new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 2, 3});
        Path controls = write(dir, "blob.dat", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'});

        Collected c = ingest(nul, controls);

        assertThat(c.accepted).isEmpty();
        rejection(c, nul.toString(), "binary file (not text)");
        rejection(c, controls.toString(), "binary file (not text)");
    }

    @Test
    void emptyAndBlankFilesAreRejected() throws Exception {
        Path empty = write(dir, "empty.txt", new byte[0]);
        Path blank = write(dir, "blank.txt", " \n\t\n");

        Collected c = ingest(empty, blank);

        rejection(c, empty.toString(), "empty document (no text)");
        rejection(c, blank.toString(), "empty document (no text)");
    }

    @Test
    void missingPathIsRejected() {
        Path missing = dir.resolve("nope.txt");

        rejection(ingest(missing), missing.toString(), "no such file or directory");
    }

    @Test
    void unreadableFileIsRejectedWithTheReason() throws Exception {
        Path file = write(dir, "secret.txt", "hidden words");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            // root ignores permissions; this file fails on read with an I/O error instead
            Path failing = Path.of("/proc/self/mem");
            rejection(ingest(failing), failing.toString(), "cannot read: Input/output error");
            return;
        }
        rejection(ingest(file), file.toString(), "cannot read: permission denied");
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body);
        return out.toByteArray();
    }
}
