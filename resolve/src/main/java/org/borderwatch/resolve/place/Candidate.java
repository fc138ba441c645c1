package org.borderwatch.resolve.place;

/** A candidate place and the best way the mention met one of its names. */
final class Candidate {
    Place place;
    String matchedName;
    MatchKind kind;
    boolean wrongLevel;
    double score;

    Candidate(Place place, String matchedName, MatchKind kind, boolean wrongLevel) {
        this.place = place;
        this.matchedName = matchedName;
        this.kind = kind;
        this.wrongLevel = wrongLevel;
    }
}
