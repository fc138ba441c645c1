package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    private static final Path UCDP = Path.of("../../shared/data/eval/ucdp-ged-pakistan-dev.csv");
    private static final Path ACLED = Path.of("src/test/resources/datasets/acled-synthetic-pakistan.csv");

    @TempDir
    Path dir;

    /** What a read gave: records, and rejected and skipped rows with their reasons. */
    static final class Collected implements DatasetReader.Listener {
        final List<DatasetRecord> records = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void record(DatasetRecord record) {
            records.add(record);
        }

        @Override
        public void rejected(String where, String problem) {
            rejected.add(where + ": " + problem);
        }

        @Override
        public void skipped(String where, String reason) {
            skipped.add(where + ": " + reason);
        }

        DatasetRecord get(String id) {
            return records.stream().filter(r -> r.recordId().equals(id)).findFirst().orElseThrow();
        }
    }

    private static Collected read(DatasetReader.Dataset dataset, Path file) {
        Collected c = new Collected();
        DatasetReader.read(dataset, file, c);
        return c;
    }

    @Test
    void everyUcdpGedEventOfTheSampleIsReadWithItsDatePlaceTollAndSides() {
        Collected c = read(DatasetReader.Dataset.UCDP_GED, UCDP);
        assertThat(c.rejected).isEmpty();
        assertThat(c.records).hasSize(2970);
        c.records.forEach(DatasetReaderTest::assertEvidenceQuotesTheRecord);

        DatasetRecord r = c.get("51776");
        assertThat(r.dataset()).isEqualTo("ucdp-ged");
        assertThat(r.report().type().name()).isEqualTo("ATTACK");
        assertThat(r.report().date().orElseThrow().iso()).isEqualTo("2003-05-25");
        assertThat(r.report().killed()).contains(Count.exactly(1));
        assertThat(r.report().perpetrators()).extracting(Perpetrator::mention)
                .containsExactly("Government of India", "Government of Pakistan");
        assertThat(r.place().orElseThrow().name()).isEqualTo("Saidpura village");
        assertThat(r.place().orElseThrow().precision()).isEqualTo("TOWN");
        assertThat(r.place().orElseThrow().latitude()).isEqualTo(34.307952);
        assertThat(r.document().text()).startsWith("UCDP GED event 51776 (PAK-2003-1-345-37)")
                .contains("Woman killed in Indian shelling in Pakistani Kashmir.");
        assertThat(r.document().provenance().format()).isEqualTo("dataset:ucdp-ged");
        assertThat(r.document().provenance().externalId()).isEqualTo("51776");
        assertThat(r.where()).endsWith("ucdp-ged-pakistan-dev.csv:row 5");
        // GED gives best 11, high 10, low 11 here: the range widens to hold all three, the text keeps them as given.
        assertThat(c.get("51858").report().killed()).contains(new Count(10, 11, 11));
        assertThat(c.get("51858").document().text()).contains("Deaths: best 11, low 11, high 10");
        assertThat(c.records).filteredOn(x -> x.report().date().orElseThrow().precision() != DatePrecision.DAY)
                .isNotEmpty().allSatisfy(x -> assertThat(x.report().date().get().latest())
                        .isAfter(x.report().date().get().earliest()));
    }

    @Test
    void aclednExportRowsAreMappedSkippedWhenNotViolenceAndReadInBothDateForms() {
        Collected c = read(DatasetReader.Dataset.ACLED, ACLED);
        assertThat(c.rejected).isEmpty();
        assertThat(c.records).hasSize(6);
        assertThat(c.skipped).singleElement().asString().contains("row 6", "Protests: Peaceful protest");
        c.records.forEach(DatasetReaderTest::assertEvidenceQuotesTheRecord);

        DatasetRecord besham = c.get("SYNPAK0001");
        assertThat(besham.report().type().name()).isEqualTo("SUICIDE_ATTACK");
        assertThat(besham.report().date().orElseThrow().iso()).isEqualTo("2024-03-26");
        assertThat(besham.report().killed()).contains(Count.atLeast(6));
        assertThat(besham.report().perpetrators()).extracting(Perpetrator::mention)
                .containsExactly("Unidentified Armed Group (Pakistan)");
        assertThat(besham.place().orElseThrow()).isEqualTo(new RecordPlace("Besham", "Pakistan", "Khyber Pakhtunkhwa",
                "Shangla", 34.9317, 72.8783, "TOWN"));
        assertThat(c.get("SYNPAK0003").report().date().orElseThrow().iso()).isEqualTo("2023-01-30");
        assertThat(c.get("SYNPAK0004").report().type().name()).isEqualTo("ARMED_ASSAULT");
        assertThat(c.get("SYNPAK0004").place().orElseThrow().precision()).isEqualTo("DISTRICT");
        assertThat(c.get("SYNPAK0007").report().type().name()).isEqualTo("ARREST");
        assertThat(c.get("SYNPAK0007").report().date().orElseThrow().precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void badRowsAreRejectedWithTheirRowAndReasonAndTheRestGoOn() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ACLED, StandardCharsets.UTF_8).subList(0, 2));
        String good = lines.get(1);
        lines.add(good.replace("SYNPAK0001", "SYNPAK0100").replace(",6,,1711497600", ",six,,1711497600"));
        lines.add(good.replace("SYNPAK0001", "SYNPAK0101").replace("34.9317", "134.9"));
        lines.add(good.replace("SYNPAK0001", "SYNPAK0102").replace("2024-03-26", "2024-13-40"));
        lines.add(good.replace("SYNPAK0001", "SYNPAK0103").replace("Suicide bomb", "Alien landing"));
        lines.add(good);
        lines.add(good.replace("SYNPAK0001", "SYNPAK0104"));
        Path file = dir.resolve("bad.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        Collected c = read(DatasetReader.Dataset.ACLED, file);
        assertThat(c.records).extracting(DatasetRecord::recordId).containsExactly("SYNPAK0001", "SYNPAK0104");
        assertThat(c.rejected).containsExactly(
                file + ":row 2: fatalities 'six' is not a whole number",
                file + ":row 3: latitude 134.9 is out of range (-90 to 90)",
                file + ":row 4: event_date '2024-13-40' is not a date",
                file + ":row 5: unknown event_type/sub_event_type 'Explosions/Remote violence' / 'Alien landing'",
                file + ":row 6: event SYNPAK0001 appears twice in the file (first at row 1)");
    }

    @Test
    void aFileThatIsNotTheDatasetsExportIsRefusedNamingWhatIsMissing() throws IOException {
        assertThatThrownBy(() -> read(DatasetReader.Dataset.UCDP_GED, ACLED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a UCDP GED CSV export: no columns id, date_start, date_end");
        assertThatThrownBy(() -> read(DatasetReader.Dataset.ACLED, dir.resolve("missing.csv")))
                .hasMessageEndingWith("missing.csv: no such file or directory");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> read(DatasetReader.Dataset.ACLED, empty)).hasMessageContaining("is not a ACLED");
    }

    @Test
    void randomBytesNeverThrowAnythingButARefusal() throws IOException {
        Random random = new Random(3);
        String header = Files.readAllLines(ACLED, StandardCharsets.UTF_8).get(0);
        for (int i = 0; i < 30; i++) {
            byte[] junk = new byte[random.nextInt(3000)];
            random.nextBytes(junk);
            Path file = dir.resolve("junk" + i + ".csv");
            Files.write(file, i % 2 == 0 ? junk : concat((header + "\n").getBytes(StandardCharsets.UTF_8), junk));
            try {
                Collected c = read(DatasetReader.Dataset.ACLED, file);
                c.records.forEach(DatasetReaderTest::assertEvidenceQuotesTheRecord);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).contains(file.toString());
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every evidence and mention span lies in the record's text, the first covering all of it. */
    static void assertEvidenceQuotesTheRecord(DatasetRecord r) {
        String text = r.document().text();
        assertThat(r.report().evidence().get(0)).isEqualTo(new Span(0, text.length()));
        for (Span s : r.report().evidence()) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
        r.report().places().forEach(p -> assertThat(p.span().of(text)).isEqualTo(p.text()));
        r.report().perpetrators().forEach(p -> assertThat(p.span().of(text)).isEqualTo(p.mention()));
    }
}
