package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.borderwatch.extract.RelevanceFilter;
import org.junit.jupiter.api.Test;

/**
 * A speech act the rules can read is wasted if the relevance filter skips its sentence first: "he is
 * prepared to lift the ban" names no conflict and no known actor.
 */
class RelevanceCoversSpeechActsTest {
    /** Too common in off-topic text to make a sentence relevant alone; the filter keeps them in phrases. */
    private static final Set<String> LEFT_TO_PHRASES = Set.of("call", "hold", "ask", "press", "charge", "sign",
            "order", "deal", "expect", "ready", "against", "apprehension", "anxiety", "reservation");

    @Test
    void everyCueAndSpeechActNounMakesItsSentenceRelevant() {
        RelevanceFilter filter = new RelevanceFilter(List.of());
        Set<String> missed = new TreeSet<>();
        Stream.concat(Vocabulary.cueLemmas().stream(), Stream.of("demand-noun", "threat-noun", "commit-noun",
                        "deny-noun", "protest-noun", "ready", "opposed", "concern")
                        .flatMap(list -> Vocabulary.list(list).stream()))
                .filter(word -> !LEFT_TO_PHRASES.contains(word))
                .filter(word -> !filter.relevant("They " + word + " it."))
                .forEach(missed::add);
        assertThat(missed).as("add them to relevance-stems.txt").isEmpty();
    }
}
