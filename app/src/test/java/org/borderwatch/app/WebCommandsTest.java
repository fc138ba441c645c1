package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve and export commands: their checks, and an export written to a file. */
class WebCommandsTest {
    private static final Path SEED = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");
    private final List<String> db = List.of("--db", TestDatabase.create().jdbcUrl());

    @TempDir
    Path temp;

    @Test
    void serveRefusesANonLoopbackHostAndBadPorts() {
        Cli open = Cli.run(Cli.on(db, "serve", "--host", "0.0.0.0"));
        assertThat(open.status()).isEqualTo(1);
        assertThat(open.err()).contains("--host must be a loopback address", "0.0.0.0");
        Cli port = Cli.run(Cli.on(db, "serve", "--port", "70000"));
        assertThat(port.status()).isEqualTo(1);
        assertThat(port.err()).contains("--port must be from 0 to 65535");
        assertThat(Cli.run("serve", "--help").out()).contains("--user", "--host", "--port");
        assertThat(Cli.run("demo", "--help").out()).contains("--no-serve");
    }

    @Test
    void exportWritesEachFormatAndNamesBadOptions() throws Exception {
        assertThat(Cli.run(Cli.on(db, "ingest", "--quiet", SEED.toString())).status()).isZero();
        Path csv = temp.resolve("incidents.csv");
        Cli c = Cli.run(Cli.on(db, "export", "--format", "csv", "--output", csv.toString()));
        assertThat(c.status()).as(c.toString()).isZero();
        assertThat(c.err()).contains("exported 0 incidents as csv");
        assertThat(Files.readString(csv)).startsWith("event_id_cnty,event_date,year,time_precision,event_type,actor1");
        Cli stix = Cli.run(Cli.on(db, "export", "--format", "stix"));
        assertThat(stix.status()).isZero();
        assertThat(Json.mapper().readTree(stix.out()).get("type").asText()).isEqualTo("bundle");
        Cli geo = Cli.run(Cli.on(db, "export", "--format", "geojson", "--border-km", "50", "--from", "2024"));
        assertThat(Json.mapper().readTree(geo.out()).get("type").asText()).isEqualTo("FeatureCollection");

        Cli format = Cli.run(Cli.on(db, "export", "--format", "pdf"));
        assertThat(format.status()).isEqualTo(1);
        assertThat(format.err()).contains("--format: must be one of csv, json, geojson, stix");
        Cli km = Cli.run(Cli.on(db, "export", "--format", "csv", "--border-km", "near"));
        assertThat(km.err()).contains("--border-km: not a number");
        Cli date = Cli.run(Cli.on(db, "export", "--format", "csv", "--from", "2024-02-30"));
        assertThat(date.err()).contains("--from: not a valid date");
        Path kept = temp.resolve("kept.csv");
        Files.writeString(kept, "old");
        assertThat(Cli.run(Cli.on(db, "export", "--format", "csv", "--type", "picnic", "--output", kept.toString())).status())
                .isEqualTo(1);
        assertThat(Files.readString(kept)).isEqualTo("old");
    }
}
