package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Perpetrator;
import org.junit.jupiter.api.Test;

/** Who did it, as the statements after the incident tell it. */
class AttributionsTest {
    private static final LocalDate DATE = LocalDate.parse("2024-10-16");

    @Test
    void aNamedSpeakerBlamingAGroupAttributesTheIncidentToIt() {
        Extraction story = Annotated.extract("A roadside bomb killed four policemen in Dera Bugti on Monday. The "
                + "district police officer blamed the Baloch Republican Army for the attack.", DATE);

        assertThat(story.incidents()).hasSize(1);
        assertThat(story.incidents().get(0).perpetrators()).anySatisfy(p -> {
            assertThat(p.mention()).contains("Baloch Republican Army");
            assertThat(p.attribution()).isEqualTo(Attribution.ATTRIBUTED);
            assertThat(p.attributedBy()).contains("police officer");
        });
    }

    @Test
    void hallmarksOnlySuspectAndAPassiveClaimClaims() {
        Extraction hallmarks = Annotated.extract("A bomb hidden in a handcart injured nine people in Mardan on Tuesday. "
                + "A provincial spokesman said the blast bore the hallmarks of the TTP.", DATE);
        Extraction claimed = Annotated.extract("Six soldiers were killed in an ambush in Turbat on Monday. The ambush "
                + "was claimed by the Baloch Liberation Front.", DATE);

        assertThat(hallmarks.incidents().get(0).perpetrators()).extracting(Perpetrator::attribution)
                .contains(Attribution.SUSPECTED).doesNotContain(Attribution.ATTRIBUTED);
        assertThat(claimed.incidents()).hasSize(1);
        hasPerpetrator(claimed, "Baloch Liberation Front", Attribution.CLAIMED);
    }

    @Test
    void aStrongerStatusIsKeptAndADeniedAttributionAddsNoOne() {
        assertThat(Attribution.CLAIMED.strongerThan(Attribution.ATTRIBUTED)).isTrue();
        assertThat(Attribution.SUSPECTED.strongerThan(Attribution.ATTRIBUTED)).isFalse();
        Extraction denied = Annotated.extract("Gunmen killed two Levies men in Kalat on Monday. Officials did not "
                + "blame the BLA for the attack.", DATE);
        assertThat(denied.incidents().get(0).perpetrators()).noneMatch(p -> p.mention().contains("BLA"));
    }

    @Test
    void theSpeakerWhoToldOfTheBlastIsNoPerpetratorAndTheDeviceIsTheBlasts() {
        Extraction story = Annotated.extract("KABUL (Reuters) - A roadside bomb tore through a minibus carrying "
                + "wedding guests in the Nahr-e Saraj district of southern Helmand province on Monday, killing 14 "
                + "civilians, a provincial spokesman said. Ghulam Farooq Sarhadi, spokesman for the Helmand governor, "
                + "blamed the Taliban for planting the device.", DATE);

        assertThat(story.incidents()).hasSize(1);
        assertThat(story.incidents().get(0).perpetrators()).noneMatch(p -> p.mention().contains("spokesman"))
                .anySatisfy(p -> {
                    assertThat(p.mention()).contains("Taliban");
                    assertThat(p.attribution()).isEqualTo(Attribution.ATTRIBUTED);
                });
    }

    @Test
    void peopleDescribedRatherThanASideNamedAreNoPerpetrator() {
        assertThat(Annotated.seed().incidents()).allSatisfy(i -> assertThat(i.perpetrators())
                .noneMatch(p -> p.mention().contains("suspects")));
    }

    @Test
    void anIedNamedInCapitalsLinksTheBlastToo() {
        Extraction story = Annotated.extract("A roadside bomb killed three soldiers in Kurram on Monday. Officials "
                + "blamed the Lashkar-e-Islam for planting the IED.", DATE);

        assertThat(story.incidents()).hasSize(1);
        hasPerpetrator(story, "Lashkar-e-Islam", Attribution.ATTRIBUTED);
    }

    @Test
    void theGroupTheDoersAreOfIsTheirsAndABeliefOnlySuspects() {
        Extraction members = Annotated.extract("Gunmen stormed a checkpost in Tank on Sunday, killing two policemen. "
                + "Officials said the attackers were members of the Tehreek-i-Taliban Pakistan.", DATE);
        Extraction belief = Annotated.extract("Two labourers were kidnapped in Kech on Sunday. Police believe the "
                + "kidnappers belonged to the Balochistan Liberation Front.", DATE);

        hasPerpetrator(members, "Tehreek-i-Taliban Pakistan", Attribution.ATTRIBUTED);
        hasPerpetrator(belief, "Balochistan Liberation Front", Attribution.SUSPECTED);
    }

    @Test
    void aClaimOfItAndAClaimedParticipleClaimTheAttackTold() {
        Extraction it = Annotated.extract("Gunmen attacked a van carrying Chinese engineers in Karachi on Tuesday, "
                + "killing two. The BLA said in an emailed statement that its Majeed Brigade had carried it out.", DATE);
        Extraction participle = Annotated.extract("The attack on Chinese engineers near Gwadar, claimed by the BLA, "
                + "should worry everyone.", DATE);

        for (Extraction story : List.of(it, participle)) {
            assertThat(story.incidents()).hasSize(1);
            hasPerpetrator(story, "BLA", Attribution.CLAIMED);
        }
    }

    /** The first incident has a perpetrator whose mention contains the name, with that status. */
    private static void hasPerpetrator(Extraction story, String name, Attribution status) {
        assertThat(story.incidents().get(0).perpetrators()).as(story.incidents().toString()).anySatisfy(p -> {
            assertThat(p.mention()).contains(name);
            assertThat(p.attribution()).isEqualTo(status);
        });
    }
}
