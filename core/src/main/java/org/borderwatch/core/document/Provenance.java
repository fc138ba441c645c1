package org.borderwatch.core.document;

import java.util.Objects;

/**
 * Where a document came from and how far to trust it.
 *
 * @param origin     the file it was read from, with the line or row for multi-document files
 *                   ({@code feed.jsonl:12}) and the entry for archives ({@code a.zip!/b.txt})
 * @param url        the article's address where the input names one, else null
 * @param externalId the input's own identifier ({@code id} field), else null
 * @param publisher  the publisher, else null
 * @param title      the title, else null
 * @param language   a BCP 47 tag guessed from the text ({@code en}), {@code und} when unsure
 * @param format     the reader that parsed it ({@code line}, {@code jsonl}, ...)
 */
public record Provenance(
        String origin,
        String url,
        String externalId,
        String publisher,
        PublicationDate published,
        String title,
        String language,
        SourceGrade grade,
        String format) {

    public Provenance {
        requireText(origin, "origin");
        requireText(language, "language");
        requireText(format, "format");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(grade, "grade");
        url = blankToNull(url);
        externalId = blankToNull(externalId);
        publisher = blankToNull(publisher);
        title = blankToNull(title);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("provenance needs a non-blank " + name);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
