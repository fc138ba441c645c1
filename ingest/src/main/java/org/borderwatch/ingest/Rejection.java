package org.borderwatch.ingest;

/**
 * Input that could not become a document.
 *
 * @param origin  the file, with line or row ({@code feed.jsonl:12}) or archive entry ({@code a.zip!/b.txt})
 * @param problem what is wrong, in words a user can act on
 */
public record Rejection(String origin, String problem) {
    @Override
    public String toString() {
        return origin + ": " + problem;
    }
}
