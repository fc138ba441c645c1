package org.borderwatch.store;

import java.nio.file.Path;

/** Another process holds the data directory; opening it too would risk the database. */
public final class DataDirInUseException extends StoreException {
    public DataDirInUseException(Path dataDir, String holder) {
        super("data directory " + dataDir + " is in use by another Borderwatch process"
                + (holder.isBlank() ? "" : " (pid " + holder + ")")
                + "; stop that process first, or choose another --data-dir");
    }
}
