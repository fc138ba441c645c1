package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.extract.Annotated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A small reference file of statements in general news language, one per row of gold.tsv. */
class GoldStatementsTest {
    static Stream<String[]> rows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/statement/gold.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("rows")
    void findsTheStatement(String sentence, String date, String type, String speaker, String addressee, String condition) {
        List<StatementReport> all = Annotated.extract(sentence, LocalDate.parse(date)).statements();
        StatementReport s = StatementAssertions.one(all, StatementType.valueOf(type), speaker);
        if (addressee.equals("none")) {
            assertThat(s.addressee()).as("addressee of %s", StatementAssertions.describe(List.of(s))).isEmpty();
        } else if (!addressee.equals("-")) {
            StatementAssertions.addressee(s, addressee);
        }
        if (!condition.equals("-")) {
            assertThat(s.condition()).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase(condition));
        }
        assertThat(s.speaker().mention()).as("a date is not part of the speaker").doesNotContain(" on ");
        assertThat(s.evidence()).isNotEmpty();
        assertThat(s.quote()).isNotBlank();
    }

    @Test
    void anEventMisreadAsASubjectSpeaksForNoOne() {
        List<StatementReport> all = Annotated.extract("Chief Minister Sarfraz Bugti blamed India for sponsoring the "
                + "attack, an accusation New Delhi has repeatedly denied.", LocalDate.parse("2024-11-10")).statements();
        assertThat(all).as(StatementAssertions.describe(all))
                .noneMatch(s -> s.speaker().mention().toLowerCase(java.util.Locale.ROOT).contains("attack"));
        StatementAssertions.one(all, StatementType.ATTRIBUTE_RESPONSIBILITY, "Bugti");
    }

    @Test
    void nobodyClaimingAndAnActInAConditionAreNoStatements() {
        LocalDate date = LocalDate.parse("2023-02-01");
        List<StatementReport> unclaimed = Annotated.extract(
                "No group immediately claimed responsibility for the blast.", date).statements();
        assertThat(unclaimed).as(StatementAssertions.describe(unclaimed)).isEmpty();
        List<StatementReport> conditional = Annotated.extract(
                "The government said it was ready to talk if the militants agreed to disarm.", date).statements();
        assertThat(conditional).as(StatementAssertions.describe(conditional))
                .noneMatch(s -> s.speaker().mention().contains("militants"));
        StatementAssertions.one(conditional, StatementType.COMMIT, "government");
        List<StatementReport> unknown = Annotated.extract("Police said it was not immediately clear who was "
                + "behind the attack. The provincial government ordered an inquiry.", date).statements();
        assertThat(unknown).as(StatementAssertions.describe(unknown)).isEmpty();
    }

    @Test
    void beingAttackedOrThreateningIsNoClaim() {
        LocalDate date = LocalDate.parse("2024-03-10");
        List<StatementReport> attacked = Annotated.extract(
                "Police said they were attacked by militants near Bannu.", date).statements();
        assertThat(attacked).as(StatementAssertions.describe(attacked))
                .noneMatch(s -> s.type() == StatementType.CLAIM_RESPONSIBILITY);
        List<StatementReport> threat = Annotated.extract(
                "The TTP said it would attack government installations in Peshawar.", date).statements();
        assertThat(threat).as(StatementAssertions.describe(threat))
                .noneMatch(s -> s.type() == StatementType.CLAIM_RESPONSIBILITY);
    }

    @Test
    void aConcernIsAboutWhatFollowsItsDate() {
        StatementReport concern = StatementAssertions.one(Annotated.extract(
                "The United States expressed concern on Wednesday over the rise in militant attacks in Pakistan "
                        + "and said it would help.", LocalDate.parse("2023-02-01")).statements(),
                StatementType.EXPRESS_CONCERN, "United States");
        assertThat(concern.addressee()).hasValueSatisfying(a -> assertThat(a.mention())
                .isEqualTo("the rise in militant attacks in Pakistan"));
    }

    @Test
    void anActRecommendedIsNotMade() {
        List<StatementReport> all = Annotated.extract("Islamabad should also press Kabul, through diplomatic "
                + "channels, to act against the sanctuaries.", LocalDate.parse("2024-10-16")).statements();
        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.type() == StatementType.DEMAND);
    }

    @Test
    void hideoutsDestroyedAreNewsNotAnAccusationOfHarbouring() {
        List<StatementReport> all = Annotated.extract(
                "The Taliban spokesman confirmed that security forces destroyed their hideouts in Orakzai.",
                LocalDate.parse("2023-02-01")).statements();
        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.type() == StatementType.ACCUSE);
        List<StatementReport> harbouring = Annotated.extract(
                "The spokesman said that Kabul provides hideouts to the militants.",
                LocalDate.parse("2023-02-01")).statements();
        StatementAssertions.one(harbouring, StatementType.ACCUSE, "spokesman");
    }

    @Test
    void theChargeIsPartOfWhatIsAsserted() {
        LocalDate date = LocalDate.parse("2023-02-01");
        StatementReport accusation = StatementAssertions.one(Annotated.extract(
                "The foreign ministry accused India of sponsoring terrorism in Balochistan.", date).statements(),
                StatementType.ACCUSE, "foreign ministry");
        assertThat(accusation.proposition()).contains("sponsoring terrorism");
        StatementReport blame = StatementAssertions.one(Annotated.extract(
                "Officials blamed the Baloch Liberation Army for the attack on the convoy.", date).statements(),
                StatementType.ATTRIBUTE_RESPONSIBILITY, "Officials");
        assertThat(blame.proposition()).contains("attack on the convoy");
        StatementReport agreement = StatementAssertions.one(Annotated.extract(
                "Iran agreed with Pakistan on joint patrols along the border.", date).statements(),
                StatementType.COMMIT, "Iran");
        assertThat(agreement.proposition()).contains("joint patrols").doesNotContain("pakistan");
    }

    @Test
    void newsOfAnAttackOrOfAnOperationIsNoAttributionOrClaim() {
        LocalDate date = LocalDate.parse("2024-10-07");
        List<StatementReport> attacked = Annotated.extract("A convoy carrying Chinese nationals came under attack near "
                + "the Port Qasim area on Sunday, but the three engineers escaped unhurt, police said.", date).statements();
        assertThat(attacked).as(StatementAssertions.describe(attacked))
                .noneMatch(s -> s.type() == StatementType.ATTRIBUTE_RESPONSIBILITY);
        List<StatementReport> operation = Annotated.extract("A day later, security forces said they had killed three "
                + "militants linked to the attack in a raid in the Hoshab area.", date).statements();
        assertThat(operation).as(StatementAssertions.describe(operation))
                .noneMatch(s -> s.type() == StatementType.CLAIM_RESPONSIBILITY);
        List<StatementReport> instead = Annotated.extract("He said Pakistan should solve its internal problems instead "
                + "of blaming its neighbours.", date).statements();
        assertThat(instead).as(StatementAssertions.describe(instead))
                .noneMatch(s -> s.type() == StatementType.ATTRIBUTE_RESPONSIBILITY);
        StatementAssertions.one(instead, StatementType.RECOMMEND, "He");
        List<StatementReport> offer = Annotated.extract("Sharif said his government had offered Kabul a joint "
                + "mechanism to verify complaints about militant sanctuaries.", date).statements();
        assertThat(offer).as(StatementAssertions.describe(offer)).noneMatch(s -> s.type() == StatementType.ACCUSE);
    }

    @Test
    void heIsThePersonWhoSpokeAndTheOneCalledOnDoesNotSpeak() {
        List<StatementReport> all = Annotated.extract("Pakistan vows to continue talks despite attacks\n\n"
                + "ISLAMABAD: Prime Minister Shehbaz Sharif said on Friday that Pakistan would not hesitate to take "
                + "action if attacks from across the border continued. Sharif said his government had offered Kabul "
                + "a joint mechanism to verify complaints. He called on the international community to press the "
                + "Taliban to honour their commitments under the Doha agreement.", LocalDate.parse("2024-10-18"))
                .statements();
        StatementReport call = all.stream().filter(s -> s.type() == StatementType.DEMAND).findFirst().orElseThrow(
                () -> new AssertionError("no demand among:\n" + StatementAssertions.describe(all)));
        assertThat(call.speaker().mention()).as(StatementAssertions.describe(all)).contains("Sharif");
        StatementAssertions.addressee(call, "international community");
        assertThat(all).as(StatementAssertions.describe(all))
                .noneMatch(s -> s.speaker().mention().contains("community"))
                .noneMatch(s -> s.addressee().map(a -> a.mention().contains("ISLAMABAD")).orElse(false));
    }

    @Test
    void twoDemandsInOneSentenceAreTwo() {
        List<StatementReport> all = Annotated.extract("China's embassy in Islamabad demanded a thorough investigation "
                + "and asked Pakistan to punish the perpetrators.", LocalDate.parse("2024-10-07")).statements();
        assertThat(all).as(StatementAssertions.describe(all))
                .anyMatch(s -> s.type() == StatementType.DEMAND && s.addressee().isEmpty()
                        && s.proposition().contains("investigation"))
                .anyMatch(s -> s.type() == StatementType.DEMAND
                        && s.addressee().map(a -> a.mention().equals("Pakistan")).orElse(false)
                        && s.proposition().contains("punish"));
    }

    @Test
    void aPromiseToRefrainIsNoThreatAndDismissedReportsAnswerNoOne() {
        LocalDate date = LocalDate.parse("2024-11-04");
        List<StatementReport> restraint = Annotated.extract("In a statement issued on Sunday, the group said it would "
                + "not target civilians.", date).statements();
        assertThat(restraint).as(StatementAssertions.describe(restraint)).noneMatch(s -> s.type() == StatementType.THREATEN);
        List<StatementReport> briefing = Annotated.extract("Spokesperson Mumtaz Zahra Baloch told reporters that "
                + "Pakistan had asked the Afghan authorities to hand over the leadership of the TTP. She dismissed "
                + "reports that Pakistan was planning a military operation inside Afghanistan as baseless.", date)
                .statements();
        StatementReport denial = StatementAssertions.one(briefing, StatementType.DENY, "Baloch");
        assertThat(denial.addressee()).as(StatementAssertions.describe(briefing)).isEmpty();
    }

    @Test
    void heIsThePersonLastNamedWhenNoPersonSpokeSince() {
        List<StatementReport> all = Annotated.extract("The Afghan Taliban government on Wednesday rejected Pakistan's "
                + "allegation that it was providing sanctuary to the TTP. \"We do not allow anyone to use Afghan soil "
                + "against any country,\" spokesman Zabihullah Mujahid said in a post on X. He said Pakistan should "
                + "solve its internal problems.", LocalDate.parse("2024-12-26")).statements();
        StatementAssertions.one(all, StatementType.RECOMMEND, "Mujahid");
    }

    @Test
    void theEditorialsItIsWhomItAddressedBeforeAndSolidarityIsNotWhatWasCalledFor() {
        LocalDate date = LocalDate.parse("2024-10-18");
        List<StatementReport> editorial = Annotated.extract("The government must not treat these attacks as isolated "
                + "incidents. It should take parliament into confidence and lay out a clear strategy. It should be "
                + "noted that the attacks have grown.", date).statements();
        assertThat(editorial).as(StatementAssertions.describe(editorial))
                .filteredOn(s -> s.type() == StatementType.RECOMMEND).hasSize(2)
                .allSatisfy(s -> StatementAssertions.addressee(s, "government"));
        StatementReport call = StatementAssertions.one(Annotated.extract("The Secretary-General called for those "
                + "responsible to be brought to justice and expressed his solidarity with the people and government of "
                + "Pakistan.", date).statements(), StatementType.DEMAND, "Secretary-General");
        assertThat(call.proposition()).contains("justice").doesNotContain("solidarity");
        assertThat(call.addressee()).isEmpty();
    }

    @Test
    void notBeingIntimidatedDeniesNothing() {
        List<StatementReport> all = Annotated.extract("The government said it would not be intimidated and vowed to "
                + "defeat the militants.", LocalDate.parse("2022-11-28")).statements();
        assertThat(all).as(StatementAssertions.describe(all)).noneMatch(s -> s.type() == StatementType.DENY);
    }
}
