package org.borderwatch.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.core.incident.IncidentType;
import org.junit.jupiter.api.Test;

/** The word-level helpers that need no annotator: numbers, datelines, type relations. */
class IncidentWordsTest {
    @Test
    void readsNumbersInWordsAndDigits() {
        assertThat(NumberWords.parse("five")).hasValue(5);
        assertThat(NumberWords.parse("twenty-five")).hasValue(25);
        assertThat(NumberWords.parse(List.of("two", "hundred", "and", "fifty"))).hasValue(250);
        assertThat(NumberWords.parse("1,200")).hasValue(1200);
        assertThat(NumberWords.parse(List.of("three", "dozen"))).hasValue(36);
        assertThat(NumberWords.parse("militants")).isEmpty();
        assertThat(NumberWords.parse("12345678901")).isEmpty();
    }

    @Test
    void theStoryStartsAfterTheDateline() {
        String release = "2012-07-S-013\nFor Immediate Release\n\nKABUL, Afghanistan (July 8, 2012)\nAn Afghan force detained one.";
        assertThat(release.substring(StoryStart.of(release)).strip()).startsWith("An Afghan force");
        String undated = "PAKTIKA PROVINCE, Afghanistan – Forces conducted an air assault.";
        assertThat(undated.substring(StoryStart.of(undated))).startsWith("Forces conducted");
        assertThat(StoryStart.hasDatedDateline(release)).isTrue();
        assertThat(StoryStart.of("Five killed in blast in Quetta")).isZero();
        String wire = "ASADABAD (Reuters) - Rockets fired from across the border landed in Kunar.";
        assertThat(wire.substring(StoryStart.of(wire))).startsWith("Rockets fired");
        assertThat(StoryStart.of("Anti-polio drive - day two")).isZero();
    }

    @Test
    void aPressReleaseHeaderIsNotTheStory() {
        String titled = "Feb. 17: Afghan-ISAF Operations in Eastern, Southern Afghanistan\n"
                + "NEWS RELEASE ISAF Joint Command - Afghanistan   2010-02-CA-082 For Immediate Release\n\n"
                + " In Nimroz Province last night, a joint security force searched a compound.";
        assertThat(titled.substring(StoryStart.of(titled)).strip()).startsWith("In Nimroz Province");
        assertThat(StoryStart.hasDatedDateline(titled)).as("the title line opens with the day").isTrue();
        String numbered = "ISAF Joint Command - Afghanistan\n2011-07-S-039\nFor Immediate Release \n\n"
                + "An Afghan-led combined security force detained multiple suspected insurgents yesterday.";
        assertThat(numbered.substring(StoryStart.of(numbered)).strip()).startsWith("An Afghan-led");
        assertThat(StoryStart.hasDatedDateline(numbered)).isFalse();
        String story = "Police detained two men in Quetta on Monday. ".repeat(20)
                + "The ministry asked for immediate release of the men.";
        assertThat(StoryStart.of(story)).as("deep in a story the words are part of it").isZero();
    }

    @Test
    void specificTypesWinAndRelatedTypesMerge() {
        assertThat(IncidentTypes.rank(IncidentType.SUICIDE_ATTACK)).isLessThan(IncidentTypes.rank(IncidentType.ATTACK));
        assertThat(IncidentTypes.compatible(IncidentType.BOMBING, IncidentType.SUICIDE_ATTACK)).isTrue();
        assertThat(IncidentTypes.compatible(IncidentType.ATTACK, IncidentType.IED)).isTrue();
        assertThat(IncidentTypes.compatible(IncidentType.KIDNAPPING, IncidentType.AIRSTRIKE)).isFalse();
        assertThat(IncidentTypes.compatible(IncidentType.ARREST, IncidentType.SECURITY_OPERATION)).isTrue();
    }
}
