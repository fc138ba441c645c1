package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private List<String> db;

    @BeforeEach
    void freshDatabase() {
        db = List.of("--db", TestDatabase.create().jdbcUrl());
    }

    private Cli cli(String command, String... rest) {
        return Cli.run(Cli.on(db, command, rest));
    }

    @Test
    void helpListsTheCommands() {
        Cli help = Cli.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("ingest", "documents", "document", "demo", "bench");
        assertThat(Cli.run("ingest", "--help").out()).contains("--format", "--publisher", "--grade", "--map",
                "--data-dir", "--db", "--db-user", "--quiet");
    }

    @Test
    void ingestStoresOnceAndSaysSoTheSecondTime() throws IOException {
        Path a = write("a.txt", "title: Attack in Quetta\ndate: 2024-03-02\n\nA bomb killed three people in Quetta.");
        Path b = write("b.txt", "date 2024-05-28 HEADLINE. Body of the second document.");

        Cli first = cli("ingest", "--publisher", "Dawn", "--grade", "b", a.toString(), b.toString());
        assertThat(first.status()).as(first.toString()).isZero();
        assertThat(first.out()).contains("2 new, 0 already stored (unchanged), 0 rejected");

        Cli second = cli("ingest", dir.toString());
        assertThat(second.status()).as(second.toString()).isZero();
        assertThat(second.out()).contains("0 new, 2 already stored (unchanged), 0 rejected");

        JsonNode docs = Json.mapper().readTree(cli("documents", "--json").out());
        assertThat(docs).hasSize(2);
        JsonNode quetta = docs.get(1);
        assertThat(quetta.get("title").asText()).isEqualTo("Attack in Quetta");
        assertThat(quetta.get("published").asText()).isEqualTo("2024-03-02");
        assertThat(quetta.get("dateSource").asText()).isEqualTo("given");
        assertThat(quetta.get("publisher").asText()).isEqualTo("Dawn");
        assertThat(quetta.get("grade").asText()).isEqualTo("B");
        assertThat(quetta.get("sha256").asText()).hasSize(64);

        Cli shown = cli("document", quetta.get("id").asText());
        assertThat(shown.out()).contains("Attack in Quetta", "Dawn", "2024-03-02 (given)",
                "A bomb killed three people in Quetta.", a.toString());
    }

    @Test
    void rejectionsNameTheFileAndTheProblemAndTheRestGoesOn() throws IOException {
        write("good.txt", "A clash near Torkham left two soldiers dead.");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 0, 0, 5, 0, 7});
        write("feed.jsonl", "{\"text\": \"First report.\"}\n{not json\n{\"text\": \"Third report.\"}\n");

        Cli run = cli("ingest", dir.toString());
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("3 new", "2 rejected");
        assertThat(run.err()).contains("binary.txt").contains("feed.jsonl:2");
    }

    @Test
    void badOptionsAndUnknownIdsGetAPlainError() {
        Cli grade = cli("ingest", "--grade", "Z", "x.txt");
        assertThat(grade.status()).isEqualTo(1);
        assertThat(grade.err()).contains("source grade must be one letter A-F").doesNotContain("Exception");

        Cli format = cli("ingest", "--format", "pdf", "x.txt");
        assertThat(format.err()).contains("unknown format 'pdf'", "auto|line|text|jsonl|csv|html");

        Cli missing = cli("document", "424242");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no document with id 424242");

        Cli badDb = Cli.run("documents", "--db", "mysql://localhost/x");
        assertThat(badDb.err()).contains("--db must be a PostgreSQL JDBC URL");
    }

    @Test
    void csvColumnsAreMappedByName() throws IOException {
        Path csv = write("events.csv", "headline,published,ref\n\"Two killed in Kurram\",2012-06-01,K-1\n");
        Cli run = cli("ingest", "--map", "text=headline,date=published,id=ref", csv.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        JsonNode doc = Json.mapper().readTree(cli("documents", "--json").out()).get(0);
        assertThat(doc.get("externalId").asText()).isEqualTo("K-1");
        assertThat(doc.get("published").asText()).isEqualTo("2012-06-01");
    }

    @Test
    void anExternalDatabaseTakesItsUserFromDbUser() throws IOException {
        String url = TestDatabase.create().jdbcUrl();
        String withoutUser = url.substring(0, url.indexOf('?'));
        Path doc = write("x.txt", "A roadside bomb wounded two police officers in Bannu.");

        Cli run = Cli.run("ingest", "--db", withoutUser, "--db-user", "postgres", "--quiet", doc.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ingested into PostgreSQL at " + withoutUser, "1 new");

        Cli wrongUser = Cli.run("documents", "--db", withoutUser, "--db-user", "nobody_here");
        assertThat(wrongUser.status()).isEqualTo(1);
        assertThat(wrongUser.err()).contains("cannot connect to PostgreSQL at " + withoutUser).contains("nobody_here");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
