package org.borderwatch.resolve.consolidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.borderwatch.core.consolidation.ActorRef;
import org.borderwatch.resolve.place.Names;

/**
 * Perpetrators compared by registry actor id when both sides have one, else by their words: folded,
 * with the words that name no particular actor dropped ({@code generic-perpetrators.txt}), so "unknown
 * gunmen" says nothing and "Pakistan security forces" is "pakistan". The same actor on both sides (or
 * the same words) scores 1; one name within the other ("Taliban", "Pakistani Taliban") 0.8; names
 * sharing a word 0.5; names with nothing in common 0.3, not lower: without a registry, "TTP" and
 * "Pakistani Taliban" look unrelated.
 */
public final class MentionActorMatcher implements ActorMatcher {
    private static volatile Set<String> generic;

    private final Set<String> genericWords;

    public MentionActorMatcher() {
        this.genericWords = genericWords();
    }

    @Override
    public Prepared prepare(List<ActorRef> perpetrators) {
        return new Actors(actors(perpetrators));
    }

    /** A report's perpetrators as compared: ids and the words that name particular actors. */
    private record Actors(List<Actor> actors) implements Prepared {
        @Override
        public OptionalDouble similarity(Prepared other) {
            List<Actor> y = ((Actors) other).actors;
            if (actors.isEmpty() || y.isEmpty()) {
                return OptionalDouble.empty();
            }
            double best = 0.3;
            for (Actor p : actors) {
                for (Actor q : y) {
                    best = Math.max(best, p.similarity(q));
                }
            }
            return OptionalDouble.of(best);
        }
    }

    private record Actor(Long id, Set<String> words) {
        double similarity(Actor o) {
            if (id != null && o.id != null) {
                return id.equals(o.id) ? 1 : 0.3;
            }
            if (words.equals(o.words)) {
                return 1;
            }
            if (words.containsAll(o.words) || o.words.containsAll(words)) {
                return 0.8;
            }
            for (String w : words) {
                if (o.words.contains(w)) {
                    return 0.5;
                }
            }
            return 0.3;
        }
    }

    private List<Actor> actors(List<ActorRef> refs) {
        List<Actor> out = new ArrayList<>();
        for (ActorRef r : refs) {
            Set<String> words = new HashSet<>();
            for (String w : Names.fold(r.mention()).split(" ")) {
                if (!w.isEmpty() && !genericWords.contains(w)) {
                    words.add(w);
                }
            }
            if (!words.isEmpty() || r.actorId().isPresent()) {
                out.add(new Actor(r.actorId().orElse(null), words));
            }
        }
        return out;
    }

    private static Set<String> genericWords() {
        Set<String> g = generic;
        if (g == null) {
            Set<String> words = new HashSet<>();
            Lexicon.lines("generic-perpetrators.txt").forEach(line -> words.add(Names.fold(line)));
            g = Set.copyOf(words);
            generic = g;
        }
        return g;
    }
}
