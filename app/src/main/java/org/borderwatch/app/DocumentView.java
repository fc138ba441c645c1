package org.borderwatch.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.borderwatch.core.document.Document;
import org.borderwatch.core.document.Provenance;

/** A document as the CLI shows it; the text only where one document is shown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DocumentView(
        long id,
        String title,
        String publisher,
        LocalDate published,
        String dateSource,
        String origin,
        String url,
        String externalId,
        String language,
        String grade,
        String format,
        String sha256,
        Instant ingestedAt,
        int characters,
        String text) {

    static DocumentView of(Document d, boolean withText) {
        Provenance p = d.provenance();
        return new DocumentView(d.id(), p.title(), p.publisher(), p.published().date(),
                p.published().source().name().toLowerCase(java.util.Locale.ROOT), p.origin(), p.url(),
                p.externalId(), p.language(), p.grade().name(), p.format(), d.sha256(), d.ingestedAt(),
                d.text().length(), withText ? d.text() : null);
    }
}
