package org.borderwatch.resolve.place;

/** How a mention met a gazetteer name, from surest to loosest; shown so an analyst can judge a match. */
public enum MatchKind {
    /** The place's own name, ignoring case, accents and punctuation. */
    EXACT,
    /** One of its alternate names or a curated variant. */
    ALTERNATE,
    /** The same transliteration key (Bisham and Besham, Miranshah and Miran Shah). */
    PHONETIC,
    /** One or two edits away from a name's transliteration key. */
    FUZZY
}
