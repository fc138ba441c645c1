package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.nlp.AnnotationAssertions.time;
import static org.borderwatch.nlp.AnnotationAssertions.tokenAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** The worked example of PRODUCT.md: what the annotate stage must get right on the seed editorial. */
class SeedEditorialTest {
    private final AnnotatedDocument doc = SharedPipeline.seed();

    @Test
    void isWellFormed() {
        AnnotationAssertions.assertWellFormed(doc);
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.tokens()).isNotEmpty());
        assertThat(doc.sentences().stream().filter(s -> !s.dependencies().isEmpty())).isNotEmpty();
    }

    @Test
    void tagsTheTtpAsAnArmedGroupAtEveryMention() {
        List<Integer> offsets = occurrences("\\bTTP\\b");
        assertThat(offsets).hasSize(7);
        for (int offset : offsets) {
            assertThat(tokenAt(doc, offset).ner()).as("TTP at %d", offset).isEqualTo("ARMED_GROUP");
        }
    }

    @Test
    void nactaIsAGovernmentBodyNotAPerson() {
        List<Integer> offsets = occurrences("\\bNacta\\b");
        assertThat(offsets).hasSize(2);
        for (int offset : offsets) {
            assertThat(tokenAt(doc, offset).ner()).isEqualTo("GOVERNMENT_BODY");
        }
    }

    @Test
    void findsPeoplePlacesAndGroups() {
        assertThat(mention("Mohsin Naqvi").type()).isEqualTo("PERSON");
        assertThat(doc.mentions().stream().filter(m -> m.text().equals("Bisham")))
                .hasSize(2).allSatisfy(m -> assertThat(m.type()).isEqualTo("LOCATION"));
        assertThat(mention("Afghan Taliban").type()).isEqualTo("ARMED_GROUP");
        assertThat(mention("Central Asia").type()).isEqualTo("LOCATION");
        assertThat(mention("TALIBAN").type()).as("the headline in capitals").isEqualTo("ARMED_GROUP");
    }

    @Test
    void counterTerrorismIsNotAUsState() {
        for (int offset : occurrences("\\bCT\\b")) {
            assertThat(tokenAt(doc, offset).ner()).isNotIn("STATE_OR_PROVINCE", "LOCATION");
        }
    }

    @Test
    void adjectivesAreNotDates() {
        assertThat(doc.times()).extracting(TimeMention::text).doesNotContain("present", "once");
        assertThat(tokenAt(doc, doc.text().indexOf("present in Afghanistan")).ner()).isEqualTo("O");
    }

    @Test
    void resolvesDatesAgainstThePublicationDate() {
        TimeMention sunday = time(doc, "Sunday");
        assertThat(sunday.resolved()).contains(FuzzyDate.day(LocalDate.of(2024, 5, 26)));
        assertThat(sunday.timex()).isEqualTo("2024-05-26");

        TimeMention march = time(doc, "March");
        assertThat(march.resolved()).contains(FuzzyDate.month(2024, 3));
        assertThat(march.resolved().get().iso()).isEqualTo("2024-03");

        TimeMention weeks = time(doc, "A few weeks");
        assertThat(weeks.text()).isEqualTo("A few weeks prior");
        assertThat(weeks.resolved()).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.APPROXIMATE);
            assertThat(d.latest()).isBefore(SharedPipeline.SEED_DATE);
            assertThat(d.earliest()).isBefore(d.latest());
        });
    }

    @Test
    void tokensMapBackToTheText() {
        int words = 0;
        for (var s : doc.sentences()) {
            for (var t : s.tokens()) {
                if (t.word().matches("[\\p{L}\\p{N}]+")) {
                    assertThat(t.span().of(doc.text())).isEqualTo(t.word());
                    words++;
                }
            }
        }
        assertThat(words).isGreaterThan(400);
    }

    private Mention mention(String text) {
        return doc.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' among " + doc.mentions()));
    }

    private List<Integer> occurrences(String regex) {
        List<Integer> offsets = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(doc.text());
        while (m.find()) {
            offsets.add(m.start());
        }
        return offsets;
    }
}
