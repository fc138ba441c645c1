package org.borderwatch.core.document;

/** What storing one incoming document did: added it, or found the same content already stored. */
public record StoreOutcome(IncomingDocument document, long id, boolean added) {
}
