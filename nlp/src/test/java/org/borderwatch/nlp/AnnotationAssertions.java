package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Mention;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.annotation.Token;
import org.borderwatch.core.evidence.Span;

/** What every annotated document must satisfy, whatever its text: the annotate stage's contract. */
final class AnnotationAssertions {
    private AnnotationAssertions() {
    }

    static void assertWellFormed(AnnotatedDocument doc) {
        String text = doc.text();
        int previousEnd = 0;
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            assertThat(s.index()).as("sentence order").isEqualTo(i);
            assertThat(s.span().start()).as("sentence %d starts after the previous one", i).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.span().end()).as("sentence %d inside the text", i).isLessThanOrEqualTo(text.length());
            previousEnd = s.span().end();
            assertTokens(text, s);
            for (Dependency d : s.dependencies()) {
                assertThat(d.dependent()).isLessThan(s.tokens().size());
                assertThat(d.governor()).isLessThan(s.tokens().size());
            }
        }
        for (Mention m : doc.mentions()) {
            Sentence s = doc.sentences().get(m.sentence());
            assertThat(m.endToken()).as("mention %s within its sentence", m).isLessThanOrEqualTo(s.tokens().size());
            List<Token> covered = s.tokens().subList(m.firstToken(), m.endToken());
            assertThat(m.span()).isEqualTo(new Span(covered.get(0).span().start(), covered.get(covered.size() - 1).span().end()));
            assertThat(m.text()).isEqualTo(doc.textOf(m.span()));
            assertThat(covered).allSatisfy(t -> assertThat(t.ner()).isEqualTo(m.type()));
        }
        for (TimeMention t : doc.times()) {
            assertThat(doc.sentences().get(t.sentence()).span().contains(t.span())).as("time %s in its sentence", t).isTrue();
            assertThat(t.text()).isEqualTo(doc.textOf(t.span()));
        }
    }

    private static void assertTokens(String text, Sentence s) {
        for (int k = 0; k < s.tokens().size(); k++) {
            Token t = s.tokens().get(k);
            assertThat(t.index()).isEqualTo(k);
            // CoreNLP may normalise symbols and drops invisible format characters (zero-width joiners)
            // from words but not from spans; a plain word is otherwise exactly the text under its span.
            if (t.word().matches("[\\p{L}\\p{N}]+")) {
                assertThat(t.span().of(text).replaceAll("\\p{Cf}", "")).as("token %s maps back to the text", t)
                        .isEqualTo(t.word());
            }
        }
    }

    /** The time mention whose text starts with the given words. */
    static TimeMention time(AnnotatedDocument doc, String startsWith) {
        Optional<TimeMention> found = doc.times().stream().filter(t -> t.text().startsWith(startsWith)).findFirst();
        assertThat(found).as("a time expression starting with '%s' among %s", startsWith, doc.times()).isPresent();
        return found.get();
    }

    /** The token that starts at a character offset. */
    static Token tokenAt(AnnotatedDocument doc, int offset) {
        return doc.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.span().start() == offset).findFirst()
                .orElseThrow(() -> new AssertionError("no token starts at " + offset + " ('"
                        + doc.text().substring(offset, Math.min(doc.text().length(), offset + 20)) + "')"));
    }
}
