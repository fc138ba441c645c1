package org.borderwatch.store.actor;

/** Where a fact names an actor. */
public enum SeenAs {
    SPEAKER, ADDRESSEE, PERPETRATOR, ATTRIBUTED_BY
}
