package org.borderwatch.core.document;

/** Where a document's publication date came from. A date is never invented: absent means UNKNOWN. */
public enum DateSource {
    /** Stated by the input itself: the line format's date, a header, a JSON or CSV field. */
    GIVEN,
    /** Read from an HTML page's metadata ({@code <meta>} publication date, {@code <time>}). */
    METADATA,
    /** Found in the text's dateline, such as "KABUL, Afghanistan (Jan. 25, 2013)". */
    DATELINE,
    UNKNOWN
}
