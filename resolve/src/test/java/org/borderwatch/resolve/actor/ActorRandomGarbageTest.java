package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile strings never throw: each resolves or becomes a candidate. */
class ActorRandomGarbageTest {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:'’\"-_()[]&|/\\\t\n"
            + "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی" + "\u0000\u200b\ufeff\ud83d\ude00é";
    private static final List<String> WORDS = List.of("the", "a", "of", "and", "Taliban", "TTP", "interior", "minister",
            "head", "Nacta", "Kabul", "Pakistan", "government", "chief", "'s", "in", "Afghan", "former", "leader", ",");

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(42);
        ResolutionContext[] contexts = {ResolutionContext.none(), ActorAssertions.pakistaniPaper("2024-05-28"),
                new ResolutionContext(LocalDate.of(1990, 1, 1), "AF", List.of("AF", "IR", "PK"),
                        ActorAssertions.REGISTRY.namedIn("Mohsin Naqvi met Sirajuddin Haqqani"))};
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            String mention = i % 2 == 0 ? chars(random) : words(random);
            ResolutionContext context = contexts[i % contexts.length];
            Resolution r = ActorAssertions.REGISTRY.resolve(mention, i % 3 == 0 ? Optional.of(words(random)) : Optional.empty(),
                    context);
            assertThat(r.why()).isNotNull();
            assertThat(r.mention()).isNotNull();
            matched += r instanceof Resolution.Matched ? 1 : 0;
        }
        assertThat(matched).as("word salad from real names sometimes resolves").isPositive();
        assertThat(ActorAssertions.REGISTRY.resolve(null, null, null)).isInstanceOf(Resolution.Candidate.class);
        assertThat(ActorAssertions.REGISTRY.resolve("x".repeat(100_000), ResolutionContext.none()))
                .isInstanceOf(Resolution.Candidate.class);
        assertThat(ActorAssertions.REGISTRY.namedIn(chars(random) + " the TTP " + chars(random))).contains("ttp");
    }

    private static String chars(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(40); n > 0; n--) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static String words(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            b.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return b.toString();
    }
}
