package org.borderwatch.core.statement;

/** Whose words: someone the document reports, or the author's (an editorial's recommendations). */
public enum Voice {
    REPORTED, AUTHOR
}
