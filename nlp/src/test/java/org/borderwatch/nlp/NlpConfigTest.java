package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpConfigTest {
    @Test
    void defaultsAreCoarseNerWithParsesAndTheBundledLexicon() {
        NlpConfig d = NlpConfig.defaults();
        assertThat(d.fineGrainedNer()).isFalse();
        assertThat(d.depparse()).isTrue();
        assertThat(d.maxSentenceTokens()).isEqualTo(120);
        assertThat(d.threads()).isEqualTo(1);
        assertThat(d.entityPatterns()).isEqualTo(EntityPattern.bundled());
        assertThat(NlpConfig.fromMap(Map.of())).isEqualTo(d);
    }

    @Test
    void readsEverySetting(@TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("actors.tsv");
        Files.writeString(lexicon, "# registry export\nTTP\tARMED_GROUP\nBisham\tLOCATION\n");
        NlpConfig c = NlpConfig.fromMap(Map.of("depparse", "false", "fineGrainedNer", "TRUE",
                "maxSentenceTokens", " 80 ", "threads", "2", "entityPatterns", lexicon.toString()));
        assertThat(c).isEqualTo(new NlpConfig(false, true, 80, List.of(
                new EntityPattern("TTP", "ARMED_GROUP"), new EntityPattern("Bisham", "LOCATION")), 2));
        assertThat(NlpConfig.fromMap(Map.of("entityPatterns", "none")).entityPatterns()).isEmpty();
    }

    @Test
    void rejectsAnUnknownKeyNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("depParse", "true")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'depParse'")
                .hasMessageContaining("depparse, entityPatterns, fineGrainedNer, maxSentenceTokens, threads");
    }

    @Test
    void rejectsBadValuesSayingWhatWasExpected() {
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("depparse", "yes")))
                .hasMessageContaining("depparse").hasMessageContaining("true or false").hasMessageContaining("'yes'");
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("maxSentenceTokens", "many")))
                .hasMessageContaining("maxSentenceTokens").hasMessageContaining("whole number");
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("threads", "0")))
                .hasMessageContaining("threads").hasMessageContaining("from 1 to 64");
        assertThatThrownBy(() -> NlpConfig.fromMap(Map.of("entityPatterns", "/no/such/lexicon.tsv")))
                .hasMessageContaining("entityPatterns").hasMessageContaining("/no/such/lexicon.tsv");
    }
}
