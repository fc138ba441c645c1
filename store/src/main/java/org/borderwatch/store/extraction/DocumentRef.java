package org.borderwatch.store.extraction;

import java.time.LocalDate;
import java.util.Optional;

/** The document a listed fact was read from, as much of it as a listing shows. */
public record DocumentRef(long id, Optional<String> title, Optional<LocalDate> published) {
}
