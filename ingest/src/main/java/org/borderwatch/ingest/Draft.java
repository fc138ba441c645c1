package org.borderwatch.ingest;

import org.borderwatch.core.document.PublicationDate;

/**
 * What a format reader found for one document, before the checks every document passes.
 *
 * @param published a date the input states itself; unknown means "look for a dateline"
 */
record Draft(
        String origin,
        Format format,
        String text,
        String title,
        String url,
        String externalId,
        String publisher,
        PublicationDate published) {

    static Draft of(String origin, Format format, String text) {
        return new Draft(origin, format, text, null, null, null, null, PublicationDate.unknown());
    }

    Draft withTitle(String value) {
        return new Draft(origin, format, text, value, url, externalId, publisher, published);
    }

    Draft withUrl(String value) {
        return new Draft(origin, format, text, title, value, externalId, publisher, published);
    }

    Draft withExternalId(String value) {
        return new Draft(origin, format, text, title, url, value, publisher, published);
    }

    Draft withPublisher(String value) {
        return new Draft(origin, format, text, title, url, externalId, value, published);
    }

    Draft withPublished(PublicationDate value) {
        return new Draft(origin, format, text, title, url, externalId, publisher, value);
    }
}
