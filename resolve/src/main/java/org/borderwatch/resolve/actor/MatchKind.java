package org.borderwatch.resolve.actor;

/** Why a mention resolved to an actor; kept with the match so a reviewer can judge it. */
public enum MatchKind {
    /** One of the actor's names or spelling variants, or an acronym written in capitals. */
    ALIAS,
    /** A transliteration variant of one of its names (Tehreek-e-Taleban for Tehrik-i-Taliban). */
    FUZZY,
    /** A country's name, capital or people ("Kabul", "Pakistan") for its government on the date. */
    COUNTRY,
    /** A generic or local name qualified by a country ("the Pakistani military", "Afghan government"). */
    QUALIFIED,
    /** An office ("the interior minister", "the head of Nacta") and who held it on the date. */
    ROLE,
    /** A generic or local name ("the government", "the military") of the publisher's country. */
    PUBLISHER_COUNTRY,
    /** A generic or local name of the country the document is about, the publisher's being unknown. */
    DOCUMENT_COUNTRY,
    /** A short form ("Naqvi") of a person the same document names in full. */
    DOCUMENT_PERSON
}
