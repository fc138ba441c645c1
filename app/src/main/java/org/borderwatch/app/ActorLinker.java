package org.borderwatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.borderwatch.resolve.actor.ActorRegistry;
import org.borderwatch.resolve.actor.DocumentContext;
import org.borderwatch.resolve.actor.InvalidRegistryException;
import org.borderwatch.resolve.actor.PublisherCountries;
import org.borderwatch.resolve.actor.Resolution;
import org.borderwatch.resolve.actor.ResolutionContext;
import org.borderwatch.store.Database;
import org.borderwatch.store.actor.DocumentMentions;
import org.borderwatch.store.actor.LinkReport;
import org.borderwatch.store.actor.MentionLink;
import org.borderwatch.store.actor.MentionRef;
import org.borderwatch.store.actor.PostgresActorStore;
import org.borderwatch.store.actor.SyncReport;

/**
 * The resolve stage for actors: links the speakers, addressees, perpetrators and attributing speakers of a
 * document's stored machine facts to registry actors, or to candidates for review. The registry is the
 * bundled one, synced into the store, with the analysts' entries on top; a document's context is its
 * date, its publisher's country (publishers table, the analysts' entries, the URL's country domain) and
 * the countries it is about. Thread-safe.
 */
final class ActorLinker implements ExtractJob.ActorStage {
    private final PostgresActorStore store;
    private final ActorRegistry registry;
    private final PublisherCountries publishers;
    private final String version;
    private final LongAdder matched = new LongAdder();
    private final LongAdder candidates = new LongAdder();

    /** @param version what the links depend on besides the mentions: the registry and the analysts' publishers */
    ActorLinker(PostgresActorStore store, ActorRegistry registry, PublisherCountries publishers, String version) {
        this.store = store;
        this.registry = registry;
        this.publishers = publishers;
        this.version = version;
    }

    /** Syncs the bundled registry into the store (telling {@code status} what changed) and loads the whole registry. */
    static ActorLinker open(Database db, Consumer<String> status) {
        PostgresActorStore store = db.actors();
        ActorRegistry registry = syncedRegistry(store, status);
        java.util.Map<String, String> analysts = store.publisherCountries();
        String version = analysts.isEmpty() ? registry.version()
                : registry.version() + "+" + Integer.toHexString(analysts.hashCode());
        return new ActorLinker(store, registry, PublisherCountries.bundled().with(analysts), version);
    }

    /** Documents linked with another version are due to be linked again. */
    String version() {
        return version;
    }

    static ActorRegistry syncedRegistry(PostgresActorStore store, Consumer<String> status) {
        SyncReport sync = store.sync(ActorRegistry.bundled().entries());
        if (sync.changedAnything()) {
            status.accept("actor registry synced: " + sync.describe());
        }
        try {
            return ActorRegistry.of(store.registered());
        } catch (InvalidRegistryException e) {
            throw new UserError("the stored actor registry is inconsistent (" + e.getMessage()
                    + "); export it, fix the entry and import it again");
        }
    }

    ActorRegistry registry() {
        return registry;
    }

    @Override
    public LinkReport link(long documentId) {
        DocumentMentions mentions = store.mentions(documentId)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " is no longer stored"));
        LinkReport report = store.link(documentId, resolve(mentions), version);
        matched.add(report.matched());
        candidates.add(report.candidates());
        return report;
    }

    /** The links for a document's mentions; the speaker of the author's own voice is the document's author, no actor. */
    List<MentionLink> resolve(DocumentMentions d) {
        ResolutionContext context = context(d);
        List<MentionLink> links = new ArrayList<>();
        for (MentionRef ref : d.mentions()) {
            if (ref.authorVoice()) {
                continue;
            }
            Resolution r = registry.resolve(ref.mention(), ref.role(), context);
            if (r instanceof Resolution.Matched m) {
                links.add(MentionLink.matched(ref, m.actor().id(), m.role(), m.how().name(), m.score(), m.why()));
            } else {
                String name = r.normalised().isEmpty() ? ref.mention().strip() : r.normalised();
                links.add(MentionLink.candidate(ref, name, r.why()));
            }
        }
        return links;
    }

    ResolutionContext context(DocumentMentions d) {
        PublisherCountries.Lookup publisher = publishers.lookup(d.publisher().orElse(null), d.url().orElse(null));
        return DocumentContext.of(registry, d.published().orElse(null), publisher.country().orElse(null), d.text(),
                d.placeCountries());
    }

    PublisherCountries publishers() {
        return publishers;
    }

    /** "42 actor mentions resolved, 7 left as candidates for review". */
    String describe() {
        return ExtractJob.plural(matched.sum(), "actor mention") + " resolved, " + candidates.sum()
                + " left as candidates for review (borderwatch actors candidates)";
    }
}
