package org.borderwatch.resolve.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;

/**
 * What a registry file (JSON, CSV, Phoenix) holds, each record with the line it starts on. Its
 * affiliations may name actors of the registry it is imported into, so references are checked when it is
 * merged.
 */
public final class RegistryFile {
    private final String name;
    private final Map<Actor, Long> actors = new LinkedHashMap<>();
    private final Map<Affiliation, Long> affiliations = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    public RegistryFile(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** @throws RegistryFileException when the id is already in this file */
    public void add(Actor actor, long line) {
        if (!ids.add(actor.id())) {
            throw new RegistryFileException(name, line, "actor id '" + actor.id() + "' is used twice in the file");
        }
        actors.put(actor, line);
    }

    public void add(Affiliation affiliation, long line) {
        affiliations.putIfAbsent(affiliation, line);
    }

    public List<Actor> actors() {
        return List.copyOf(actors.keySet());
    }

    public List<Affiliation> affiliations() {
        return List.copyOf(affiliations.keySet());
    }

    /** The file alone as registry entries. @throws RegistryFileException on a reference to an actor not in it */
    public RegistryEntries entries() {
        return mergedInto(RegistryEntries.empty());
    }

    /**
     * The registry with this file's actors added or replacing those with the same id, and its affiliations
     * added.
     *
     * @throws RegistryFileException naming the line of an affiliation that names an actor neither has
     */
    public RegistryEntries mergedInto(RegistryEntries registry) {
        Map<String, Actor> merged = new LinkedHashMap<>();
        registry.actors().forEach(a -> merged.put(a.id(), a));
        actors.keySet().forEach(a -> merged.put(a.id(), a));
        List<Affiliation> links = new ArrayList<>(registry.affiliations());
        for (Map.Entry<Affiliation, Long> e : affiliations.entrySet()) {
            Affiliation f = e.getKey();
            for (String id : new String[] {f.actorId(), f.relatedActorId()}) {
                if (id != null && !merged.containsKey(id)) {
                    throw new RegistryFileException(name, e.getValue(), "the affiliation names actor '" + id
                            + "', which is neither in the file nor in the registry");
                }
            }
            if (!links.contains(f)) {
                links.add(f);
            }
        }
        return new RegistryEntries(List.copyOf(merged.values()), links);
    }

    /** The line an actor of this file starts on, 0 if it is not from this file. */
    public long lineOf(Actor actor) {
        return actors.getOrDefault(actor, 0L);
    }
}
