package org.borderwatch.resolve.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;

/**
 * The actor registry: canonical actors with their names, local names, offices and affiliations over time,
 * and the resolution of mentions to them in a document's context. Immutable and thread-safe.
 *
 * <p>Building one validates it: every name of an actor names only that actor, a local name one actor per
 * country and period, and a country one government at a time.
 */
public final class ActorRegistry {
    static final String BUNDLED = "registry.json";

    private static final Lazy<ActorRegistry> BUNDLED_REGISTRY = new Lazy<>(() -> of(bundledEntries()));

    private final RegistryEntries entries;
    private final Map<String, Actor> byId;
    private final NameIndex names;
    private final MentionResolver resolver;
    private final String version;

    private ActorRegistry(RegistryEntries entries) {
        this.entries = entries;
        Map<String, Actor> ids = new LinkedHashMap<>();
        entries.actors().forEach(a -> ids.put(a.id(), a));
        this.byId = java.util.Collections.unmodifiableMap(ids);
        checkGovernments(entries.actors());
        this.names = NameIndex.of(entries.actors());
        this.resolver = new MentionResolver(byId, names, new Offices(entries.affiliations(), byId), CountryNames.bundled());
        this.version = digest(entries);
    }

    /** @throws IllegalArgumentException naming the actors when the entries are ambiguous */
    public static ActorRegistry of(RegistryEntries entries) {
        return new ActorRegistry(Objects.requireNonNull(entries, "entries"));
    }

    /** The curated registry shipped with Borderwatch (sources in each entry), loaded once per JVM. */
    public static ActorRegistry bundled() {
        return BUNDLED_REGISTRY.get();
    }

    static RegistryEntries bundledEntries() {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled actor registry " + BUNDLED + " is missing from the jar");
            }
            return RegistryJson.read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED).entries();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled actor registry", e);
        }
    }

    public RegistryEntries entries() {
        return entries;
    }

    public List<Actor> actors() {
        return entries.actors();
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Affiliation> affiliations() {
        return entries.affiliations();
    }

    /** The affiliations in which the actor is the member or holder, or the organisation. */
    public List<Affiliation> affiliationsOf(String id) {
        return entries.affiliations().stream()
                .filter(a -> id.equals(a.actorId()) || id.equals(a.relatedActorId())).toList();
    }

    /**
     * A digest of the registry's contents: resolutions made with another version may differ, so stored facts
     * resolved with it are due to be resolved again.
     */
    public String version() {
        return version;
    }

    /**
     * Every actor's own names as written (not local names, which mean nothing out of context), with its type:
     * what a named-entity recogniser needs to tag registry actors (CoreNLP misses the TTP without it).
     */
    public Map<String, ActorType> names() {
        Map<String, ActorType> all = new LinkedHashMap<>();
        for (Actor a : entries.actors()) {
            all.putIfAbsent(a.name(), a.type());
            a.aliases().forEach(alias -> all.putIfAbsent(alias, a.type()));
        }
        return all;
    }

    /** The actor one of whose own names this is, ignoring case and punctuation (acronyms only as written). */
    public Optional<Actor> named(String name) {
        return name == null ? Optional.empty() : names.own(ActorNames.normalise(name), name).map(byId::get);
    }

    /** Ids of the actors whose own names occur in a text, in order of first occurrence. */
    public Set<String> namedIn(String text) {
        return text == null ? Set.of() : names.scan(text);
    }

    public Resolution resolve(String mention, ResolutionContext context) {
        return resolve(mention, Optional.empty(), context);
    }

    /**
     * Resolves a mention; when the mention alone resolves to nothing, the role the text gives it ("interior
     * minister" for "he") is tried. Never throws on odd input: what cannot be resolved is a candidate.
     */
    public Resolution resolve(String mention, Optional<String> role, ResolutionContext context) {
        return resolver.resolve(mention, role == null ? Optional.empty() : role,
                context == null ? ResolutionContext.none() : context);
    }

    private static void checkGovernments(List<Actor> actors) {
        List<Actor> governments = new ArrayList<>();
        for (Actor a : actors) {
            if (a.type() != ActorType.GOVERNMENT) {
                continue;
            }
            if (a.country() == null) {
                throw new InvalidRegistryException(a.id(), "government " + a.id() + " needs a country");
            }
            for (Actor g : governments) {
                if (g.country().equals(a.country()) && g.overlapsInTime(a)) {
                    throw new InvalidRegistryException(a.id(), "governments " + g.id() + " and " + a.id() + " of " + a.country()
                            + " overlap in time; give them from/to dates");
                }
            }
            governments.add(a);
        }
    }

    private static String digest(RegistryEntries entries) {
        StringWriter json = new StringWriter();
        json.write(MentionResolver.VERSION);
        RegistryJson.write(entries, json);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
