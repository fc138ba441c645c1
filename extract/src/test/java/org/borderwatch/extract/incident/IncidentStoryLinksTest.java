package org.borderwatch.extract.incident;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.IncidentType;
import org.junit.jupiter.api.Test;

/**
 * How a story's later words add to the event told, or tell another: a raid claimed by a group, a day
 * counted from the event rather than the report, a killing dated only in the next sentence, a further
 * attack joined to the first by "and", and what is hit that is no attacker.
 */
class IncidentStoryLinksTest {
    /** A Wednesday. */
    private static final LocalDate DAY = LocalDate.of(2024, 10, 16);

    @Test
    void aRaidAGroupClaimsIsTheirAttackNotAnOperation() {
        AnnotatedDocument story = SharedAnnotator.annotate("Twelve policemen were killed when militants attacked a "
                + "police post in the Darazinda area of Dera Ismail Khan on Monday night, officials said. Four "
                + "attackers died in the gunfight. The Hafiz Gul Bahadur group claimed the raid.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.ARMED_ASSAULT).date("2024-10-14")
                .perpetrator("Hafiz Gul Bahadur group", Attribution.CLAIMED).check();
    }

    @Test
    void aKillingToldFirstInADenialIsDatedByTheNextSentence() {
        AnnotatedDocument story = SharedAnnotator.annotate("The banned group denied any hand in the murder of a "
                + "tribal elder in North Waziristan. Police said the elder was gunned down outside a mosque on "
                + "Monday morning.", DAY);

        IncidentAssertions.onlyIncidentOf(story).date("2024-10-14").place("North Waziristan").check();
    }

    @Test
    void aDayCountedFromTheEventIsNotTheReportsDay() {
        AnnotatedDocument story = SharedAnnotator.annotate("Seven soldiers were killed when militants stormed a "
                + "checkpoint in Kurram on Sunday. A policeman was also shot dead in a separate attack in Hangu the "
                + "same day. A day later, a roadside bomb killed two labourers in Bannu.", DAY);

        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(story, 3);
        incidents.get(0).place("Kurram").date("2024-10-13").check();
        incidents.get(1).place("Hangu").date("2024-10-13").check();
        incidents.get(2).place("Bannu").date("2024-10-14").check();
    }

    @Test
    void aFurtherAttackJoinedByAndIsItsOwnIncident() {
        AnnotatedDocument story = SharedAnnotator.annotate("Polling day was marred by violence: a soldier was killed "
                + "in Kech when gunmen fired on a patrol, and a grenade attack on a polling station in Kharan "
                + "wounded two voters.", DAY);

        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(story, 2);
        incidents.get(0).placesExactly("Kech").check();
        incidents.get(1).placesExactly("Kharan").check();
    }

    @Test
    void aNounTaggedAsAnAdjectiveStillPlacesTheBlast() {
        AnnotatedDocument story = SharedAnnotator.annotate("A bomb blast at a seminary in Shabqadar on Thursday "
                + "killed four students, police said.", DAY);

        IncidentAssertions.onlyIncidentOf(story).killed("4").place("Shabqadar").check();
    }

    @Test
    void whatWasHitIsNoPerpetratorAndAircraftThatStruckMadeAnAirstrike() {
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("A roadside bomb exploded as an army truck "
                + "passed through the Mamund area of Bajaur on Tuesday, wounding three soldiers.", DAY))
                .type(IncidentType.IED).injured("3").noPerpetrators().check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Military jets struck militant hideouts in the "
                + "Tirah valley on Sunday, killing 15 insurgents, officials said.", DAY))
                .type(IncidentType.AIRSTRIKE).killed("15").check();
    }

    @Test
    void aDealStruckIsNoAttack() {
        IncidentAssertions.noIncidentIn(SharedAnnotator.annotate("Tribal elders struck a deal with the district "
                + "administration in Kurram on Monday to reopen the Thall-Parachinar road.", DAY));
    }

    @Test
    void aSchoolTorchedIsAnAttackWithNoDead() {
        AnnotatedDocument story = SharedAnnotator.annotate("Militants torched a government school in the Datta Khel "
                + "area of North Waziristan on Monday night, police said.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.ATTACK).date("2024-10-14").place("North Waziristan")
                .perpetrator("Militants", Attribution.ATTRIBUTED, "police").check();
    }

    @Test
    void theFireAnOperationMetAndItsTollToldAgainAreTheOperation() {
        AnnotatedDocument release = SharedAnnotator.annotate("In Nad Ali district, Helmand province, a coalition "
                + "patrol killed three insurgents during a clearing operation today. As the patrol moved through the area, insurgents attacked it "
                + "with small-arms fire. The patrol returned fire and called in artillery, killing three insurgents.", DAY);

        IncidentAssertions.onlyIncidentOf(release).type(IncidentType.SECURITY_OPERATION).killed("3")
                .place("Helmand province").check();
    }

    @Test
    void whereAVehicleHitWasGoingPlacesTheBlast() {
        AnnotatedDocument story = SharedAnnotator.annotate("A roadside bomb ripped through a van carrying pilgrims in "
                + "the Tirah valley of Khyber district on Sunday, killing six people.", DAY);

        IncidentAssertions.onlyIncidentOf(story).killed("6").place("Khyber district").check();
    }

    @Test
    void fireThatCrossesTheBorderIsACrossBorderStrikeButFleeingAcrossIsNot() {
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Afghan forces fired more than 50 mortar rounds into "
                + "Pakistan's Kurram district on Sunday, wounding six civilians.", DAY))
                .type(IncidentType.CROSS_BORDER_STRIKE).injured("6").check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Terrorists fired on a border post in Bajaur from "
                + "inside Afghanistan on Tuesday, martyring two soldiers.", DAY))
                .type(IncidentType.CROSS_BORDER_STRIKE).killed("2").check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("The militants fled into Afghanistan after the attack "
                + "on the checkpost in Chitral on Monday that killed three soldiers.", DAY))
                .type(IncidentType.ATTACK).killed("3").check();
    }

    @Test
    void jetsThatPoundHideoutsMakeAnAirstrikeAndTheDeadLeftAreAllCounted() {
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Fighter jets pounded militant hideouts in the Tirah "
                + "valley on Friday, killing at least 12 insurgents, officials said.", DAY))
                .type(IncidentType.AIRSTRIKE).killed("12.. (best 12)").check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Fighting in Qaisar district has left at least 23 "
                + "insurgents and five soldiers dead.", DAY)).killed("28.. (best 28)").check();
    }
}
