package org.borderwatch.store.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document's machine-fact mentions with what resolving them needs from the document.
 *
 * @param placeCountries the country of each of its placed incidents
 */
public record DocumentMentions(long documentId, Optional<LocalDate> published, Optional<String> publisher,
        Optional<String> url, String text, List<String> placeCountries, List<MentionRef> mentions) {
    public DocumentMentions {
        placeCountries = List.copyOf(placeCountries);
        mentions = List.copyOf(mentions);
    }
}
