package org.borderwatch.extract.incident;

import java.time.LocalDate;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.IncidentType;
import org.junit.jupiter.api.Test;

/**
 * Stories in the manner of the Pakistani press and the military's media wing: a rising toll explained
 * by later deaths, a claim in a relative clause, a rank run into a soldier's name, a day part, a
 * passenger bus stopped and its travellers shot.
 */
class IncidentPressReportsTest {
    /** A Wednesday. */
    private static final LocalDate DAY = LocalDate.of(2024, 10, 16);

    @Test
    void theDeathsThatRaiseATollAreInItAndTheBomberFiringIsPartOfTheBombing() {
        AnnotatedDocument story = SharedAnnotator.annotate("PESHAWAR: The death toll from Friday's suicide bombing "
                + "at a mosque in the Koocha Risaldar area rose to 63 on Sunday after four more injured worshippers "
                + "died in hospital. A police official said the bomber opened fire on policemen guarding the entrance "
                + "before detonating his explosives vest inside the main hall. More than 190 people were wounded in "
                + "the blast, which the Islamic State Khorasan Province claimed.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.SUICIDE_ATTACK).date("2024-10-11").killed("63")
                .injured("191.. (best 191)").place("Koocha Risaldar area")
                .perpetrator("Islamic State Khorasan Province", Attribution.CLAIMED).check();
    }

    @Test
    void nineOfThemShotDeadAreNineNotEighteen() {
        AnnotatedDocument story = SharedAnnotator.annotate("QUETTA: Gunmen stopped a passenger bus on the highway "
                + "near Kalat late on Monday night, checked the identity cards of the travellers and shot dead nine "
                + "of them, officials said.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.ARMED_ASSAULT).date("2024-10-14").killed("9")
                .place("Kalat").perpetrator("Gunmen", Attribution.ATTRIBUTED, "officials").check();
    }

    @Test
    void whoShotAVictimDeadIsThePerpetrator() {
        AnnotatedDocument story = SharedAnnotator.annotate("A vaccinator was shot dead by two motorcyclists in "
                + "Bajaur district on Tuesday, police said.", DAY);

        IncidentAssertions.onlyIncidentOf(story).killed("1")
                .perpetrator("two motorcyclists", Attribution.ATTRIBUTED, "police").check();
    }

    @Test
    void aSoldierWhoEmbracedShahadatIsCountedWithTheMilitantsKilled() {
        AnnotatedDocument release = SharedAnnotator.annotate("RAWALPINDI: Security forces conducted an "
                + "intelligence-based operation in the Mir Ali area of North Waziristan district on the night of "
                + "October 14, the ISPR said. Six khwarij were killed. During the exchange of fire, Naik Ahmed Khan "
                + "embraced shahadat, the ISPR said.", DAY);

        IncidentAssertions.onlyIncidentOf(release).type(IncidentType.SECURITY_OPERATION).date("2024-10-14")
                .killed("7").check();
    }

    @Test
    void anAttackRepulsedInAGunfightIsAnArmedAssaultDatedByItsDayPart() {
        AnnotatedDocument story = SharedAnnotator.annotate("DERA ISMAIL KHAN: Militants attacked the Kulachi police "
                + "station with hand grenades in the early hours of Tuesday, killing three policemen and wounding "
                + "five others, police said. The attackers were repulsed after a two-hour gunfight.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.ARMED_ASSAULT).date("2024-10-15").killed("3")
                .injured("5").check();
    }

    @Test
    void anOfficialAndHisGuardsAreAllTakenAndWhereHeWasGoingIsNoPlace() {
        AnnotatedDocument story = SharedAnnotator.annotate("ZHOB: Armed men kidnapped an assistant commissioner and "
                + "two of his guards from Zhob district on Saturday, Levies officials said. The official was "
                + "travelling to Quetta when his vehicle was intercepted. A search operation has been launched.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.KIDNAPPING).captured("3").placesExactly("Zhob district")
                .check();
    }

    @Test
    void stateStrikesOfADayOrCondemnedInAPlaceAreEventsNotAKind() {
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Pakistani air strikes hit Paktika province on "
                + "Monday.", DAY)).type(IncidentType.AIRSTRIKE).date("2024-10-14").place("Paktika province").check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("The Taliban government condemned air strikes in "
                + "Khost province.", DAY)).type(IncidentType.AIRSTRIKE).place("Khost province").check();
        IncidentAssertions.noIncidentIn(SharedAnnotator.annotate("Attacks on security forces have increased in "
                + "recent months.", DAY));
    }

    @Test
    void aMilitantsRecordOfAssassinationsIsNoEvent() {
        IncidentAssertions.noIncidentIn(SharedAnnotator.annotate("The individual was involved in planning and "
                + "conducting assassinations targeting officials in Kandahar city. He met Taliban leaders in Quetta "
                + "to coordinate assassinations and attack plans.", DAY));
    }

    @Test
    void theVictimHungOnDeadIsStillTheVictimNotTheGunmen() {
        AnnotatedDocument story = SharedAnnotator.annotate("PESHAWAR: Unidentified gunmen on Thursday shot dead a "
                + "senior lawyer outside the district courts in Peshawar, police said.", DAY);

        IncidentAssertions.onlyIncidentOf(story).killed("1").victims("lawyer", null, 1)
                .perpetrator("Unidentified gunmen", Attribution.ATTRIBUTED, "police").check();
    }

    @Test
    void oneLeftDeadAndOthersInjuredAreOneDead() {
        AnnotatedDocument story = SharedAnnotator.annotate("QUETTA: A grenade attack on a shop in the Sariab area "
                + "left one person dead and six others injured on Friday evening.", DAY);

        IncidentAssertions.onlyIncidentOf(story).date("2024-10-11").killed("1").injured("6").check();
    }

    @Test
    void aGroupSayingItsUnitDidItClaimsTheAttack() {
        AnnotatedDocument story = SharedAnnotator.annotate("KARACHI: Two Chinese nationals were killed when a "
                + "suicide bomber rammed a vehicle into their convoy near the airport on Sunday night. The Baloch "
                + "Liberation Army said its Majeed Brigade had carried out the attack.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.SUICIDE_ATTACK).killed("2")
                .perpetrator("Baloch Liberation Army", Attribution.CLAIMED).check();
    }

    @Test
    void aDeniedInvolvementStillToldTheBombingAndALaterBareClaimOwnsIt() {
        AnnotatedDocument story = SharedAnnotator.annotate("PESHAWAR: The TTP denied any involvement in the bombing "
                + "of a rally in Bajaur that killed 54 people. The Islamic State group later claimed responsibility "
                + "through its news agency.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.BOMBING).killed("54").place("Bajaur")
                .perpetrator("Islamic State group", Attribution.CLAIMED).check();
    }

    @Test
    void countsHungOnTheWrongWordKeepTheirOwnNumbers() {
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Bomb blast near police van kills two in Quetta; "
                + "10 injured", null)).killed("2").injured("10").check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("Two Levies personnel were martyred and another "
                + "was injured when armed men opened fire on their check post in Turbat on Sunday.", DAY))
                .killed("2").injured("1").check();
    }

    @Test
    void theNextActTaggedANounIsNoVictim() {
        AnnotatedDocument story = SharedAnnotator.annotate("KHUZDAR: A school van was hit by a roadside bomb on "
                + "Wednesday morning, killing three students and the driver and wounding 38 others.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.IED).killed("4").injured("38").check();
    }

    @Test
    void whoExpressesConcernAndWhomItPromisesAreNoPlaces() {
        AnnotatedDocument story = SharedAnnotator.annotate("TEHRAN: Iran's foreign ministry on Thursday expressed "
                + "deep concern over the killing of nine Pakistani labourers in Saravan and promised Islamabad that "
                + "the perpetrators would be punished.", DAY);

        IncidentAssertions.onlyIncidentOf(story).killed("9").placesExactly("Saravan").check();
    }

    @Test
    void aLocalDatelineNamesTheCityOfAQuarterButNotOfADistrict() {
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("QUETTA: A hand grenade thrown at a shop injured "
                + "four people in the Kasi Road area on Tuesday, police said.", DAY)).placesExactly("Kasi Road area", "QUETTA")
                .check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("QUETTA: Gunmen killed two Levies men in Kalat "
                + "district on Tuesday, officials said.", DAY)).placesExactly("Kalat district").check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("KABUL, Afghanistan (Oct. 15, 2024) - Coalition "
                + "forces detained two insurgents in the Shah Wali Kot area today.", DAY)).placesExactly("Shah Wali Kot area")
                .check();
    }

    @Test
    void oneOrTwoPeopleShotDeadAreATargetedKillingAPostAttackedIsNot() {
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("A retired schoolteacher and his son were shot dead "
                + "by unidentified gunmen near their home in Tank on Monday, police said.", DAY))
                .type(IncidentType.TARGETED_KILLING).killed("2").check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("The killing of a journalist in Khuzdar on Monday "
                + "drew protests across the province.", DAY)).type(IncidentType.TARGETED_KILLING).check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate("A policeman was killed when militants opened fire "
                + "on a checkpost in Bannu on Monday.", DAY)).type(IncidentType.ARMED_ASSAULT).killed("1").check();
    }
}
