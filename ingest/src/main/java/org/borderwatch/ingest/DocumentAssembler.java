package org.borderwatch.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.borderwatch.core.document.ContentHash;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;

/**
 * The checks and enrichment every document gets whatever its format: text present and within the
 * size limit, a dateline when no date was stated, no date in the future, a language guess, and the
 * batch's publisher and grade. Sends the result to the listener.
 */
final class DocumentAssembler {
    /** Titles and the like come from untrusted input; a page-long "title" is noise, not a title. */
    private static final int MAX_FIELD_CHARS = 500;

    private final IngestOptions options;
    private final IngestListener listener;

    DocumentAssembler(IngestOptions options, IngestListener listener) {
        this.options = options;
        this.listener = listener;
    }

    void reject(String origin, String problem) {
        listener.rejected(new Rejection(origin, problem));
    }

    void accept(Draft draft) {
        String text = ContentHash.normalise(draft.text() == null ? "" : draft.text());
        if (text.isEmpty()) {
            reject(draft.origin(), Problems.EMPTY);
            return;
        }
        int limit = options.limits().maxDocumentChars();
        if (text.length() > limit) {
            reject(draft.origin(), Problems.documentTooLong(text.length(), limit));
            return;
        }
        PublicationDate published = draft.published().isKnown() ? draft.published() : dateline(text);
        Optional<LocalDate> date = published.value();
        if (date.isPresent() && date.get().isAfter(options.today())) {
            reject(draft.origin(), Problems.future(date.get()));
            return;
        }
        String publisher = isBlank(draft.publisher()) ? options.publisher() : draft.publisher();
        Provenance provenance = new Provenance(draft.origin(), identifier(draft.url()),
                identifier(draft.externalId()), shortened(publisher), published, shortened(draft.title()),
                LanguageGuesser.guess(text), options.grade(), draft.format().id());
        listener.accepted(IncomingDocument.of(provenance, text));
    }

    private static PublicationDate dateline(String text) {
        return DatelineFinder.find(text)
                .map(d -> PublicationDate.of(d, DateSource.DATELINE))
                .orElse(PublicationDate.unknown());
    }

    private static String shortened(String value) {
        String flat = oneLine(value);
        return flat == null || flat.length() <= MAX_FIELD_CHARS ? flat
                : flat.substring(0, MAX_FIELD_CHARS).strip() + "…";
    }

    /** A cut-off address or id would point at the wrong thing, so an overlong one is dropped. */
    private static String identifier(String value) {
        String flat = oneLine(value);
        return flat == null || flat.length() > MAX_FIELD_CHARS * 4 ? null : flat;
    }

    private static String oneLine(String value) {
        return isBlank(value) ? null : ContentHash.normalise(value).replaceAll("\\s+", " ");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
