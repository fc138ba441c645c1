package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.borderwatch.core.actor.RegistryEntries;
import org.junit.jupiter.api.Test;

/** The registry's JSON and CSV forms round-trip; bad files fail naming the file and the line. */
class RegistryFormatsTest {
    private static final RegistryEntries BUNDLED = ActorRegistry.bundled().entries();

    @Test
    void jsonRoundTripsTheBundledRegistry() {
        StringWriter json = new StringWriter();
        RegistryJson.write(BUNDLED, json);
        RegistryEntries back = RegistryJson.read(new StringReader(json.toString()), "export.json").entries();
        assertThat(back).isEqualTo(BUNDLED);
    }

    @Test
    void csvRoundTripsTheBundledRegistry() {
        StringWriter csv = new StringWriter();
        RegistryCsv.write(BUNDLED, csv);
        assertThat(csv.toString()).startsWith(String.join(",", RegistryCsv.COLUMNS) + "\r\n");
        RegistryEntries back = RegistryCsv.read(new StringReader(csv.toString()), "export.csv").entries();
        assertThat(back).isEqualTo(BUNDLED);
    }

    @Test
    void aFileMayNameActorsOfTheRegistryItGoesInto() {
        String csv = """
                record,id,name,type,country,aliases,local_aliases,from,to,related,relation,role,source
                actor,gohar-ejaz,Gohar Ejaz,person,PK,,,,,,,,https://en.wikipedia.org/wiki/Gohar_Ejaz
                affiliation,gohar-ejaz,,,,,,2023-12-16,2024-03-04,pk-moi,role,interior minister,https://en.wikipedia.org/wiki/Gohar_Ejaz
                """;
        RegistryFile file = RegistryCsv.read(new StringReader(csv), "new.csv");
        assertThatThrownBy(file::entries).isInstanceOf(RegistryFileException.class)
                .hasMessage("new.csv:3: the affiliation names actor 'pk-moi', which is neither in the file nor in the registry");
        RegistryEntries merged = file.mergedInto(BUNDLED);
        assertThat(merged.actors()).hasSize(BUNDLED.actors().size() + 1);
        ActorRegistry r = ActorRegistry.of(merged);
        assertThat(r.resolve("the interior minister", ActorAssertions.pakistaniPaper("2024-01-10")))
                .satisfies(m -> assertThat(((Resolution.Matched) m).actor().id()).isEqualTo("gohar-ejaz"));
    }

    @Test
    void badJsonNamesTheFileAndLine() {
        assertError("""
                {"actors": [
                  {"id": "ttp", "name": "TTP", "type": "armed_group", "source": "x"},
                  {"id": "bad id", "name": "X", "type": "armed_group", "source": "x"}
                ]}""", "r.json:3: actor id must be a lower-case slug");
        assertError("""
                {"actors": [
                  {"id": "ttp", "name": "TTP", "type": "armed_group"}
                ]}""", "r.json:2: source of ttp is required");
        assertError("""
                {"actors": [
                  {"id": "ttp", "name": "TTP", "type": "rebels", "source": "x"}
                ]}""", "r.json:2: type of ttp must be one of government");
        assertError("""
                {"actors": [
                  {"id": "ttp", "name": "TTP", "type": "armed_group", "source": "x", "alias": ["T"]}
                ]}""", "r.json:2: unknown actor field \"alias\"");
        assertError("{\"actors\": [\n{\"id\": \"ttp\",,}\n]}", "r.json:2: not valid JSON");
        assertError("[1, 2]", "r.json:1: expected a JSON object");
        assertError("{\"actors\": {}}", "r.json:1: \"actors\" must be an array");
        assertError("{\"people\": []}", "r.json:1: unknown field \"people\"");
        assertError("{\"affiliations\": [\n{\"actor\": \"a\", \"related\": \"b\", \"relation\": \"role\", \"source\": \"s\"}]}",
                "r.json:2: the ROLE of a in b needs a role name");
        assertError("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"person\", \"from\": \"March 2024\", \"source\": \"s\"}]}",
                "r.json:1: from must be an ISO date");
    }

    @Test
    void badCsvNamesTheFileAndLine() {
        String header = String.join(",", RegistryCsv.COLUMNS) + "\n";
        assertCsvError(header + "actor,ttp,TTP,armed_group,PK,,,,,,,,src\nactor,ttp,TTP again,armed_group,PK,,,,,,,,src\n",
                "r.csv:3: actor id 'ttp' is used twice in the file");
        assertCsvError(header + "actor,ttp,TTP,armed_group,PK,,,,,,,,\n", "r.csv:2: source of ttp is required");
        assertCsvError(header + "person,ttp,TTP,armed_group,PK,,,,,,,,src\n", "r.csv:2: record must be actor or affiliation");
        assertCsvError(header + "actor,ttp,TTP\n", "r.csv:2: has 3 fields");
        assertCsvError("id,name\nttp,TTP\n", "r.csv:1: the header has no column \"record\"");
        assertCsvError(header + "actor,ttp,\"TTP,armed_group\n", "r.csv");
    }

    private static void assertError(String json, String message) {
        assertThatThrownBy(() -> RegistryJson.read(new StringReader(json), "r.json"))
                .isInstanceOf(RegistryFileException.class).hasMessageStartingWith(message);
    }

    private static void assertCsvError(String csv, String message) {
        assertThatThrownBy(() -> RegistryCsv.read(new StringReader(csv), "r.csv"))
                .isInstanceOf(RegistryFileException.class).hasMessageStartingWith(message);
    }

    @Test
    void emptyFilesAreEmptyRegistriesNotErrors() {
        assertThat(RegistryJson.read(new StringReader("{}"), "e.json").actors()).isEmpty();
        assertThat(RegistryCsv.read(new StringReader(String.join(",", RegistryCsv.COLUMNS) + "\n"), "e.csv").actors())
                .isEqualTo(List.of());
    }
}
