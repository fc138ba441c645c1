package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.TODAY;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.options;
import static org.borderwatch.ingest.IngestAssertions.rejection;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.SourceGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {
    private static final Path UCDP = Path.of("../../shared/data/eval/ucdp-ged-pakistan-dev.csv");

    @TempDir
    Path dir;

    @Test
    void rowsBecomeDocumentsAndShortRowsAreRejected() throws Exception {
        Path file = write(dir, "events.csv", "ID,Title,Text,Date\n"
                + "a1,First,\"Quoted, with comma\nand a newline\",05/23/1990 00:00:00\n"
                + "a2,Short\n"
                + "a3,Third,Plain text,1990-06-01\n"
                + "a4,Fourth,Later,13/45/1990\n");

        Collected c = ingest(file);

        assertThat(c.accepted).extracting(d -> d.provenance().origin())
                .containsExactly(file + ":row 1", file + ":row 3");
        var first = c.accepted.get(0).provenance();
        assertThat(first.externalId()).isEqualTo("a1");
        assertThat(first.title()).isEqualTo("First");
        assertThat(first.published().date()).isEqualTo(LocalDate.of(1990, 5, 23));
        assertThat(first.published().source()).isEqualTo(DateSource.GIVEN);
        assertThat(c.accepted.get(0).text()).isEqualTo("Quoted, with comma\nand a newline");
        rejection(c, file + ":row 2", "row has 2 cells but the header has 4 columns");
        rejection(c, file + ":row 4", "unparseable date '13/45/1990'");
    }

    @Test
    void aRecordMergedFromSeveralSourcesTakesTheEarliestOfTheirDates() throws Exception {
        Path file = write(dir, "merged.csv", "text,date\n\"Two reports\",2003-06-04;2003-06-03\n"
                + "\"Bad list\",2003-06-04;someday\n");

        Collected c = ingest(file);

        assertThat(c.accepted).singleElement().extracting(d -> d.provenance().published().date())
                .isEqualTo(LocalDate.of(2003, 6, 3));
        rejection(c, file + ":row 2", "unparseable date '2003-06-04;someday'");
    }

    @Test
    void missingTextColumnRejectsTheWholeFileNamingTheColumns() {
        Collected c = ingest(UCDP);

        assertThat(c.accepted).isEmpty();
        rejection(c, UCDP.toString(), "no column 'text' for field text; columns present: id, relid, year");
    }

    @Test
    void columnsCanBeMappedToOurFields() {
        var mapped = new IngestOptions(Format.AUTO, "UCDP", SourceGrade.B,
                Map.of("text", "where_description", "date", "DATE_START"), Limits.DEFAULT, TODAY);

        Collected c = ingest(mapped, UCDP);

        assertThat(c.accepted).hasSizeGreaterThan(1000);
        var first = c.accepted.get(0).provenance();
        assertThat(first.origin()).isEqualTo(UCDP + ":row 1");
        assertThat(first.externalId()).isEqualTo("51733");
        assertThat(first.published().date()).isEqualTo(LocalDate.of(1990, 5, 23));
        assertThat(c.accepted.get(0).text()).isEqualTo("Hyderabad");
        assertThat(c.rejected).allSatisfy(r -> assertThat(r.problem()).isEqualTo("empty document (no text)"));
    }

    @Test
    void brokenQuotingStopsTheFileWithARowOrigin() throws Exception {
        Path file = write(dir, "bad.csv", "text\ngood\n\"open \"quote\" junk\nnever read\n");

        Collected c = ingest(file);

        assertThat(c.accepted).extracting(d -> d.text()).containsExactly("good");
        rejection(c, file + ":row 2", "CSV syntax error");
    }

    @Test
    void headerOnlyAndRunawayRowsAreRejected() throws Exception {
        Path headerOnly = write(dir, "h.csv", "text,title\n");
        Path runaway = write(dir, "r.csv", "text\n\"" + "q".repeat(100_000));

        Collected c = ingest(options(new Limits(1000, 5000, 10_000, 10, 100)), headerOnly, runaway);

        rejection(c, headerOnly.toString(), "CSV file has a header but no rows");
        rejection(c, runaway + ":row 1", "row is longer than 5000 characters");
    }
}
