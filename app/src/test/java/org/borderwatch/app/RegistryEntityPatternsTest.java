package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.annotation.SentenceFilter;
import org.borderwatch.nlp.CoreNlpAnnotator;
import org.borderwatch.nlp.EntityPattern;
import org.borderwatch.resolve.actor.ActorRegistry;
import org.junit.jupiter.api.Test;

class RegistryEntityPatternsTest {
    private final List<EntityPattern> lexicon = RegistryEntityPatterns.with(EntityPattern.bundled(), ActorRegistry.bundled());

    @Test
    void theRegistrysArmedGroupsAreTaggedWithoutBeingCopiedIntoTheLexicon() {
        assertThat(EntityPattern.bundled()).extracting(EntityPattern::phrase).doesNotContain("Qaeda", "Lashkar e Jhangvi");
        assertThat(lexicon).contains(new EntityPattern("Qaeda", "ARMED_GROUP"),
                new EntityPattern("Lashkar e Jhangvi", "ARMED_GROUP"), new EntityPattern("Jamat-ul-Ahrar", "ARMED_GROUP"));
        assertThat(lexicon).as("the bundled lexicon comes first, as it was").startsWith(
                EntityPattern.bundled().toArray(EntityPattern[]::new));
    }

    @Test
    void commonNounsAndOtherActorsStayOut() {
        assertThat(lexicon).extracting(EntityPattern::phrase)
                .as("forces' and ministries' common nouns and acronyms, states")
                .doesNotContain("police", "troops", "security forces", "FC", "Pakistan", "FO");
        assertThat(lexicon).as("two capitals, which the lexicon takes only beside lower-case words")
                .contains(new EntityPattern("AQ", "ARMED_GROUP"), new EntityPattern("LJ", "ARMED_GROUP"));
        List<String> bundled = lower(EntityPattern.bundled());
        List<String> added = lower(lexicon.subList(bundled.size(), lexicon.size()));
        assertThat(added).as("each added once, none the lexicon has").doesNotHaveDuplicates().doesNotContainAnyElementsOf(bundled);
    }

    private static List<String> lower(List<EntityPattern> patterns) {
        return patterns.stream().map(p -> p.phrase().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void aGroupNamedBeforeARoleIsTheGroupWhileAPersonsSurnameStaysThePerson() {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(RegistryEntityPatterns.config(), SentenceFilter.ALL);
        String text = "The force detained a Haqqani facilitator and a Hezb-E Islami Gulbuddin leader. "
                + "Sirajuddin Haqqani said HIG fighters and the Haqqani network would fight on.";
        List<String> mentions = annotator.annotate(1, text, Optional.of(LocalDate.of(2011, 4, 18))).mentions().stream()
                .filter(m -> !m.type().equals("NUMBER")).map(RegistryEntityPatternsTest::typed).toList();
        assertThat(mentions).containsExactly("ARMED_GROUP Haqqani", "ARMED_GROUP Hezb-E Islami Gulbuddin",
                "PERSON Sirajuddin Haqqani", "ARMED_GROUP HIG", "ARMED_GROUP Haqqani network");
    }

    @Test
    void theRelevanceFilterIsNotFooledByTextInCapitals() {
        var filter = ExtractCommand.relevanceFilter(RegistryEntityPatterns.config());
        assertThat(filter.relevant("THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.")).isFalse();
        assertThat(filter.relevant("IS claims the attack on a shrine.")).isTrue();
        assertThat(filter.relevant("The Haqqani network denied it.")).isTrue();
    }

    private static String typed(Mention m) {
        return m.type() + " " + m.text();
    }
}
