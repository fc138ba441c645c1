package org.borderwatch.core.document;

import java.util.List;
import java.util.Optional;

/** Where documents live. Implementations store each document whole or not at all. */
public interface DocumentStore {

    /**
     * Stores the batch in one transaction; content already stored (same hash) is not added again.
     * Outcomes come back in the order of the batch.
     */
    List<StoreOutcome> storeAll(List<IncomingDocument> batch);

    Optional<Document> find(long id);

    /** Newest first. */
    List<Document> list(int limit, int offset);

    long count();
}
