package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.core.actor.Relation;
import org.junit.jupiter.api.Test;

/** The PETRARCH2 Phoenix dictionaries (../shared/data/lexicons, MIT) imported as a starting point. */
class PhoenixImportTest {
    private static final Path LEXICONS = Path.of("../../shared/data/lexicons");

    @Test
    void theNonStateActorsFileGivesArmedGroupsWithTheirSynonyms() throws Exception {
        PhoenixImport.Result r = importFile("Phoenix.MilNonState.actors.txt");
        assertThat(r.file().actors()).hasSizeGreaterThan(300);
        Actor letOmar = actor(r, "Lashkar-i-Omar");
        assertThat(letOmar.id()).isEqualTo("phoenix-lashkar-i-omar");
        assertThat(letOmar.type()).isEqualTo(ActorType.ARMED_GROUP);
        assertThat(letOmar.country()).isEqualTo("PK");
        assertThat(letOmar.aliases()).contains("Lashkar-e-Omar", "Al-Qanoon");
        assertThat(letOmar.source()).startsWith("PETRARCH2 Phoenix.MilNonState.actors.txt line ").contains("MIT");
        // what the curated registry already has is left to it
        assertThat(r.file().actors()).noneMatch(a -> a.name().startsWith("Lashkar-e-Jhangvi"));
        assertThat(r.skipped()).containsKey("entries the registry already has");
        assertImportable(r);
    }

    @Test
    void theCountriesFileGivesOfficialsWithDatedMembershipsAndSkipsCountries() throws Exception {
        PhoenixImport.Result r = importFile("Phoenix.Countries.actors.txt");
        assertThat(r.file().actors()).hasSizeGreaterThan(5_000);
        assertThat(r.skipped()).containsKey("country entries (countries resolve by name already)");
        Actor karzai = actor(r, "Hamid Karzai"); // the registry has him: not imported again
        assertThat(karzai).isNull();
        Actor isi = r.file().actors().stream().filter(a -> a.aliases().contains("Directorate for Inter-Services Intelligence"))
                .findFirst().orElse(null);
        assertThat(isi).as("ISI is curated already").isNull();
        Actor nab = actor(r, "National Accountability Bureau");
        assertThat(nab.type()).isEqualTo(ActorType.MINISTRY_OR_AGENCY);
        assertThat(nab.country()).isEqualTo("PK");
        Actor gilani = actor(r, "Yousaf Raza Gilani");
        assertThat(gilani.type()).isEqualTo(ActorType.PERSON);
        assertThat(r.file().affiliations()).anySatisfy(f -> {
            assertThat(f.actorId()).isEqualTo(gilani.id());
            assertThat(f.relatedActorId()).isEqualTo("pk-gov");
            assertThat(f.relation()).isEqualTo(Relation.MEMBER_OF);
            assertThat(f.validFrom()).isEqualTo(LocalDate.of(2008, 3, 25));
        });
        assertThat(r.warnings()).allSatisfy(w -> assertThat(w).startsWith("Phoenix.Countries.actors.txt:"));
        assertImportable(r);
    }

    @Test
    void theInternationalFileGivesBodies() throws Exception {
        PhoenixImport.Result r = importFile("Phoenix.International.actors.txt");
        Actor iaea = actor(r, "International Atomic Energy Agency");
        assertThat(iaea.type()).isEqualTo(ActorType.INTERNATIONAL_BODY);
        assertThat(r.skipped()).containsKey("corporations (MNC codes)");
        assertImportable(r);
    }

    @Test
    void theAgentsFileAndMalformedLinesAreRefusedNamingTheLine() throws Exception {
        assertThatThrownBy(() -> importFile("Phoenix.agents.txt")).isInstanceOf(RegistryFileException.class)
                .hasMessageContaining("Phoenix.agents.txt:").hasMessageContaining("agents dictionary");
        assertThatThrownBy(() -> read("+SYNONYM_FIRST\nNAME_ [PAKREB]\n")).hasMessage("x.txt:1: a synonym ('+') before any actor name");
        assertThatThrownBy(() -> read("NAME_ [PAKREB\n")).hasMessage("x.txt:1: a '[' without its ']'");
        assertThatThrownBy(() -> read("# only comments\n\n")).hasMessage("x.txt: no actor entries: not a Phoenix actor dictionary");
        assertThatThrownBy(() -> read("\tNAME\0X_ [PAKREB]\n")).hasMessageContaining("x.txt:1: binary data");
    }

    @Test
    void unreadableDatesAreWarningsAndTheCodeIsKeptUndated() {
        PhoenixImport.Result r = read("SOMEONE_IMPORTANT_\n\t[PAKGOV 2004017-20061201]\n\t[PAKELI]\n");
        assertThat(r.warnings()).singleElement().asString().startsWith("x.txt:2: date '2004017-20061201' of PAKGOV not read");
        assertThat(r.file().actors()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    private static PhoenixImport.Result read(String text) {
        return PhoenixImport.read(new StringReader(text), "x.txt", ActorRegistry.bundled());
    }

    private static PhoenixImport.Result importFile(String name) throws Exception {
        try (Reader in = Files.newBufferedReader(LEXICONS.resolve(name), StandardCharsets.UTF_8)) {
            return PhoenixImport.read(in, name, ActorRegistry.bundled());
        }
    }

    private static Actor actor(PhoenixImport.Result r, String name) {
        return r.file().actors().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    /** The import merged into the bundled registry is a valid registry. */
    private static void assertImportable(PhoenixImport.Result r) {
        ActorRegistry merged = ActorRegistry.of(r.file().mergedInto(ActorRegistry.bundled().entries()));
        assertThat(merged.actors()).hasSize(ActorRegistry.bundled().actors().size() + r.file().actors().size());
    }
}
