package org.borderwatch.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.incident.IncidentReport;
import org.junit.jupiter.api.Test;

/**
 * Extraction must survive any text the annotator returns: random strings of event words, numbers,
 * names, punctuation and noise (fixed seed, so a failure can be replayed) never make it throw, and
 * every report it gives keeps its evidence inside the text.
 */
class IncidentRandomTextTest {
    private static final List<String> WORDS = List.of("attack", "killed", "five", "dozens", "of", "the", "TTP",
            "claimed", "responsibility", "in", "Bisham", "district", "province", "yesterday", "March", "bomb",
            "suicide", "bomber", "arrested", "at", "least", "more", "than", "12", "1,200", "-", ",", ".", ":",
            "(", ")", "“", "”", "and", "one", "local", "Chinese", "laborers", "police", "said", "that", "was",
            "behind", "not", "if", "should", "operation", "injured", "wounded", "several", "others", "KABUL",
            "Afghanistan", "Jan.", "25", "2013", "shot", "dead", "gunmen", "abducted", "toll", "rose", "to",
            "!!", "é", "\u2028", "\n", "\n\n", "xqz", "a", "an", "killing", "after", "before", "their", "lives");

    @Test
    void randomTokenStringsNeverThrow() {
        Random random = new Random(20240528L);
        for (int doc = 0; doc < 100; doc++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
                text.append(random.nextInt(6) == 0 ? "" : " ");
                if (random.nextInt(15) == 0) {
                    text.append((char) (0x20 + random.nextInt(0x250)));
                }
            }
            LocalDate date = random.nextBoolean() ? LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1)
                    : null;
            AnnotatedDocument document = SharedAnnotator.annotate(text.toString(), date);
            List<IncidentReport> incidents = IncidentFinder.find(document);
            for (IncidentReport r : incidents) {
                assertThat(r.evidence()).allSatisfy(e -> assertThat(e.end()).isLessThanOrEqualTo(text.length()));
            }
        }
    }
}
