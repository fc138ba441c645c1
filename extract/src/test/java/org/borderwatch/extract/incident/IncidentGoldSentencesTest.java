package org.borderwatch.extract.incident;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written news sentences (resources/incident/gold-sentences.tsv), one document each, with the
 * type, counts and date extraction must find, or none where the sentence reports no event (a plan, a
 * recommendation).
 */
class IncidentGoldSentencesTest {
    record Gold(LocalDate documentDate, String text, String type, String killed, String injured, String captured,
                String date) {
        @Override
        public String toString() {
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }
    }

    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = IncidentGoldSentencesTest.class.getResourceAsStream("/incident/gold-sentences.tsv")) {
            if (in == null) {
                throw new IllegalStateException("incident/gold-sentences.tsv is missing from the test classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 7) {
                    throw new IllegalStateException("expected 7 tab-separated columns: " + line);
                }
                out.add(Arguments.of(new Gold(LocalDate.parse(f[0]), f[1], f[2], f[3], f[4], f[5], f[6])));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheIncidentAsWritten(Gold gold) {
        AnnotatedDocument document = SharedAnnotator.annotate(gold.text(), gold.documentDate());
        if (gold.type().equals("-")) {
            IncidentAssertions.noIncidentIn(document);
            return;
        }
        IncidentAssertions.onlyIncidentOf(document)
                .type(IncidentAssertions.parseType(gold.type()))
                .killed(gold.killed())
                .injured(gold.injured())
                .captured(gold.captured())
                .date(gold.date().equals("-") ? null : gold.date())
                .check();
    }
}
