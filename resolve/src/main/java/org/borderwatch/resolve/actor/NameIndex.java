package org.borderwatch.resolve.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.actor.Actor;

/**
 * The registry's names: each actor's own names (one actor per name, or the registry is refused),
 * acronyms (matched as written), transliteration skeletons (dropped where two actors share one) and local
 * names (many actors, one per country and period). Immutable once built.
 */
final class NameIndex {
    private static final Pattern ACRONYM_IN_TEXT = Pattern.compile("\\b\\p{L}[\\p{L}.]{1,8}");

    private final Map<String, String> own = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final Map<String, String> acronymsByLowerCase = new HashMap<>();
    private final Map<String, String> skeletons = new HashMap<>();
    private final Map<String, List<Actor>> local = new HashMap<>();
    /** Own names of one actor that are local names of others ("Taliban": the Afghan one, or in Pakistan the TTP). */
    private final Set<String> shared = new HashSet<>();
    private int maxWords = 1;

    private NameIndex() {}

    /** @throws IllegalArgumentException naming the actors when a name is ambiguous or normalises to nothing */
    static NameIndex of(Collection<Actor> actors) {
        NameIndex index = new NameIndex();
        Set<String> ambiguousSkeletons = new HashSet<>();
        for (Actor a : actors) {
            List<String> ownNames = new ArrayList<>(a.aliases());
            ownNames.add(0, a.name());
            for (String name : ownNames) {
                index.addOwn(a, name, ambiguousSkeletons);
            }
            for (String name : a.localAliases()) {
                String key = key(a, name);
                for (Actor other : index.local.getOrDefault(key, List.of())) {
                    if (java.util.Objects.equals(other.country(), a.country()) && other.overlapsInTime(a)) {
                        throw new InvalidRegistryException(a.id(), "local alias '" + name + "' of " + a.id() + " also names "
                                + other.id() + " in the same country and period");
                    }
                }
                index.local.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
        }
        ambiguousSkeletons.forEach(index.skeletons::remove);
        index.local.keySet().stream().filter(index.own::containsKey).forEach(index.shared::add);
        return index;
    }

    private void addOwn(Actor a, String name, Set<String> ambiguousSkeletons) {
        if (ActorNames.isAcronym(name)) {
            String k = ActorNames.acronymKey(name);
            claim(acronyms, k, a, name);
            acronymsByLowerCase.put(k.toLowerCase(java.util.Locale.ROOT), k);
            return;
        }
        String key = key(a, name);
        claim(own, key, a, name);
        maxWords = Math.max(maxWords, ActorNames.words(key).size());
        String skeleton = ActorNames.skeleton(key);
        if (skeleton != null) {
            String before = skeletons.putIfAbsent(skeleton, a.id());
            if (before != null && !before.equals(a.id())) {
                ambiguousSkeletons.add(skeleton);
            }
        }
    }

    private static String key(Actor a, String name) {
        String key = ActorNames.normalise(name);
        if (key.isEmpty()) {
            throw new InvalidRegistryException(a.id(), "name '" + name + "' of " + a.id() + " has no words to match");
        }
        return key;
    }

    private static void claim(Map<String, String> map, String key, Actor a, String name) {
        String before = map.putIfAbsent(key, a.id());
        if (before != null && !before.equals(a.id())) {
            throw new InvalidRegistryException(a.id(), "name '" + name + "' of " + a.id() + " already names " + before
                    + "; give one of them another name or make it a local alias");
        }
    }

    /**
     * The actor one of whose own names the normalised words are; an acronym counts when the raw mention
     * has it in capitals ("TTP chief" in "the TTP chief", not "us" in "told us").
     */
    Optional<String> own(String normalised, String raw) {
        String id = own.get(normalised);
        if (id == null && raw != null) {
            String exact = acronymsByLowerCase.get(normalised);
            if (exact != null && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(exact) + "(?![\\p{L}])")
                    .matcher(raw.replace(".", "")).find()) {
                id = acronyms.get(exact);
            }
        }
        return Optional.ofNullable(id);
    }

    /** Whether an own name is also another actor's local name, so that the document must decide. */
    boolean shared(String normalised) {
        return shared.contains(normalised);
    }

    /** The actor with the same transliteration skeleton as the words, if only one has it. */
    Optional<String> fuzzy(String normalised) {
        String skeleton = ActorNames.skeleton(normalised);
        return skeleton == null ? Optional.empty() : Optional.ofNullable(skeletons.get(skeleton));
    }

    /** Actors of which the words are a local alias, in any country. */
    List<Actor> local(String normalised) {
        return local.getOrDefault(normalised, List.of());
    }

    /** Ids of the actors whose own names occur in a text, in order of first occurrence; shared names count for none. */
    Set<String> scan(String text) {
        Set<String> found = new LinkedHashSet<>();
        ActorNames.longestMatches(ActorNames.words(ActorNames.normalise(text)), maxWords,
                key -> shared.contains(key) ? "" : own.get(key), id -> {
                    if (!id.isEmpty()) {
                        found.add(id);
                    }
                });
        Matcher m = ACRONYM_IN_TEXT.matcher(text);
        while (m.find()) {
            String id = acronyms.get(m.group().replace(".", ""));
            if (id != null) {
                found.add(id);
            }
        }
        return found;
    }
}
