package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.onlyDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.borderwatch.core.document.DateSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-checked inputs with the title, date, date source and language they must yield (gold/cases.tsv). */
class GoldExamplesTest {
    record Case(String file, String title, String date, DateSource source, String language, String textStart) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws Exception {
        return Files.readAllLines(gold().resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> new Case(f[0], none(f[1]), none(f[2]), DateSource.valueOf(f[3]), f[4], f[5]));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesGold(Case gold) throws Exception {
        var doc = onlyDocument(ingest(gold().resolve("inputs").resolve(gold.file())));

        assertThat(doc.provenance().title()).isEqualTo(gold.title());
        assertThat(String.valueOf(doc.provenance().published().date())).isEqualTo(String.valueOf(gold.date()));
        assertThat(doc.provenance().published().source()).isEqualTo(gold.source());
        assertThat(doc.provenance().language()).isEqualTo(gold.language());
        assertThat(doc.text()).startsWith(gold.textStart());
    }

    private static Path gold() throws Exception {
        return Path.of(GoldExamplesTest.class.getResource("/gold/cases.tsv").toURI()).getParent();
    }

    private static String none(String value) {
        return value.equals("-") ? null : value;
    }
}
