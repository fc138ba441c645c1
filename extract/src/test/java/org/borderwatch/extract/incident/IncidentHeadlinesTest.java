package org.borderwatch.extract.incident;

import java.time.LocalDate;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.incident.IncidentType;
import org.junit.jupiter.api.Test;

/**
 * Headlines, whose missing articles and auxiliaries the parser misreads: who is dead, who did it,
 * and that an event named as the subject ("Indian shelling kills one") is no one.
 */
class IncidentHeadlinesTest {
    private static final LocalDate DAY = LocalDate.of(2014, 1, 20);

    private static IncidentAssertions only(String headline) {
        AnnotatedDocument document = SharedAnnotator.annotate(headline, DAY);
        return IncidentAssertions.onlyIncidentOf(document);
    }

    @Test
    void aGuardShotDeadIsTheDeadNotTheKillerNorWhomHeGuarded() {
        only("Policeman guarding polio workers shot dead in Karachi")
                .killed("1").victims("policeman", null, 1).noPerpetrators().check();
        only("Two soldiers guarding checkpost martyred in North Waziristan attack")
                .killed("2").victims("soldiers", null, 2).check();
    }

    @Test
    void theDeadOfAHeadlinePassiveAreNotItsPerpetrators() {
        only("Four policemen shot dead in southern Pakistan").killed("4").noPerpetrators().check();
        only("Suicide bomber shot dead by Pakistan security forces")
                .killed("1").perpetratorsExactly("Pakistan security forces").check();
    }

    @Test
    void anEventNamedAsTheSubjectIsTheSideItsModifierNames() {
        only("Indian shelling kills one in Pakistani Kashmir")
                .type(IncidentType.SHELLING).killed("1").perpetratorsExactly("Indian").check();
        only("Pakistan army operation kills eight suspected militants")
                .killed("8").perpetratorsExactly("Pakistan army").check();
        only("Pakistan clash kills three soldiers, 10 militants").killed("13").noPerpetrators().check();
        only("Pakistan train bombing kills 13").killed("13").noPerpetrators().check();
        only("Bomb targeting senior judge kills 6 in Pakistan").killed("6").noPerpetrators().check();
    }

    @Test
    void aSuicideBomberNamesAnEventButIsSomeone() {
        only("Suicide bomber kills eight in Pakistan").killed("8").perpetratorsExactly("Suicide bomber").check();
    }

    @Test
    void aHeadlinesPlaceIsItsEventsWhicheverClauseItHangsOn() {
        only("At least 232 militants killed, 20 hideouts destroyed in North Waziristan - paper")
                .killed("232.. (best 232)").placesExactly("North Waziristan").check();
    }

    @Test
    void peopleWithTheirOwnParticipleAreCountedByIt() {
        only("One Civilian Killed, 18 Others Injured In Kashmir Clashes").killed("1").injured("18").check();
    }

    @Test
    void theAttackersOfAFoiledAttackStillDied() {
        only("Attack on military camp foiled, 2 suicide bombers dead").killed("2").check();
    }

    @Test
    void aPlaceTaggedAsAPersonIsStillWhereItHappened() {
        only("5 militants killed in Pak's Nankana Sahib").killed("5").placesExactly("Nankana Sahib").check();
    }

    @Test
    void aCountryNamedBeforeItsAirStrikesStruck() {
        only("Pakistan air strikes kill 13 militants in North Waziristan")
                .type(IncidentType.AIRSTRIKE).killed("13").perpetratorsExactly("Pakistan")
                .placesExactly("North Waziristan").check();
        only("Pakistan school attack kills 20").killed("20").noPerpetrators().check();
    }

    @Test
    void aNamedSideRightBeforeTheDeedDidItAndPressAbbreviationsNameTheEvent() {
        only("Banned TTP kills three policemen in Lakki Marwat").killed("3").perpetratorsExactly("Banned TTP").check();
        only("Two soldiers martyred, five terrorists killed in Zhob IBO: ISPR")
                .type(IncidentType.SECURITY_OPERATION).killed("7").place("Zhob").check();
        only("Three of family killed as mortar shell hits house in Kurram")
                .type(IncidentType.SHELLING).killed("3").place("Kurram").check();
    }
}
