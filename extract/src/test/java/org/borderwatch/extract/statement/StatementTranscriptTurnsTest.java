package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.extract.Annotated;
import org.junit.jupiter.api.Test;

/** Briefing and interview transcripts: an answer's "we" is the one answering, a question states nothing. */
class StatementTranscriptTurnsTest {
    private static final LocalDate DATE = LocalDate.parse("2024-05-09");

    @Test
    void aNamedAnswerTurnSpeaksForItsWeAndTheQuestionsYouSaysNothing() {
        List<StatementReport> all = Annotated.extract("""
                Press briefing by the Foreign Office Spokesperson

                QUESTION: Are you concerned about the attack on the consulate in Jalalabad?

                SPOKESPERSON: We condemn this cowardly attack in the strongest terms.

                We urge the Afghan authorities to arrest the culprits.""", DATE).statements();

        StatementReport condemnation = StatementAssertions.one(all, StatementType.EXPRESS_CONCERN, "SPOKESPERSON");
        assertThat(condemnation.voice()).isEqualTo(Voice.REPORTED);
        assertThat(condemnation.date()).map(d -> d.iso()).contains("2024-05-09");
        StatementAssertions.addressee(StatementAssertions.one(all, StatementType.DEMAND, "SPOKESPERSON"), "Afghan");
        assertThat(all).as(StatementAssertions.describe(all))
                .noneMatch(s -> s.speaker().mention().equalsIgnoreCase("you"))
                .noneMatch(s -> s.speaker().mention().equalsIgnoreCase("we"));
    }

    @Test
    void aPlainAnswerIsThePersonTheIntroductionNames() {
        List<StatementReport> all = Annotated.extract("""
                We spoke to Abdul Basit Khan, a senior police officer in Peshawar, after the bombing.

                Q: Who was behind the blast?
                A: We are committed to finding those who planned it, and we will not rest until they are arrested.""",
                DATE).statements();

        StatementReport promise = StatementAssertions.one(all, StatementType.COMMIT, "Abdul Basit Khan");
        assertThat(promise.voice()).isEqualTo(Voice.REPORTED);
    }

    @Test
    void aDatelineIsNoSpeakerWhereThereAreNoQuestions() {
        List<StatementReport> all = Annotated.extract("""
                PESHAWAR: The provincial government should compensate the families of the victims, we believe.""",
                DATE).statements();

        assertThat(all).as(StatementAssertions.describe(all))
                .noneMatch(s -> s.speaker().mention().equals("PESHAWAR"));
    }
}
