package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelevanceFilterTest {
    private final RelevanceFilter filter = new RelevanceFilter(List.of("TTP", "Nacta", "Kabul"));

    @Test
    void conflictVocabularyAndKnownActorsAreRelevant() {
        assertThat(filter.relevant("A suicide bomber killed six people in Bisham.")).isTrue();
        assertThat(filter.relevant("Mohsin Naqvi demanded that the Afghan Taliban hand them over.")).isTrue();
        assertThat(filter.relevant("The TTP issue was discussed.")).isTrue();
        assertThat(filter.relevant("If Kabul did not respond, nothing would follow.")).isTrue();
    }

    @Test
    void speechActsTheStatementRulesReadAreRelevantWhateverTheirTopic() {
        assertThat(filter.relevant("The ousted president has agreed to resign, the speaker said.")).isTrue();
        assertThat(filter.relevant("Syria says it will not accept any more refugees.")).isTrue();
        assertThat(filter.relevant("The forum concluded that rich nations must allocate more to water projects."))
                .as("a reported obligation").isTrue();
        assertThat(filter.relevant("You must give recipients a copy of this licence.")).as("an obligation nobody reports")
                .isFalse();
        assertThat(filter.relevant("A judge ordered the banker to appear on Monday.")).as("an order").isTrue();
        assertThat(filter.relevant("The bank cut rates in order to support growth.")).as("'in order to'").isFalse();
    }

    @Test
    void offTopicSentencesAreSkipped() {
        assertThat(filter.relevant("The cricket team won the final by six wickets on Sunday.")).isFalse();
        assertThat(filter.relevant("Share prices rose on the Karachi exchange after the budget.")).isFalse();
        assertThat(filter.relevant("Skills matter.")).as("'kill' only at the start of a word").isFalse();
    }

    @Test
    void twoCapitalNamesCountOnlyAsWrittenInTextNotWrittenInCapitals() {
        RelevanceFilter capitals = new RelevanceFilter(List.of("Kabul"), List.of("UN", "IS"));
        assertThat(capitals.relevant("The UN envoy met the president on Monday.")).isTrue();
        assertThat(filter.relevant("The UN envoy met the president on Monday.")).as("without the name").isFalse();
        assertThat(capitals.relevant("Tell us what is on the agenda.")).as("ordinary words").isFalse();
        assertThat(capitals.relevant("THE SOFTWARE IS PROVIDED AS IS")).as("text in capitals").isFalse();
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                s.appendCodePoint(random.nextInt(0x3000));
            }
            filter.relevant(s.toString());
        }
        assertThat(new RelevanceFilter(List.of()).relevant("")).isFalse();
    }
}
