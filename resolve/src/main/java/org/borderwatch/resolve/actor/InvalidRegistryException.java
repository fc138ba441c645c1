package org.borderwatch.resolve.actor;

/** Registry entries that cannot make one registry (an ambiguous name, overlapping governments), naming the actor. */
public final class InvalidRegistryException extends IllegalArgumentException {
    private final String actorId;

    InvalidRegistryException(String actorId, String message) {
        super(message);
        this.actorId = actorId;
    }

    /** The actor whose entry makes it invalid (the later of two that clash). */
    public String actorId() {
        return actorId;
    }
}
