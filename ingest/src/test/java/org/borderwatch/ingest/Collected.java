package org.borderwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.core.document.IncomingDocument;

/** A listener that keeps everything it hears, for assertions. */
final class Collected implements IngestListener {
    final List<IncomingDocument> accepted = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    final List<long[]> progress = new ArrayList<>();

    @Override
    public void accepted(IncomingDocument document) {
        accepted.add(document);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejected.add(rejection);
    }

    @Override
    public void progress(long bytesDone, long bytesTotal) {
        progress.add(new long[] {bytesDone, bytesTotal});
    }

    /** Whether anything, accepted or rejected, came from this origin or from inside it. */
    boolean heardFrom(String origin) {
        return accepted.stream().anyMatch(d -> within(d.provenance().origin(), origin))
                || rejected.stream().anyMatch(r -> within(r.origin(), origin));
    }

    private static boolean within(String candidate, String origin) {
        return candidate.equals(origin) || candidate.startsWith(origin + ":") || candidate.startsWith(origin + "!/");
    }
}
