package org.borderwatch.store.actor;

/** How many of a document's mentions were linked to registered actors and how many to candidates. */
public record LinkReport(int matched, int candidates) {
    public LinkReport plus(LinkReport other) {
        return new LinkReport(matched + other.matched, candidates + other.candidates);
    }
}
