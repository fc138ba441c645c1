package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.resolve.actor.ActorRegistry;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.extraction.ExtractionFixtures;
import org.borderwatch.store.extraction.PostgresExtractionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actors commands on a real database: listing, viewing, export and import, resolution, candidates. */
class ActorCommandsTest {
    private final TestDatabase database = TestDatabase.create();
    private final List<String> db = List.of("--db", database.jdbcUrl());
    /** The bundled registry's size: what a first sync adds and an export writes. */
    private static final int ACTORS = ActorRegistry.bundled().actors().size();
    private static final int AFFILIATIONS = ActorRegistry.bundled().affiliations().size();

    @TempDir
    Path dir;

    private Cli cli(String command, String... rest) {
        return Cli.run(Cli.on(db, command, rest));
    }

    private int registrySize() throws Exception {
        return Json.mapper().readTree(cli("actors", "--format", "json", "--quiet").out()).size();
    }

    @Test
    void theBundledRegistryIsSyncedOnceAndListedInThreeFormats() throws Exception {
        Cli first = cli("actors");
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.err()).contains("actor registry synced: " + ACTORS + " added");
        assertThat(first.out()).startsWith("ID").contains("mohsin-naqvi", "Tehrik-i-Taliban Pakistan", "(" + ACTORS + " actors");
        Cli second = cli("actors");
        assertThat(second.err()).as("a second sync changes nothing").doesNotContain("synced");

        List<List<String>> csv = ExtractCommandTest.parseCsv(cli("actors", "--type", "armed_group", "--format", "csv").out());
        assertThat(csv.get(0)).startsWith("id", "type", "country", "name").contains("aliases", "source");
        assertThat(csv.subList(1, csv.size())).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isEqualTo("armed_group"));
        assertThat(csv).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("ttp"));

        JsonNode json = Json.mapper().readTree(cli("actors", "--format", "json", "--type", "Person").out());
        assertThat(json).allSatisfy(a -> {
            assertThat(a.get("type").asText()).isEqualTo("person");
            assertThat(a.get("source").asText()).startsWith("https://");
        });
        assertOneLineError(cli("actors", "--type", "rebels"), "--type");
        assertOneLineError(cli("actors", "--format", "xml"), "--format");
    }

    @Test
    void anActorShowsItsAffiliationsOverTime() throws Exception {
        Cli ttp = cli("actor", "ttp");
        assertThat(ttp.status()).as(ttp.toString()).isZero();
        assertThat(ttp.out()).contains("Tehrik-i-Taliban Pakistan (ttp)", "Aliases:", "Tehreek-e-Taliban Pakistan",
                "2020-08-17 ..            Jamaat-ul-Ahrar [jua] is faction of Tehrik-i-Taliban Pakistan [ttp]",
                "2018-06-22 ..            Noor Wali Mehsud [noor-wali-mehsud] is emir of Tehrik-i-Taliban Pakistan [ttp]",
                "Statements made: 0");
        JsonNode nacta = Json.mapper().readTree(cli("actor", "nacta", "--json").out());
        assertThat(nacta.get("affiliations").toString()).contains("(holder not in the registry) is national coordinator");
        assertOneLineError(cli("actor", "no-such-actor"), "no actor 'no-such-actor'");
    }

    @Test
    void anExportImportsBackUnchangedInBothFormats() throws Exception {
        for (String format : List.of("json", "csv")) {
            Path file = dir.resolve("registry." + format);
            Cli export = cli("actors", "export", "--format", format, "--output", file.toString());
            assertThat(export.status()).as(export.toString()).isZero();
            assertThat(export.err()).contains("wrote " + ACTORS + " actors and " + AFFILIATIONS + " affiliations to " + file);
            Cli in = cli("actors", "import", file.toString());
            assertThat(in.status()).as(in.toString()).isZero();
            assertThat(in.out()).contains(ACTORS + " actors and " + AFFILIATIONS + " affiliations read; 0 added, 0 updated, " + ACTORS + " unchanged");
        }
        assertThat(cli("actors", "export").out()).isEqualTo(Files.readString(dir.resolve("registry.json")));
        assertOneLineError(cli("actors", "export", "--format", "xml"), "--format");
        assertOneLineError(cli("actors", "export", "--output", dir.resolve("nowhere/x.json").toString()), "--output");
    }

    @Test
    void anImportedActorIsResolvedAndSurvivesTheNextSync() throws Exception {
        Path file = dir.resolve("caretakers.csv");
        Files.writeString(file, """
                record,id,name,type,country,aliases,local_aliases,from,to,related,relation,role,source
                actor,gohar-ejaz,Gohar Ejaz,person,PK,,,,,,,,https://en.wikipedia.org/wiki/Gohar_Ejaz
                affiliation,gohar-ejaz,,,,,,2023-12-16,2024-03-04,pk-moi,role,interior minister,https://en.wikipedia.org/wiki/Gohar_Ejaz
                """);
        Cli before = cli("actors", "match", "the interior minister", "--date", "2024-01-10", "--country", "PK");
        assertThat(before.out()).contains("Ministry of Interior (Pakistan) (pk-moi) as interior minister", "knows no holder");
        Cli in = cli("actors", "import", file.toString());
        assertThat(in.status()).as(in.toString()).isZero();
        assertThat(in.out()).contains("1 added", "affiliations 1 added", "borderwatch actors resolve");
        Cli after = cli("actors", "match", "the interior minister", "--date", "2024-01-10", "--country", "PK", "--json");
        assertThat(Json.mapper().readTree(after.out()).get("actor").asText()).isEqualTo("gohar-ejaz");
        assertThat(cli("actors", "--type", "person").out()).contains("gohar-ejaz").contains("analyst");
        assertThat(registrySize()).isEqualTo(ACTORS + 1);
        assertThat(cli("actor", "gohar-ejaz").out()).contains("Origin:   analyst", "2023-12-16 .. 2024-03-04");
    }

    @Test
    void aBadFileIsRefusedWholeNamingItsLine() throws Exception {
        int size = registrySize();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                record,id,name,type,country,aliases,local_aliases,from,to,related,relation,role,source
                actor,good-one,Good One,armed_group,PK,,,,,,,,https://example.org
                actor,Bad One,Bad,armed_group,PK,,,,,,,,https://example.org
                """);
        assertOneLineError(cli("actors", "import", bad.toString()), bad + ":3: actor id must be a lower-case slug");
        Path clash = dir.resolve("clash.json");
        Files.writeString(clash, """
                {"actors": [
                  {"id": "other-ttp", "name": "Another TTP", "type": "armed_group", "aliases": ["TTP"], "source": "https://example.org"}
                ]}""");
        assertOneLineError(cli("actors", "import", clash.toString()), clash + ":2: name 'TTP' of other-ttp already names ttp");
        Path dangling = dir.resolve("dangling.json");
        Files.writeString(dangling, "{\"affiliations\": [\n{\"actor\": \"ttp\", \"related\": \"nobody\", \"relation\": \"faction_of\", "
                + "\"source\": \"https://example.org\"}]}");
        assertOneLineError(cli("actors", "import", dangling.toString()), dangling + ":2: the affiliation names actor 'nobody'");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "record,id,source\nactor,caf\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineError(cli("actors", "import", latin1.toString()), latin1 + ": not UTF-8 text");
        assertOneLineError(cli("actors", "import", dir.resolve("missing.json").toString()), "no such file");
        assertOneLineError(cli("actors", "import", bad.toString(), "--format", "xls"), "--format");
        Path noExtension = Files.writeString(dir.resolve("registry"), "{}");
        assertOneLineError(cli("actors", "import", noExtension.toString()), "--format");
        assertThat(registrySize()).as("nothing of the bad files is stored").isEqualTo(size);
    }

    @Test
    void thePhoenixDictionariesImportAsAStartingPoint() throws Exception {
        Cli in = cli("actors", "import", "../../shared/data/lexicons/Phoenix.MilNonState.actors.txt");
        assertThat(in.status()).as(in.toString()).isZero();
        assertThat(in.out()).contains("skipped", "entries the registry already has", "added");
        assertThat(registrySize()).isGreaterThan(400);
        assertThat(cli("actor", "phoenix-lashkar-i-omar").out()).contains("Lashkar-i-Omar", "PETRARCH2", "line");
        Cli agents = cli("actors", "import", "../../shared/data/lexicons/Phoenix.agents.txt");
        assertOneLineError(agents, "../../shared/data/lexicons/Phoenix.agents.txt:56: a macro line");
        assertThat(agents.err()).contains("agents dictionary");
    }

    @Test
    void storedFactsAreResolvedAgainOnlyWhenTheRegistryChanged() throws Exception {
        long doc = ExtractionFixtures.storeDocument(database, "Bisham", LocalDate.of(2024, 5, 28), ExtractionFixtures.TEXT);
        new PostgresExtractionStore(database.jdbi()).replaceMachineFacts(ExtractionFixtures.extraction(doc, "test-1"));
        Cli first = cli("actors", "resolve", "--quiet");
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.out()).contains("1 document resolved: 5 actor mentions linked to registry actors, 0 to candidates");
        assertThat(cli("actor", "mohsin-naqvi").out()).contains("Statements made: 1", "attributions it made: 1");
        assertThat(cli("actor", "af-taliban").out()).as("Kabul on 2024-05-28").contains("Statements made: 1");
        assertThat(cli("actors", "resolve", "--pending", "--quiet").out()).startsWith("0 documents resolved");
        assertThat(cli("actors", "candidates").out()).contains("(0 candidates shown");
        assertOneLineError(cli("actors", "resolve", "--doc", "424242"), "--doc");

        Path more = dir.resolve("more.json");
        Files.writeString(more, "{\"actors\": [{\"id\": \"kabul-regime\", \"name\": \"Kabul regime\", \"type\": \"faction\", "
                + "\"aliases\": [\"Kabul\"], \"source\": \"https://example.org\"}]}");
        assertThat(cli("actors", "import", more.toString()).status()).isZero();
        Cli pending = cli("actors", "resolve", "--pending", "--quiet");
        assertThat(pending.out()).as("the registry changed: the document is due again").startsWith("1 document resolved");
        assertThat(cli("actor", "kabul-regime").out()).contains("Statements made: 1");
    }

    @Test
    void aPublishersCountryCanBeShownAndSet() {
        assertThat(cli("actors", "publisher", "Dawn").out()).startsWith("Dawn: PK (the publisher 'Dawn' writes from PK)");
        assertThat(cli("actors", "publisher", "Reuters").out()).contains("no country", "international");
        Cli set = cli("actors", "publisher", "Some Blog", "in");
        assertThat(set.out()).startsWith("Some Blog: IN").contains("actors resolve");
        assertThat(cli("actors", "publisher", "some blog").out()).startsWith("some blog: IN");
        assertThat(cli("actors", "publisher", "Some Blog", "-").out()).contains("no country");
        assertOneLineError(cli("actors", "publisher", "Some Blog", "India"), "COUNTRY");
    }

    @Test
    void matchExplainsBothOutcomes() {
        Cli naqvi = cli("actors", "match", "the interior czar", "--date", "2024-05-28", "--country", "pk");
        assertThat(naqvi.out()).startsWith("\"the interior czar\" -> Mohsin Naqvi (mohsin-naqvi) as interior minister, role")
                .contains("context: date 2024-05-28, publisher's country PK");
        assertThat(cli("actors", "match", "enemy intelligence agencies").out()).contains("a candidate for review");
        assertOneLineError(cli("actors", "match", "x", "--date", "May 2024"), "--date");
        assertOneLineError(cli("actors", "match", "x", "--country", "Pakistan"), "--country");
        assertOneLineError(cli("actors", "match", "x", "--doc", "424242"), "--doc");
    }

    private static void assertOneLineError(Cli run, String start) {
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.err().strip()).as(run.toString()).startsWith("error: " + start).doesNotContain("\n");
    }
}
