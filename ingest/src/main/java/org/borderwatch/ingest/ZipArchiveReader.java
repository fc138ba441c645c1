package org.borderwatch.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a .zip archive entry by entry, in memory, never extracting to disk. Sizes in zip headers are
 * claims an attacker controls, so every limit is checked against bytes actually decompressed.
 *
 * <p>Archives inside the archive are not opened: one level of expansion keeps the limits meaningful
 * (a nested archive would multiply them) and real news dumps do not need more.
 *
 * <p>After a suspected zip bomb or an over-limit archive the rest of the archive is skipped, because
 * reaching the next entry would mean decompressing the bomb; entries already read stay accepted.
 */
final class ZipArchiveReader {
    static final long RATIO_CHECK_FLOOR = 1L << 20;

    private final Limits limits;
    private final DocumentAssembler out;
    private final InputProcessor processor;

    ZipArchiveReader(Limits limits, DocumentAssembler out, InputProcessor processor) {
        this.limits = limits;
        this.out = out;
        this.processor = processor;
    }

    /** How reading one entry's data ended. */
    private enum Outcome { OK, TOO_LARGE, BOMB, ARCHIVE_TOO_LARGE }

    private long expandedTotal;

    void read(Path zip) {
        String origin = zip.toString();
        String current = origin;
        expandedTotal = 0;
        try {
            if (!hasZipSignature(zip)) {
                out.reject(origin, Problems.NOT_ZIP);
                return;
            }
        } catch (IOException e) {
            out.reject(origin, Problems.cannotRead(IoReasons.of(e)));
            return;
        }
        try {
            try (CountingInputStream counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(zip)));
                 ZipInputStream entries = new ZipInputStream(counted)) {
                int count = 0;
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    current = origin + "!/" + entry.getName();
                    if (++count > limits.maxArchiveEntries()) {
                        out.reject(origin, Problems.tooManyEntries(limits.maxArchiveEntries()));
                        return;
                    }
                    if (!readEntry(entry, origin, entries, counted)) {
                        return;
                    }
                    current = origin;
                }
            }
        } catch (IOException e) {
            out.reject(current, Problems.unreadableZip(IoReasons.of(e)));
        } catch (IllegalArgumentException e) {
            // ZipInputStream throws this for entry names that are not valid in the archive's encoding.
            out.reject(current, Problems.unreadableZip(String.valueOf(e.getMessage())));
        }
    }

    /** Returns false when the rest of the archive must be skipped. */
    private boolean readEntry(ZipEntry entry, String origin, InputStream data, CountingInputStream counted)
            throws IOException {
        String entryOrigin = origin + "!/" + entry.getName();
        Optional<String> name = EntryNames.normalise(entry.getName());
        boolean wanted = name.isPresent() && !entry.isDirectory() && !EntryNames.isHidden(name.get())
                && !name.get().isEmpty();
        boolean nested = wanted && name.get().toLowerCase(Locale.ROOT).endsWith(".zip");
        ByteArrayOutputStream kept = wanted && !nested ? new ByteArrayOutputStream() : null;
        // Skipped entries are still decompressed (to reach the next one), so they count as well.
        Outcome outcome = expand(data, counted, kept);
        if (outcome == Outcome.BOMB) {
            out.reject(entryOrigin, Problems.zipBomb(limits.maxCompressionRatio()));
            return false;
        }
        if (outcome == Outcome.ARCHIVE_TOO_LARGE) {
            out.reject(origin, Problems.archiveTooLarge(limits.maxArchiveBytes()));
            return false;
        }
        if (name.isEmpty()) {
            out.reject(entryOrigin, Problems.ENTRY_ESCAPES);
        } else if (nested) {
            out.reject(origin + "!/" + name.get(), Problems.NESTED_ARCHIVE);
        } else if (outcome == Outcome.TOO_LARGE && wanted) {
            out.reject(origin + "!/" + name.get(), Problems.entryTooLarge(limits.maxFileBytes()));
        } else if (kept != null) {
            processor.process(new EntryInput(origin + "!/" + name.get(), EntryNames.fileName(name.get()),
                    kept.toByteArray()));
        }
        return true;
    }

    private Outcome expand(InputStream data, CountingInputStream counted, ByteArrayOutputStream kept)
            throws IOException {
        long compressedAtStart = counted.count();
        long expanded = 0;
        boolean tooLarge = false;
        byte[] buffer = new byte[16384];
        for (int n = data.read(buffer); n >= 0; n = data.read(buffer)) {
            expanded += n;
            expandedTotal += n;
            if (expandedTotal > limits.maxArchiveBytes()) {
                return Outcome.ARCHIVE_TOO_LARGE;
            }
            long compressed = Math.max(1, counted.count() - compressedAtStart);
            if (expanded > RATIO_CHECK_FLOOR && expanded / compressed > limits.maxCompressionRatio()) {
                return Outcome.BOMB;
            }
            if (expanded > limits.maxFileBytes()) {
                tooLarge = true;
            } else if (kept != null) {
                kept.write(buffer, 0, n);
            }
        }
        return tooLarge ? Outcome.TOO_LARGE : Outcome.OK;
    }

    private static boolean hasZipSignature(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                    && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
        }
    }
}
