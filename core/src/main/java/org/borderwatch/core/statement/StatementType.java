package org.borderwatch.core.statement;

import java.util.Optional;

/** What a statement does, with the PLOVER event type it corresponds to where PLOVER has one. */
public enum StatementType {
    ACCUSE("ACCUSE"),
    DENY("REJECT"),
    DEMAND("DEMAND"),
    THREATEN("THREATEN"),
    COMMIT("AGREE"),
    RECOMMEND(null),
    ATTRIBUTE_RESPONSIBILITY("ACCUSE"),
    CLAIM_RESPONSIBILITY(null),
    EXPRESS_CONCERN("COMPLAIN");

    private final String plover;

    StatementType(String plover) {
        this.plover = plover;
    }

    public Optional<String> plover() {
        return Optional.ofNullable(plover);
    }
}
