package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.nlp.AnnotationAssertions.assertWellFormed;
import static org.borderwatch.nlp.AnnotationAssertions.time;
import static org.borderwatch.nlp.AnnotationAssertions.tokenAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.annotation.Dependency;
import org.borderwatch.core.annotation.Sentence;
import org.borderwatch.core.annotation.TimeMention;
import org.borderwatch.core.annotation.Token;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** The adapter's behaviour beyond the seed: filtering, long sentences, runtime lexicons, threads, junk. */
class CoreNlpAnnotatorTest {
    private static final Optional<LocalDate> DATE = Optional.of(SharedPipeline.SEED_DATE);

    @Test
    void aFilterThatRefusesEverythingLeavesOnlySentenceSpans() {
        CoreNlpAnnotator refusing = new CoreNlpAnnotator(NlpConfig.defaults(), sentence -> false);
        AnnotatedDocument doc = refusing.annotate(7, SharedPipeline.seedText(), DATE);

        assertThat(doc.documentId()).isEqualTo(7);
        assertThat(doc.sentences()).hasSameSizeAs(SharedPipeline.seed().sentences());
        assertThat(doc.sentences()).allSatisfy(s -> {
            assertThat(s.tokens()).isEmpty();
            assertThat(s.dependencies()).isEmpty();
        });
        assertThat(doc.sentences()).extracting(Sentence::span)
                .isEqualTo(SharedPipeline.seed().sentences().stream().map(Sentence::span).toList());
        assertThat(doc.mentions()).isEmpty();
        assertThat(doc.times()).isEmpty();
        AnnotationStats stats = refusing.stats();
        assertThat(stats.sentencesAnnotated()).isZero();
        assertThat(stats.sentencesSkipped()).isEqualTo(doc.sentences().size());
        assertThat(stats.skippedTokenShare()).isEqualTo(1.0);
    }

    @Test
    void annotatesOnlyAcceptedSentencesAndParsesOnlyShortOnes() {
        NlpConfig shortParses = new NlpConfig(true, false, 15, EntityPattern.bundled(), 1);
        CoreNlpAnnotator ttpOnly = new CoreNlpAnnotator(shortParses, sentence -> sentence.contains("TTP"));
        AnnotatedDocument doc = ttpOnly.annotate(0, SharedPipeline.seedText(), DATE);
        assertWellFormed(doc);

        for (Sentence s : doc.sentences()) {
            boolean accepted = doc.textOf(s.span()).contains("TTP");
            assertThat(s.tokens().isEmpty()).as("sentence %d: %s", s.index(), doc.textOf(s.span())).isEqualTo(!accepted);
            boolean parsed = !s.dependencies().isEmpty();
            assertThat(parsed).as("sentence %d parsed", s.index()).isEqualTo(accepted && s.tokens().size() <= 15);
        }
        // Entities and dates in accepted sentences are the same as when every sentence is annotated.
        int sunday = doc.text().indexOf("Sunday");
        assertThat(tokenAt(doc, sunday).ner()).isEqualTo("DATE");
        assertThat(time(doc, "Sunday").resolved())
                .isEqualTo(time(SharedPipeline.seed(), "Sunday").resolved());
        assertThat(doc.mentions()).allSatisfy(m -> assertThat(doc.sentences().get(m.sentence()).tokens()).isNotEmpty());

        AnnotationStats stats = ttpOnly.stats();
        assertThat(stats.sentencesAnnotated()).isEqualTo(7);
        assertThat(stats.sentencesSkipped()).isEqualTo(doc.sentences().size() - 7);
        assertThat(stats.sentencesUnparsed()).isPositive();
        assertThat(stats.tokensSkipped()).isPositive();
    }

    @Test
    void aDatelineOrReleaseHeaderIsASentenceOfItsOwn() {
        String text = "2012-12-S-028 For Immediate Release KABUL, Afghanistan (Dec. 31, 2012) A Haqqani leader was "
                + "arrested today. Peshawar, Jul 3 (PTI) Two personnel were killed. ISLAMABAD (Reuters) - Gunmen "
                + "killed two. PAKTIKA PROVINCE, Afghanistan – Forces conducted an air assault. Officials said the "
                + "ISI (Inter-Services Intelligence) and the army, in Kabul (the capital), were ready. "
                + "UPDATE 2-Taliban claim bomb that kills 13.";
        AnnotatedDocument doc = SharedPipeline.annotator().annotate(0, text, DATE);

        assertThat(doc.sentences()).extracting(s -> doc.textOf(s.span())).containsExactly(
                "2012-12-S-028 For Immediate Release", "KABUL, Afghanistan (Dec. 31, 2012)",
                "A Haqqani leader was arrested today.", "Peshawar, Jul 3 (PTI)", "Two personnel were killed.",
                "ISLAMABAD (Reuters)", "- Gunmen killed two.", "PAKTIKA PROVINCE, Afghanistan –",
                "Forces conducted an air assault.",
                "Officials said the ISI (Inter-Services Intelligence) and the army, in Kabul (the capital), were ready.",
                "UPDATE 2-", "Taliban claim bomb that kills 13.");
        assertThat(tokenAt(doc, text.indexOf("Taliban claim")).ner()).as("not part of a number").isEqualTo("ARMED_GROUP");
    }

    @Test
    void takesItsLexiconFromTheConfiguration() {
        NlpConfig registry = new NlpConfig(false, false, 120, List.of(
                new EntityPattern("Bisham", "TOWN"), new EntityPattern("press conference", "EVENT")), 1);
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(registry, sentence -> true);
        String text = "The minister told a Press Conference in Islamabad that the TTP attacked Bisham.";
        AnnotatedDocument doc = annotator.annotate(0, text, DATE);

        assertThat(tokenAt(doc, text.indexOf("Bisham")).ner()).isEqualTo("TOWN");
        assertThat(tokenAt(doc, text.indexOf("Press")).ner()).as("names ignore case").isEqualTo("EVENT");
        assertThat(tokenAt(doc, text.indexOf("TTP")).ner()).as("not in this lexicon").isNotEqualTo("ARMED_GROUP");
        assertThat(doc.sentences().get(0).dependencies()).as("depparse off").isEmpty();
    }

    @Test
    void bundledLexiconFindsTheRegionsNamesHoweverTheyAreWritten() {
        String text = "Tehreek-e-Taliban Pakistan (TTP) and al-Qaeda's allies, IS-K and Lashkar-e-Jhangvi, attacked "
                + "D.I. Khan in Khyber Pakhtunkhwa. North Waziristan's Mir Ali was hit by the Haqqani network. "
                + "The Islamic Emirate denied it, Inter-Services Public Relations (ISPR) said. "
                + "TEHRIK-I-TALIBAN PAKISTAN STRIKES AGAIN. Let the LeT know. The tip of the TIP.";
        AnnotatedDocument doc = SharedPipeline.annotator().annotate(0, text, DATE);
        assertWellFormed(doc);
        Map<String, String> types = new HashMap<>();
        doc.mentions().forEach(m -> types.put(m.text(), m.type()));
        assertThat(types).containsEntry("Tehreek-e-Taliban Pakistan", "ARMED_GROUP")
                .containsEntry("TTP", "ARMED_GROUP")
                .containsEntry("al-Qaeda", "ARMED_GROUP")
                .containsEntry("IS-K", "ARMED_GROUP")
                .containsEntry("Lashkar-e-Jhangvi", "ARMED_GROUP")
                .containsEntry("D.I. Khan", "LOCATION")
                .containsEntry("Khyber Pakhtunkhwa", "LOCATION")
                .containsEntry("North Waziristan", "LOCATION")
                .containsEntry("Mir Ali", "LOCATION")
                .containsEntry("Haqqani network", "ARMED_GROUP")
                .containsEntry("Islamic Emirate", "GOVERNMENT_BODY")
                .containsEntry("Inter-Services Public Relations", "SECURITY_FORCE")
                .containsEntry("ISPR", "SECURITY_FORCE")
                .containsEntry("TEHRIK-I-TALIBAN PAKISTAN", "ARMED_GROUP")
                .containsEntry("LeT", "ARMED_GROUP")
                .containsEntry("TIP", "ARMED_GROUP")
                .doesNotContainKeys("Let", "tip");
    }

    @Test
    void aTwoLetterNameIsTakenOnlyInTextNotWrittenInCapitalsAndIsNeverAVerb() {
        String text = "IS claims pre-Christmas suicide bombing of Pakistan church. The attack was claimed by IS. "
                + "PAKISTAN IS READY TO TALK, SAYS MINISTER.";
        AnnotatedDocument doc = SharedPipeline.annotator().annotate(0, text, DATE);
        assertWellFormed(doc);

        Token name = tokenAt(doc, 0);
        assertThat(name.ner()).isEqualTo("ARMED_GROUP");
        assertThat(name.pos()).as("the tagger's VBZ repaired").isEqualTo("NNP");
        assertThat(tokenAt(doc, text.indexOf("claims")).pos()).as("its neighbour tagged again").isEqualTo("VBZ");
        assertThat(doc.sentences().get(0).dependencies()).as("the group is the subject of claims")
                .contains(new Dependency(1, 0, "nsubj"));
        assertThat(tokenAt(doc, text.indexOf("IS.")).ner()).isEqualTo("ARMED_GROUP");
        Token verb = tokenAt(doc, text.indexOf("IS READY"));
        assertThat(verb.ner()).as("a headline in capitals").isEqualTo("O");
        assertThat(verb.pos()).isEqualTo("VBZ");
    }

    @Test
    void resolvesTheDatesNewsReportsUse() {
        String text = "Yesterday militants attacked a post. In 2013 the group split. Last week a drone struck. "
                + "Weeks ago, talks failed. On Friday morning they struck again. For two weeks, nothing happened.";
        AnnotatedDocument doc = SharedPipeline.annotator().annotate(0, text, DATE);
        assertThat(time(doc, "Yesterday").resolved()).contains(FuzzyDate.day(LocalDate.of(2024, 5, 27)));
        assertThat(time(doc, "2013").resolved()).hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo("2013"));
        assertThat(time(doc, "Last week").resolved()).contains(
                new FuzzyDate(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 26), DatePrecision.WEEK));
        assertThat(time(doc, "Weeks ago").resolved()).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.APPROXIMATE);
            assertThat(d.latest()).isBefore(SharedPipeline.SEED_DATE);
        });
        // SUTime puts "Friday morning" on 2024-05-31, after the publication date, and tags it DATE + TIME.
        TimeMention friday = time(doc, "Friday");
        assertThat(friday.text()).isEqualTo("Friday morning");
        assertThat(friday.resolved()).as("the past Friday").contains(FuzzyDate.day(LocalDate.of(2024, 5, 24)));
        assertThat(time(doc, "two weeks").resolved()).as("a duration is no date").isEmpty();
    }

    @Test
    void givesTheSameResultsFromManyThreads() throws Exception {
        CoreNlpAnnotator shared = SharedPipeline.annotator();
        String text = SharedPipeline.seedText();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedDocument>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> shared.annotate(0, text, DATE)));
            }
            for (Future<AnnotatedDocument> r : results) {
                assertThat(r.get()).isEqualTo(SharedPipeline.seed());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void survivesRandomText() {
        Random random = new Random(20240528);
        CoreNlpAnnotator shared = SharedPipeline.annotator();
        for (int i = 0; i < 50; i++) {
            String text = RandomText.next(random, 200);
            Optional<LocalDate> date = i % 2 == 0 ? DATE : Optional.empty();
            AnnotatedDocument doc = shared.annotate(i, text, date);
            assertThat(doc.text()).isEqualTo(text);
            assertWellFormed(doc);
        }
    }

    @Test
    void handlesEmptyAndBlankText() {
        assertThat(SharedPipeline.annotator().annotate(0, "", DATE).sentences()).isEmpty();
        assertThat(SharedPipeline.annotator().annotate(0, " \n\t ", Optional.empty()).sentences()).isEmpty();
    }
    @Test
    void aBracketedAcronymAfterANameIsItsAppositionNotTheSentencesHead() {
        AnnotatedDocument doc = SharedPipeline.annotator().annotate(3, "The Pakistani Taliban (TTP) claimed "
                + "responsibility in a message to journalists. The Asia-Pacific Economic Cooperation (APEC) forum met.",
                DATE);
        assertWellFormed(doc);
        Sentence claim = doc.sentences().get(0);
        int claimed = indexOf(claim, "claimed");
        int ttp = indexOf(claim, "TTP");
        assertThat(claim.dependencies()).contains(new Dependency(-1, claimed, "root"));
        assertThat(claim.dependencies()).anyMatch(d -> d.dependent() == ttp && d.relation().equals("appos")
                && claim.tokens().get(d.governor()).word().equals("Taliban"));
        assertThat(claim.dependencies()).filteredOn(d -> d.relation().equals("punct") && d.governor() == ttp).hasSize(2);
        // inside a phrase that goes on, the acronym is parsed where it stands
        Sentence forum = doc.sentences().get(1);
        assertThat(forum.dependencies()).hasSameSizeAs(forum.tokens());
    }

    @Test
    void aDatelineOpeningTheSentenceHangsOnItsRootAndAHyphenIsNoDateline() {
        AnnotatedDocument doc = SharedPipeline.annotator().annotate(4, "New York, May 20, 2025 - The rights group "
                + "on Tuesday urged Pakistani authorities to investigate the killing.\n\nFive Al-Qa'idah militants "
                + "killed in Punjab.", DATE);
        assertWellFormed(doc);
        Sentence urged = doc.sentences().get(0);
        int root = indexOf(urged, "urged");
        assertThat(urged.dependencies()).contains(new Dependency(-1, root, "root"));
        assertThat(urged.dependencies()).contains(new Dependency(root, indexOf(urged, "York"), "dep"));
        Sentence killed = doc.sentences().get(doc.sentences().size() - 1);
        assertThat(killed.dependencies()).noneMatch(d -> d.relation().equals("dep")
                && killed.tokens().get(d.dependent()).word().equals("Al"));
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }
}
