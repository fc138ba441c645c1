package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.RegistryEntries;
import org.borderwatch.core.actor.Relation;
import org.junit.jupiter.api.Test;

/** What makes registry entries invalid, and that the bundled registry is valid, sourced and covers the region. */
class RegistryValidationTest {
    private static final String SRC = "https://example.org/source";

    private static Actor actor(String id, String name, ActorType type, String country, String... aliases) {
        return new Actor(id, name, type, country, List.of(aliases), List.of(), SRC);
    }

    @Test
    void recordsRefuseBadIdsMissingSourcesAndBackwardDates() {
        assertThatThrownBy(() -> actor("PK Gov", "x", ActorType.GOVERNMENT, "PK")).hasMessageContaining("lower-case slug");
        assertThatThrownBy(() -> actor("pk--gov", "x", ActorType.GOVERNMENT, "PK")).hasMessageContaining("slug");
        assertThatThrownBy(() -> actor(null, "x", ActorType.GOVERNMENT, "PK")).hasMessageContaining("missing");
        assertThatThrownBy(() -> new Actor("ttp", "TTP", ActorType.ARMED_GROUP, "PK", List.of(), List.of(), " "))
                .hasMessageContaining("source of ttp is required");
        assertThatThrownBy(() -> actor("ttp", " ", ActorType.ARMED_GROUP, "PK")).hasMessageContaining("name of ttp");
        assertThatThrownBy(() -> actor("ttp", "TTP", ActorType.ARMED_GROUP, "pk")).hasMessageContaining("ISO alpha-2");
        assertThatThrownBy(() -> actor("ttp", "TTP", ActorType.ARMED_GROUP, "PK", "a|b")).hasMessageContaining("'|'");
        assertThatThrownBy(() -> new Actor("x", "X", ActorType.GOVERNMENT, "PK", List.of("the army"), List.of("the army"), SRC))
                .hasMessageContaining("both an alias and a local alias");
        assertThatThrownBy(() -> new Actor("x", "X", ActorType.GOVERNMENT, "PK", List.of(), List.of(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1), SRC)).hasMessageContaining("ends");
        assertThatThrownBy(() -> new Affiliation("a", "b", Relation.ROLE, null, null, null, SRC))
                .hasMessageContaining("needs a role name");
        assertThatThrownBy(() -> new Affiliation(null, "b", Relation.MEMBER_OF, null, null, null, SRC))
                .hasMessageContaining("only a ROLE may have an unknown holder");
        assertThatThrownBy(() -> new Affiliation("a", "b", Relation.MEMBER_OF, null, null, null, null))
                .hasMessageContaining("source of affiliation a -> b is required");
        assertThatThrownBy(() -> new Affiliation("a", "a", Relation.MEMBER_OF, null, null, null, SRC))
                .hasMessageContaining("itself");
    }

    @Test
    void entriesRefuseDuplicateIdsAndReferencesToUnknownActors() {
        Actor a = actor("a", "A", ActorType.ARMED_GROUP, null);
        assertThatThrownBy(() -> new RegistryEntries(List.of(a, a), List.of())).hasMessageContaining("'a' is used twice");
        assertThatThrownBy(() -> new RegistryEntries(List.of(a),
                List.of(new Affiliation("a", "b", Relation.FACTION_OF, null, null, null, SRC))))
                .hasMessageContaining("unknown organisation 'b'");
    }

    @Test
    void aRegistryRefusesAmbiguousNamesAndOverlappingGovernments() {
        Actor ttp = actor("ttp", "Tehrik-i-Taliban Pakistan", ActorType.ARMED_GROUP, "PK", "Taliban");
        Actor taliban = actor("af-taliban", "Afghan Taliban", ActorType.GOVERNMENT, "AF", "the Taliban");
        assertThatThrownBy(() -> ActorRegistry.of(new RegistryEntries(List.of(ttp, taliban), List.of())))
                .isInstanceOf(InvalidRegistryException.class)
                .hasMessageContaining("'the Taliban' of af-taliban already names ttp")
                .satisfies(e -> assertThat(((InvalidRegistryException) e).actorId()).isEqualTo("af-taliban"));
        Actor republic = new Actor("af-republic", "Republic", ActorType.GOVERNMENT, "AF", List.of(), List.of(),
                LocalDate.of(2001, 12, 22), LocalDate.of(2021, 8, 15), SRC);
        Actor emirate = new Actor("af-emirate", "Emirate", ActorType.GOVERNMENT, "AF", List.of(), List.of(),
                LocalDate.of(2021, 8, 15), null, SRC);
        assertThatThrownBy(() -> ActorRegistry.of(new RegistryEntries(List.of(republic, emirate), List.of())))
                .hasMessageContaining("overlap in time");
        Actor army1 = new Actor("pk-army", "Pakistan Army", ActorType.SECURITY_FORCE, "PK", List.of(), List.of("army"), SRC);
        Actor army2 = new Actor("pk-army-2", "Another army", ActorType.SECURITY_FORCE, "PK", List.of(), List.of("the army"), SRC);
        assertThatThrownBy(() -> ActorRegistry.of(new RegistryEntries(List.of(army1, army2), List.of())))
                .hasMessageContaining("local alias 'the army' of pk-army-2 also names pk-army");
        Actor nothing = actor("x", "X", ActorType.ARMED_GROUP, null, "the");
        assertThatThrownBy(() -> ActorRegistry.of(new RegistryEntries(List.of(nothing), List.of())))
                .hasMessageContaining("no words");
    }

    @Test
    void theBundledRegistryIsValidSourcedAndCoversTheRegion() {
        ActorRegistry r = ActorRegistry.bundled();
        assertThat(r.actors()).hasSizeGreaterThan(100);
        assertThat(r.actors()).allSatisfy(a -> assertThat(a.source()).matches("(?s).*(https?://|PETRARCH).*"));
        assertThat(r.affiliations()).allSatisfy(a -> assertThat(a.source()).contains("http"));
        for (String id : List.of("pk-gov", "af-taliban", "af-taliban-leadership", "cn-gov", "ru-gov", "ir-gov", "kz-gov",
                "kg-gov", "tj-gov", "tm-gov", "uz-gov", "central-asian-states", "us-gov", "pk-moi", "nacta", "pk-military",
                "pk-army", "ispr", "ttp", "jua", "iskp", "bla", "blf", "lej", "lei", "aq", "aqis", "tip", "imu",
                "haqqani-network", "jaish-al-adl", "hgb", "mohsin-naqvi")) {
            assertThat(r.actor(id)).as(id).isPresent();
        }
        assertThat(r.affiliations()).anySatisfy(a -> {
            assertThat(a.actorId()).isEqualTo("mohsin-naqvi");
            assertThat(a.relation()).isEqualTo(Relation.ROLE);
            assertThat(a.validFrom()).isEqualTo(LocalDate.of(2024, 3, 11));
        });
        assertThat(r.affiliations()).anySatisfy(a -> {
            assertThat(a.actorId()).isNull();
            assertThat(a.relatedActorId()).isEqualTo("nacta");
        });
        assertThat(r.affiliationsOf("ttp")).anySatisfy(a -> assertThat(a.actorId()).isEqualTo("jua"));
        assertThat(r.named("enemy intelligence agencies")).isEmpty();
        assertThat(r.version()).hasSize(16).isEqualTo(ActorRegistry.of(r.entries()).version());
    }

    @Test
    void theNamesForARecogniserAreTheActorsOwnNamesNotTheirLocalOnes() {
        var names = ActorRegistry.bundled().names();
        assertThat(names).containsEntry("TTP", ActorType.ARMED_GROUP).containsEntry("Nacta", ActorType.MINISTRY_OR_AGENCY)
                .containsEntry("Tehreek-e-Taliban Pakistan", ActorType.ARMED_GROUP).doesNotContainKey("military");
    }
}
