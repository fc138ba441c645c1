package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityPatternTest {
    @Test
    void acronymsMatchCaseSensitivelyAndNamesDoNot() {
        assertThat(new EntityPattern("TTP", "ARMED_GROUP").caseSensitive()).isTrue();
        assertThat(new EntityPattern("IS-K", "ARMED_GROUP").caseSensitive()).isTrue();
        assertThat(new EntityPattern("LeT", "ARMED_GROUP").caseSensitive()).as("not the verb 'let'").isTrue();
        assertThat(new EntityPattern("Nacta", "GOVERNMENT_BODY").caseSensitive()).isFalse();
        assertThat(new EntityPattern("Tehreek-e-Taliban Pakistan", "ARMED_GROUP").caseSensitive()).isFalse();
    }

    @Test
    void onlyTwoCapitalsNeedTextNotWrittenInCapitals() {
        assertThat(new EntityPattern("IS", "ARMED_GROUP").needsMixedCaseContext()).isTrue();
        assertThat(new EntityPattern("AQ", "ARMED_GROUP").needsMixedCaseContext()).isTrue();
        assertThat(new EntityPattern("TTP", "ARMED_GROUP").needsMixedCaseContext()).isFalse();
        assertThat(new EntityPattern("Is", "ARMED_GROUP").needsMixedCaseContext()).isFalse();
    }

    @Test
    void normalisesSpacesAndRejectsBadTypes() {
        assertThat(new EntityPattern("  Mir   Ali ", "LOCATION").phrase()).isEqualTo("Mir Ali");
        assertThatThrownBy(() -> new EntityPattern("Bisham", "location")).hasMessageContaining("upper case");
        assertThatThrownBy(() -> new EntityPattern("Bisham", "O")).hasMessageContaining("no entity");
        assertThatThrownBy(() -> new EntityPattern(" ", "LOCATION")).hasMessageContaining("phrase");
    }

    @Test
    void bundledLexiconCoversTheRegionWithOneTypePerPhrase() {
        Map<String, String> types = EntityPattern.bundled().stream()
                .collect(Collectors.toMap(EntityPattern::phrase, EntityPattern::type));
        assertThat(types).containsEntry("TTP", "ARMED_GROUP")
                .containsEntry("Tehrik-i-Taliban Pakistan", "ARMED_GROUP")
                .containsEntry("ISKP", "ARMED_GROUP")
                .containsEntry("Haqqani network", "ARMED_GROUP")
                .containsEntry("Nacta", "GOVERNMENT_BODY")
                .containsEntry("ISPR", "SECURITY_FORCE")
                .containsEntry("Bisham", "LOCATION")
                .containsEntry("Besham", "LOCATION")
                .containsEntry("North Waziristan", "LOCATION")
                .containsEntry("Central Asia", "LOCATION")
                .containsEntry("CT", "COUNTER_TERRORISM");
        assertThat(types.values()).contains("INTERNATIONAL_BODY");
    }

    @Test
    void reportsTheLineOfABadEntry() {
        String tsv = "# comment\n\nTTP\tARMED_GROUP\nBisham LOCATION\n";
        assertThatThrownBy(() -> EntityLexicon.parse("test.tsv", new BufferedReader(new StringReader(tsv))))
                .hasMessageContaining("test.tsv line 4").hasMessageContaining("phrase<TAB>TYPE");
    }

    @Test
    void refusesOnePhraseWithTwoTypes() {
        List<EntityPattern> clash = List.of(new EntityPattern("Kurram", "LOCATION"),
                new EntityPattern("kurram", "ARMED_GROUP"));
        assertThatThrownBy(() -> EntityLexicon.writeMappingFiles(clash, p -> List.of(p.split(" ")), new java.util.ArrayList<>()))
                .hasMessageContaining("kurram").hasMessageContaining("LOCATION").hasMessageContaining("ARMED_GROUP");
    }

    @Test
    void escapesWordsIntoLiteralRegexes() {
        assertThat(EntityLexicon.tokenRegex(List.of("D.I.", "Khan"))).isEqualTo("D\\.I\\. Khan");
        assertThat(EntityLexicon.tokenRegex(List.of("al", "-", "Qa'ida"))).isEqualTo("al \\- Qa\\'ida");
    }
}
