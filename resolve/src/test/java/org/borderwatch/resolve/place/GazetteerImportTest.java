package org.borderwatch.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerImportTest {
    /** Real GeoNames rows (Syria, outside the bundled region), in the dump format. */
    private static final List<String> ROWS = List.of(
            "170063\tAleppo\tAleppo\tAlep,Aleppo,Halab,Ḩalab,حلب,Алеппо\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1754000\t\t390\tAsia/Damascus\t2023-01-01",
            "170654\tDamascus\tDamascus\tDamas,Dimashq,دمشق,Дамаск\t33.5102\t36.29128\tP\tPPLC\tSY\t\t13\t\t\t\t1569394\t\t692\tAsia/Damascus\t2023-01-01",
            "163843\tProvince of Aleppo\tProvince of Aleppo\tAleppo Governorate\t36.25\t37.5\tA\tADM1\tSY\t\t09\t\t\t\t4868000\t\t400\tAsia/Damascus\t2023-01-01",
            "999\tbroken row",
            "292223\tDubai\tDubai\tDubayy\t25.07725\t55.30927\tP\tPPLA\tAE\t\t03\t\t\t\t3478300\t\t5\tAsia/Dubai\t2023-01-01");

    @Test
    void importsADumpAndTheGazetteerUsesIt(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("SY.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("GeoNames readme\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("SY.txt"));
            z.write((String.join("\n", ROWS) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path admin1 = tmp.resolve("admin1CodesASCII.txt");
        Files.writeString(admin1, "SY.09\tAleppo\tAleppo\t170062\nSY.13\tDimashq\tDimashq\t170652\n");
        Path dir = tmp.resolve("gazetteer");

        GazetteerImport.Report places = GazetteerImport.importFile(zip, dir, GazetteerImport.Options.countries("SY"));
        assertThat(places.kind()).isEqualTo("places");
        assertThat(places.rowsRead()).isEqualTo(5);
        assertThat(places.rowsKept()).isEqualTo(3);
        assertThat(places.skipped()).containsKeys("country not selected", "unreadable: not 19 tab-separated columns");
        GazetteerImport.Report admins = GazetteerImport.importFile(admin1, dir, GazetteerImport.Options.defaults());
        assertThat(admins.kind()).isEqualTo("admin1");
        assertThat(admins.rowsKept()).isEqualTo(2);

        Gazetteer g = Gazetteer.load(dir);
        PlaceMatch aleppo = g.resolve("Halab", PlaceContext.NONE).orElseThrow();
        assertThat(aleppo.name()).isEqualTo("Aleppo");
        assertThat(aleppo.countryCode()).isEqualTo("SY");
        assertThat(aleppo.admin1()).isEqualTo("Aleppo");
        assertThat(aleppo.geonamesId()).isEqualTo(170063L);
        assertThat(aleppo.source()).contains("imported");
        PlaceMatch province = g.resolve("Aleppo province", PlaceContext.NONE).orElseThrow();
        assertThat(province.precision()).isEqualTo(Precision.PROVINCE);
        assertThat(province.geonamesId()).isEqualTo(163843L);
        assertThat(g.resolve("Damascus", PlaceContext.NONE).orElseThrow().precision()).isEqualTo(Precision.TOWN);
        // The bundled region is still there.
        assertThat(g.resolve("Bisham", PlaceContext.NONE).orElseThrow().name()).isEqualTo("Besham");
        // Non-Latin, non-Arabic alternates were dropped; Arabic kept.
        try (var r = GeoNamesFormat.open(Files.newInputStream(places.written()))) {
            String first = r.readLine();
            assertThat(first).contains("حلب").doesNotContain("Алеппо");
        }
    }

    @Test
    void gzippedDumpImportsToo(@TempDir Path tmp) throws Exception {
        Path gz = tmp.resolve("cities500.txt.gz");
        try (OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write((ROWS.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        GazetteerImport.Report r = GazetteerImport.importFile(gz, tmp.resolve("g"), GazetteerImport.Options.defaults());
        assertThat(r.rowsKept()).isEqualTo(1);
        assertThat(r.written().getFileName().toString()).isEqualTo("places-cities500.txt.gz");
    }
}
