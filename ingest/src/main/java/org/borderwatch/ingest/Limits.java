package org.borderwatch.ingest;

/**
 * Bounds that keep hostile or mistaken input from exhausting memory or disk. Defaults are documented
 * in README.md ("Limits"); change them there too.
 *
 * @param maxDocumentChars   longest text of one document, after decoding
 * @param maxFileBytes       largest single-document file (text, line, html); jsonl and csv are streamed
 * @param maxArchiveBytes    most bytes one archive may expand to, all entries together
 * @param maxArchiveEntries  most entries one archive may hold
 * @param maxCompressionRatio highest expanded/compressed ratio tolerated for an archive entry over 1 MiB
 */
public record Limits(
        int maxDocumentChars,
        long maxFileBytes,
        long maxArchiveBytes,
        int maxArchiveEntries,
        int maxCompressionRatio) {

    public static final Limits DEFAULT = new Limits(
            2_000_000, 32L << 20, 1L << 30, 100_000, 100);

    public Limits {
        if (maxDocumentChars <= 0 || maxFileBytes <= 0 || maxArchiveBytes <= 0
                || maxArchiveEntries <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }
}
