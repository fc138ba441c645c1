package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.onlyDocument;
import static org.borderwatch.ingest.IngestAssertions.options;
import static org.borderwatch.ingest.IngestAssertions.rejection;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.SourceGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineAndTextFormatTest {
    @TempDir
    Path dir;

    @Test
    void realSeedEditorialIsReadInLineFormat() {
        Path seed = Path.of("../../shared/seeds/000_6034f0928c20e128.txt");

        var doc = onlyDocument(ingest(seed));

        assertThat(doc.provenance().published().date()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(doc.provenance().published().source()).isEqualTo(DateSource.GIVEN);
        assertThat(doc.provenance().title()).startsWith("WE ARE GOING IN WRONG DIRECTIONS");
        assertThat(doc.text()).startsWith("While the government claims");
        assertThat(doc.provenance().format()).isEqualTo("line");
        assertThat(doc.provenance().language()).isEqualTo("en");
        assertThat(doc.provenance().origin()).isEqualTo(seed.toString());
        assertThat(doc.provenance().grade()).isEqualTo(SourceGrade.C);
        assertThat(doc.provenance().publisher()).isEqualTo("Default Publisher");
    }

    @Test
    void textHeaderGivesTitleDateUrlAndPublisher() throws Exception {
        Path file = write(dir, "story.txt", "Title: Floods in Swat\nDATE: 2024-07-02\nurl: https://example.org/a\n"
                + "publisher: Dawn\n\nHeavy rain hit the valley.\n\nRoads were closed.");

        var doc = onlyDocument(ingest(file));

        assertThat(doc.provenance().title()).isEqualTo("Floods in Swat");
        assertThat(doc.provenance().published().date()).isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(doc.provenance().published().source()).isEqualTo(DateSource.GIVEN);
        assertThat(doc.provenance().url()).isEqualTo("https://example.org/a");
        assertThat(doc.provenance().publisher()).isEqualTo("Dawn");
        assertThat(doc.text()).isEqualTo("Heavy rain hit the valley.\n\nRoads were closed.");
        assertThat(doc.provenance().format()).isEqualTo("text");
    }

    @Test
    void textWithoutHeaderKeepsItsFirstLineAndFindsTheDateline() throws Exception {
        Path file = write(dir, "story.md", "Note: this is the story.\n\nISLAMABAD, May 28, 2024: Talks resumed.");

        var doc = onlyDocument(ingest(file));

        assertThat(doc.text()).startsWith("Note: this is the story.");
        assertThat(doc.provenance().published().date()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(doc.provenance().published().source()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void textWithoutAnyDateHasUnknownDate() throws Exception {
        var doc = onlyDocument(ingest(write(dir, "plain", "Nothing dated here. On May 5 it rained.")));

        assertThat(doc.provenance().published().isKnown()).isFalse();
        assertThat(doc.provenance().published().source()).isEqualTo(DateSource.UNKNOWN);
    }

    @Test
    void futureDatesAreRejected() throws Exception {
        Path line = write(dir, "a.txt", "date 2031-01-01 LATER. Text.");
        Path header = write(dir, "b.txt", "date: 2031-01-01\n\nText.");

        Collected c = ingest(line, header);

        rejection(c, line.toString(), "publication date 2031-01-01 is in the future");
        rejection(c, header.toString(), "publication date 2031-01-01 is in the future");
    }

    @Test
    void badDatesAreRejectedNamingTheValue() throws Exception {
        Path line = write(dir, "a.txt", "date 2024-13-45 TITLE. Text.");
        Path header = write(dir, "b.txt", "date: yesterday\n\nText.");

        Collected c = ingest(line, header);

        rejection(c, line.toString(), "unparseable date '2024-13-45'");
        rejection(c, header.toString(), "unparseable date 'yesterday'");
    }

    @Test
    void lineFormatRequestedForOtherTextIsRejected() throws Exception {
        Path file = write(dir, "a.txt", "just words");
        var opts = new IngestOptions(Format.LINE, null, SourceGrade.F, null, Limits.DEFAULT, IngestAssertions.TODAY);

        rejection(ingest(opts, file), file.toString(), "line format needs a first line");
    }

    @Test
    void sizeLimitsAreEnforced() throws Exception {
        Limits small = new Limits(20, 100, 1000, 10, 100);
        Path longText = write(dir, "long.txt", "x".repeat(50));
        Path bigFile = write(dir, "big.txt", "y".repeat(150));

        Collected c = ingest(options(small), longText, bigFile);

        rejection(c, longText.toString(), "document text is 50 characters, over the limit of 20");
        rejection(c, bigFile.toString(), "file is 150 bytes, over the limit of 100 bytes");
    }
}
