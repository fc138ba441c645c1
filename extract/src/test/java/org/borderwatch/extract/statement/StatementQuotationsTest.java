package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.extract.Annotated;
import org.junit.jupiter.api.Test;

/** Quoted words: whose they are when the quotation runs on, and a promise to refrain told in a quote. */
class StatementQuotationsTest {
    private static final LocalDate DATE = LocalDate.parse("2024-10-16");

    @Test
    void aQuotationThatRunsOnIsTheQuotedSpeakersNotTheAuthors() {
        List<StatementReport> all = Annotated.extract("\"Our land will never be used against a neighbour,\" the "
                + "Taliban's deputy spokesman Hamdullah Fitrat told reporters on Monday. \"Islamabad should look at "
                + "its own failures instead of accusing Afghanistan.\"", DATE).statements();

        StatementReport advice = StatementAssertions.one(all, StatementType.RECOMMEND, "Fitrat");
        assertThat(advice.voice()).isEqualTo(Voice.REPORTED);
        StatementAssertions.addressee(advice, "Islamabad");
        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.voice() == Voice.AUTHOR);
    }

    @Test
    void theAuthorsOwnWordsAfterAClosedQuotationStayTheAuthors() {
        List<StatementReport> all = Annotated.extract("The minister said \"the talks have failed\". Islamabad "
                + "should now take its case to the United Nations.", DATE).statements();

        StatementReport advice = StatementAssertions.one(all, StatementType.RECOMMEND, "author");
        assertThat(advice.voice()).isEqualTo(Voice.AUTHOR);
    }

    @Test
    void soilNotToBeUsedAgainstANeighbourIsAPromiseInAQuoteToo() {
        List<StatementReport> all = Annotated.extract("\"We will not allow anyone to use Afghan soil against "
                + "Pakistan,\" the Taliban spokesman told a news conference in Kabul.", DATE).statements();

        StatementReport promise = StatementAssertions.one(all, StatementType.COMMIT, "spokesman");
        StatementAssertions.addressee(promise, "Pakistan");
    }
}
