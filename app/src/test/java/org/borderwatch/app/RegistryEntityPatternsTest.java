package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
    void commonNounsShortAcronymsAndOtherActorsStayOut() {
        assertThat(lexicon).extracting(EntityPattern::phrase)
                .as("forces' and ministries' common nouns, two-letter acronyms, states")
                .doesNotContain("police", "troops", "security forces", "IS", "AQ", "LJ", "Pakistan", "FO");
        List<String> bundled = lower(EntityPattern.bundled());
        List<String> added = lower(lexicon.subList(bundled.size(), lexicon.size()));
        assertThat(added).as("each added once, none the lexicon has").doesNotHaveDuplicates().doesNotContainAnyElementsOf(bundled);
    }

    private static List<String> lower(List<EntityPattern> patterns) {
        return patterns.stream().map(p -> p.phrase().toLowerCase(Locale.ROOT)).toList();
    }
}
