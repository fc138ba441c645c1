package org.borderwatch.store.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;
import org.borderwatch.core.actor.Relation;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.extraction.ExtractionFixtures;
import org.borderwatch.store.extraction.PostgresExtractionStore;
import org.junit.jupiter.api.Test;

/** The registry, candidates and fact links on the real PostgreSQL with the real migrations. */
class ActorStoreTest {
    private static final String SRC = "https://example.org/registry";

    private final TestDatabase db = TestDatabase.create();
    private final PostgresActorStore store = new PostgresActorStore(db.jdbi());

    static Actor actor(String id, String name, ActorType type, String country, List<String> aliases, List<String> local) {
        return new Actor(id, name, type, country, aliases, local, SRC);
    }

    static RegistryEntries bundled() {
        return new RegistryEntries(List.of(
                actor("pk-gov", "Government of Pakistan", ActorType.GOVERNMENT, "PK", List.of("GoP"), List.of()),
                new Actor("af-taliban", "Afghan Taliban", ActorType.GOVERNMENT, "AF", List.of("Taliban", "Kabul's de facto rulers"),
                        List.of("de facto rulers"), LocalDate.of(2021, 8, 15), null, SRC),
                actor("pk-moi", "Ministry of Interior (Pakistan)", ActorType.MINISTRY_OR_AGENCY, "PK", List.of(),
                        List.of("interior ministry")),
                actor("nacta", "Nacta", ActorType.MINISTRY_OR_AGENCY, "PK", List.of("NACTA"), List.of()),
                actor("ttp", "Tehrik-i-Taliban Pakistan", ActorType.ARMED_GROUP, "PK", List.of("TTP"), List.of()),
                actor("mohsin-naqvi", "Mohsin Naqvi", ActorType.PERSON, "PK", List.of(), List.of())),
                List.of(new Affiliation("mohsin-naqvi", "pk-moi", Relation.ROLE, "interior minister", LocalDate.of(2024, 3, 11),
                                null, SRC),
                        new Affiliation(null, "nacta", Relation.ROLE, "national coordinator", null, null, SRC),
                        new Affiliation("pk-moi", "pk-gov", Relation.PART_OF, null, null, null, SRC)));
    }

    @Test
    void syncingTheSameRegistryAgainChangesNothing() {
        SyncReport first = store.sync(bundled());
        assertThat(first.added()).isEqualTo(6);
        assertThat(first.affiliationsAdded()).isEqualTo(3);
        SyncReport second = store.sync(bundled());
        assertThat(second.changedAnything()).as(second.describe()).isFalse();
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(store.registered()).isEqualTo(bundled());
        assertThat(store.registeredActors().get("af-taliban").origin()).isEqualTo(FactOrigin.MACHINE);
    }

    @Test
    void aChangedBundleUpdatesItsActorsButNeverAnAnalysts() {
        store.sync(bundled());
        Actor analysts = actor("pk-gov", "Federal Government of Pakistan", ActorType.GOVERNMENT, "PK", List.of("the centre"),
                List.of());
        Actor entered = actor("gohar-ejaz", "Gohar Ejaz", ActorType.PERSON, "PK", List.of(), List.of());
        SyncReport saved = store.save(List.of(analysts, entered),
                List.of(new Affiliation("gohar-ejaz", "pk-moi", Relation.ROLE, "interior minister", LocalDate.of(2023, 12, 16),
                        LocalDate.of(2024, 3, 4), SRC)));
        assertThat(saved.added()).isEqualTo(1);
        assertThat(saved.updated()).isEqualTo(1);

        List<Actor> changed = new ArrayList<>(bundled().actors());
        changed.replaceAll(a -> a.id().equals("ttp")
                ? actor("ttp", a.name(), a.type(), a.country(), List.of("TTP", "Pakistani Taliban"), List.of()) : a);
        changed.replaceAll(a -> a.id().equals("pk-gov")
                ? actor("pk-gov", "Government of Pakistan", a.type(), a.country(), List.of("Islamabad"), List.of()) : a);
        SyncReport again = store.sync(new RegistryEntries(changed, bundled().affiliations()));
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.kept()).isEqualTo(1);

        RegistryEntries stored = store.registered();
        assertThat(stored.actors()).contains(analysts, entered);
        assertThat(stored.actors()).anySatisfy(a -> assertThat(a.aliases()).contains("Pakistani Taliban"));
        assertThat(stored.affiliations()).anySatisfy(f -> assertThat(f.actorId()).isEqualTo("gohar-ejaz"));
        assertThat(store.registeredActors().get("pk-gov").origin()).isEqualTo(FactOrigin.HUMAN);
        assertThat(store.sync(new RegistryEntries(changed, bundled().affiliations())).changedAnything()).isFalse();
    }

    @Test
    void aBundledActorGoneFromTheBundleIsRemovedUnlessAFactNamesIt() {
        store.sync(bundled());
        long doc = linkedDocument();
        List<Actor> fewer = bundled().actors().stream().filter(a -> !a.id().equals("nacta") && !a.id().equals("ttp")).toList();
        List<Affiliation> links = bundled().affiliations().stream().filter(f -> !"nacta".equals(f.relatedActorId())).toList();
        SyncReport r = store.sync(new RegistryEntries(fewer, links));
        assertThat(r.removed()).as(r.describe()).isEqualTo(1);
        assertThat(r.retained()).as("the TTP is named by document " + doc).isEqualTo(1);
        assertThat(store.registeredActors()).doesNotContainKey("nacta").containsKey("ttp");
        assertThat(store.registered().affiliations()).as("Nacta's office went with it").hasSize(2);
    }

    @Test
    void factsAreLinkedToActorsAndCandidatesAndRelinkingReplacesTheLinks() {
        store.sync(bundled());
        long doc = linkedDocument();
        ActorDetail minister = store.detail("mohsin-naqvi").orElseThrow();
        assertThat(minister.statementsMade()).isEqualTo(1);
        assertThat(minister.attributionsMade()).isEqualTo(1);
        assertThat(minister.mentions()).extracting(ActorDetail.MentionCount::mention).contains("The interior minister");
        assertThat(minister.affiliations()).singleElement().satisfies(f -> {
            assertThat(f.role()).hasValue("interior minister");
            assertThat(f.from()).hasValue(LocalDate.of(2024, 3, 11));
            assertThat(f.relatedName()).isEqualTo("Ministry of Interior (Pakistan)");
        });
        assertThat(store.detail("ttp").orElseThrow().incidentsAttributed()).isEqualTo(1);
        assertThat(store.detail("af-taliban").orElseThrow().statementsMade()).isEqualTo(1);
        List<CandidateActor> candidates = store.candidates(10, 0);
        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("pakistan government");
            assertThat(c.seenAs()).containsExactly("ADDRESSEE");
            assertThat(c.examples()).containsExactly("\"Pakistan\" in document " + doc);
            assertThat(c.why()).isEqualTo("not in this test's registry");
        });
        assertThat(store.detail("#" + candidates.get(0).id()).orElseThrow().actor().candidate()).isTrue();
        assertThat(store.detail("#" + candidates.get(0).id()).orElseThrow().statementsReceived()).isEqualTo(1);

        // the same links again: nothing doubles; without the candidate it becomes an orphan and goes
        DocumentMentions mentions = store.mentions(doc).orElseThrow();
        LinkReport again = store.link(doc, links(mentions, false), "v2");
        assertThat(again).isEqualTo(new LinkReport(4, 0));
        assertThat(store.detail("mohsin-naqvi").orElseThrow().statementsMade()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM actor_mention")).isEqualTo(4);
        assertThat(store.deleteOrphanCandidates()).isEqualTo(1);
        assertThat(store.candidates(10, 0)).isEmpty();
    }

    @Test
    void factsAnAnalystReviewedKeepTheirActors() {
        store.sync(bundled());
        long doc = linkedDocument();
        db.jdbi().useHandle(h -> h.execute("UPDATE statement SET review_status = 'ACCEPTED' WHERE speaker_mention = 'Kabul'"));
        DocumentMentions mentions = store.mentions(doc).orElseThrow();
        assertThat(mentions.mentions()).extracting(MentionRef::mention).doesNotContain("Kabul");
        store.link(doc, links(mentions, false), "v2");
        long taliban = store.registeredActors().get("af-taliban").id();
        assertThat(count("SELECT count(*) FROM statement WHERE speaker_id = " + taliban)).isEqualTo(1);
    }

    @Test
    void documentsAreDueForResolutionUntilResolvedWithTheCurrentVersion() {
        store.sync(bundled());
        long doc = linkedDocument();
        assertThat(store.documentsToResolve(0, 10, Optional.empty())).containsExactly(doc);
        assertThat(store.documentsToResolve(0, 10, Optional.of("v1"))).isEmpty();
        assertThat(store.countToResolve(Optional.of("v2"))).isEqualTo(1);
        assertThat(store.documentsToResolve(doc, 10, Optional.of("v2"))).isEmpty();
    }

    @Test
    void theMentionsComeWithWhatResolvingThemNeeds() {
        long doc = ExtractionFixtures.storeDocument(db, "Bisham", LocalDate.of(2024, 5, 28), ExtractionFixtures.TEXT);
        new PostgresExtractionStore(db.jdbi()).replaceMachineFacts(ExtractionFixtures.extraction(doc, "test-1"));
        DocumentMentions m = store.mentions(doc).orElseThrow();
        assertThat(m.published()).hasValue(LocalDate.of(2024, 5, 28));
        assertThat(m.publisher()).hasValue("Dawn");
        assertThat(m.text()).isEqualTo(ExtractionFixtures.TEXT);
        assertThat(m.mentions()).extracting(r -> r.seenAs() + ":" + r.mention() + r.role().map(x -> "/" + x).orElse(""))
                .containsExactlyInAnyOrder("SPEAKER:The interior minister/interior minister", "SPEAKER:Kabul",
                        "ADDRESSEE:Pakistan/government", "PERPETRATOR:the TTP", "ATTRIBUTED_BY:The interior minister");
        assertThat(store.mentions(424242)).isEmpty();
    }

    @Test
    void publishersCountriesAreTheAnalysts() {
        store.setPublisherCountry("Some Blog", "IN");
        store.setPublisherCountry("Wire Service", null);
        store.setPublisherCountry("Some Blog", "PK");
        assertThat(store.publisherCountries()).containsEntry("Some Blog", "PK").containsEntry("Wire Service", null);
    }

    /** The fixture document extracted and linked: speakers, addressee, perpetrator; "Pakistan" a candidate. */
    private long linkedDocument() {
        long doc = ExtractionFixtures.storeDocument(db, "Bisham", LocalDate.of(2024, 5, 28), ExtractionFixtures.TEXT);
        new PostgresExtractionStore(db.jdbi()).replaceMachineFacts(ExtractionFixtures.extraction(doc, "test-1"));
        DocumentMentions mentions = store.mentions(doc).orElseThrow();
        assertThat(store.link(doc, links(mentions, true), "v1")).isEqualTo(new LinkReport(4, 1));
        return doc;
    }

    private static List<MentionLink> links(DocumentMentions mentions, boolean withCandidate) {
        List<MentionLink> links = new ArrayList<>();
        for (MentionRef ref : mentions.mentions()) {
            switch (ref.mention()) {
                case "The interior minister" -> links.add(MentionLink.matched(ref, "mohsin-naqvi", Optional.of("interior minister"),
                        "ROLE", 0.9, "interior minister of PK on 2024-05-28"));
                case "Kabul" -> links.add(MentionLink.matched(ref, "af-taliban", Optional.empty(), "COUNTRY", 0.9, "capital"));
                case "the TTP" -> links.add(MentionLink.matched(ref, "ttp", Optional.empty(), "ALIAS", 1.0, "a name"));
                default -> {
                    if (withCandidate) {
                        links.add(MentionLink.candidate(ref, "pakistan government", "not in this test's registry"));
                    }
                }
            }
        }
        return links;
    }

    private long count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
