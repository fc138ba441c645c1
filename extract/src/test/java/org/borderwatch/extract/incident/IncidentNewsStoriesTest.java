package org.borderwatch.extract.incident;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.IncidentType;
import org.junit.jupiter.api.Test;

/**
 * Whole stories, where one event is told over several sentences and others are told beside it: a toll
 * that rises, a claim in its own sentence, a denied claim, a separate arrest, a dateline's place.
 */
class IncidentNewsStoriesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 14);

    @Test
    void aRisingTollUpdatesTheEventAndADeniedClaimNamesNoOne() {
        AnnotatedDocument story = SharedAnnotator.annotate("QUETTA, May 12: At least 25 people were killed and "
                + "40 others injured when a bomb exploded near a passenger bus in Quetta on Sunday, police said. "
                + "The blast ripped through the bus as it was leaving the terminal. Police said the death toll rose "
                + "to 28 later in the evening. No group has claimed responsibility for the attack.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .type(IncidentType.BOMBING)
                .date("2024-05-12")
                .placesExactly("Quetta")
                .killed("28")
                .injured("40")
                .noPerpetrators()
                .check();
    }

    @Test
    void aSeparateArrestIsItsOwnIncidentAndTheDatelineIsNoPlace() {
        AnnotatedDocument story = SharedAnnotator.annotate("PESHAWAR: Two soldiers were martyred and three "
                + "militants were killed in an exchange of fire in North Waziristan on Thursday, the ISPR said. "
                + "Separately, police arrested five suspects in a raid in Peshawar.", DAY);

        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(story, 2);
        incidents.get(0).type(IncidentType.CLASH).date("2024-05-09").placesExactly("North Waziristan").killed("5")
                .captured("-").check();
        incidents.get(1).type(IncidentType.ARREST).placesExactly("Peshawar").captured("5").killed("-").check();
    }

    @Test
    void theOtherSidesDeadInTheFightAreMoreDeadAndAReactionNamesNoPlace() {
        AnnotatedDocument story = SharedAnnotator.annotate("Six policemen were martyred when militants stormed "
                + "a police station in Lakki Marwat district on Monday night, officials said. Police killed three of "
                + "the attackers in the exchange of fire that followed. Iran's foreign ministry condemned the attack "
                + "and urged Afghanistan to act against the militants.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .placesExactly("Lakki Marwat district")
                .killed("9")
                .check();
    }

    @Test
    void anOperationLaunchedInResponseThatTellsNothingIsNoIncident() {
        AnnotatedDocument story = SharedAnnotator.annotate("Armed men abducted four engineers from a construction "
                + "site in Kurram district on Tuesday, police said. A spokesman said a search operation had been "
                + "launched and vowed that the kidnappers would be caught.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.KIDNAPPING).captured("4").check();
    }

    @Test
    void whereTheAttackersCameFromIsNotThePlaceAndAColonDatelineIsNotTheSubject() {
        AnnotatedDocument story = SharedAnnotator.annotate("PESHAWAR: Militants from Afghanistan attacked a "
                + "border post in Bajaur on Saturday, killing two soldiers, the military said.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .placesExactly("Bajaur")
                .perpetrator("Militants", Attribution.ATTRIBUTED)
                .killed("2")
                .check();
    }

    @Test
    void anEventOnlyReferredToWithNothingToTellIsNoIncident() {
        AnnotatedDocument story = SharedAnnotator.annotate("The prime minister promised the families that the "
                + "killers would be brought to justice and announced a judicial inquiry into the attack.", DAY);

        IncidentAssertions.incidentsOf(story, 0);
    }

    @Test
    void anAmbushInALeadersRecordAddsNoDeadToTheOperation() {
        AnnotatedDocument story = SharedAnnotator.annotate("Afghan and coalition forces targeted a Taliban leader "
                + "in Kunduz province yesterday, killing three insurgents. The leader also directed a recent ambush "
                + "that killed two German soldiers.", DAY);

        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(story, 2);
        incidents.get(0).type(IncidentType.SECURITY_OPERATION).killed("3").check();
        incidents.get(1).type(IncidentType.ARMED_ASSAULT).killed("2").check();
    }

    @Test
    void aClaimInTheNextSentenceJoinsTheEvent() {
        AnnotatedDocument story = SharedAnnotator.annotate("A roadside bomb killed three soldiers and injured "
                + "five others in Kech district on Tuesday. The BLA claimed responsibility for the attack.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .type(IncidentType.IED)
                .place("Kech district")
                .killed("3")
                .injured("5")
                .perpetrator("BLA", Attribution.CLAIMED)
                .evidenceCount(2)
                .check();
    }

    @Test
    void aStateNamedWithTheStrikesIsAttributedByTheSpeaker() {
        AnnotatedDocument story = SharedAnnotator.annotate("Afghanistan's Taliban government said on Monday "
                + "that Pakistani air strikes had killed eight people, including women and children, in Khost and "
                + "Paktika provinces.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .type(IncidentType.AIRSTRIKE)
                .date(null) // Monday dates the statement, not the strikes
                .killed("8")
                .perpetrator("Pakistani", Attribution.ATTRIBUTED, "Taliban government")
                .check();
    }

    @Test
    void aPressReleaseHeaderLendsNoDateAndItsLeadSetsThePlaceAndNight() {
        // the title's day is the release's; its number "2010-02-CA-082" is no date of the event
        AnnotatedDocument release = SharedAnnotator.annotate("Feb. 17: Afghan-ISAF Operations in Southern "
                + "Afghanistan\nNEWS RELEASE ISAF Joint Command - Afghanistan 2010-02-CA-082 For Immediate Release\n\n"
                + "In Helmand province last night, a joint security force searched a compound near the village of "
                + "Nad Ali. During the search the force detained several militants.", LocalDate.of(2010, 2, 17));

        IncidentAssertions.onlyIncidentOf(release)
                .type(IncidentType.ARREST)
                .date("2010-02-16")
                .place("Helmand province")
                .captured("3..9 (best 4)")
                .check();
    }

    @Test
    void aClaimForAKillingReportsTheKillingEvenBeforeItIsTold() {
        // a headline whose killing the parser cannot read still says a group claimed one
        AnnotatedDocument headline = SharedAnnotator.annotate(
                "Lashkar-e-Jhangvi claims responsibility for killing cleric", LocalDate.of(2014, 3, 1));
        IncidentAssertions.incidentsOf(headline, 1).get(0).type(IncidentType.ATTACK)
                .perpetrator("Lashkar-e-Jhangvi", Attribution.CLAIMED).check();

        AnnotatedDocument story = SharedAnnotator.annotate("The TTP claimed responsibility for the attack. Gunmen "
                + "shot dead a police officer in Peshawar on Monday, police said.", LocalDate.of(2014, 3, 1));
        IncidentAssertions.incidentsOf(story, 1).get(0).type(IncidentType.TARGETED_KILLING).killed("1")
                .perpetrator("TTP", Attribution.CLAIMED).check();

        AnnotatedDocument statement = SharedAnnotator.annotate(
                "The TTP claimed responsibility for the statement.", LocalDate.of(2014, 3, 1));
        IncidentAssertions.incidentsOf(statement, 0);
    }

    @Test
    void aSummingUpOfSeparateOperationsIsNotAnIncidentOfItsOwn() {
        // the lead sums up the operations the release then tells one by one: its "several" killed and
        // "numerous" detained are those events' people, not more people
        AnnotatedDocument release = SharedAnnotator.annotate("KABUL, Afghanistan (Jan. 24, 2011) – Several "
                + "insurgents were killed and numerous others were detained by Afghan and coalition forces during "
                + "separate clearing and security operations in southern Afghanistan over the past 24 hours. In "
                + "Helmand province, several insurgents tried to enter an observation post in Sangin district. "
                + "Coalition forces engaged the enemy position, killing one insurgent.", LocalDate.of(2011, 1, 24));

        // the sentence before the killing sets its scene: no event of its own, but the place
        IncidentAssertions.incidentsOf(release, 1).get(0).type(IncidentType.SECURITY_OPERATION).killed("1")
                .captured("-").place("Helmand province").place("Sangin district").check();
    }

    @Test
    void anotherOperationIsAFurtherIncidentNotASummingUp() {
        AnnotatedDocument release = SharedAnnotator.annotate("In other operations, an Afghan-international security "
                + "force in Paktya killed several militants today, including a Taliban commander responsible for "
                + "several IED attacks.", LocalDate.of(2009, 12, 23));

        IncidentAssertions.onlyIncidentOf(release).type(IncidentType.SECURITY_OPERATION).killed("3..9 (best 4)").check();
    }

    @Test
    void aPlaceRunIntoTheForceThatActedIsStillThePlace() {
        // no comma after the province: the parser makes it a modifier of the forces
        AnnotatedDocument release = SharedAnnotator.annotate("In Panjwa’i district, Kandahar province Afghan and "
                + "coalition forces captured the top Taliban military leader, yesterday.", LocalDate.of(2011, 3, 21));

        IncidentAssertions.onlyIncidentOf(release).type(IncidentType.ARREST).place("Kandahar province")
                .perpetrator("Afghan and coalition forces", Attribution.UNKNOWN).check();
    }

    @Test
    void aDispatchThatSaysOnlyRecentlyDatesItsEventToItsDay() {
        // "recently" (TIMEX PAST_REF) points at no other day: the dispatch's day still dates the arrest
        AnnotatedDocument dispatch = SharedAnnotator.annotate("KABUL, Afghanistan (Aug. 14) - Two insurgents were "
                + "detained in an operation in Kajaki district, Helmand province. Most recently, one of them had "
                + "been receiving bomb components from Pakistan.", LocalDate.of(2010, 8, 14));

        IncidentAssertions.incidentsOf(dispatch, 1).get(0).type(IncidentType.ARREST).date("2010-08-14").check();
    }

    @Test
    void aDispatchThatDatesAnotherEventLeavesItsUndatedEventUndated() {
        // with no time in the story the dispatch's day would date the arrest; "in 2010" says the
        // story also tells the past, so the arrest's day is unknown
        AnnotatedDocument dispatch = SharedAnnotator.annotate("KABUL, Afghanistan (March 3, 2011) – An Afghan and "
                + "coalition security force detained two suspected insurgents in Nawa district, Helmand province. "
                + "The insurgents had attacked a checkpoint in the district in 2010.", LocalDate.of(2011, 3, 3));

        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(dispatch, 2);
        incidents.get(0).type(IncidentType.ARREST).captured("2").date(null).check();
        incidents.get(1).type(IncidentType.ATTACK).date("2010").check();
    }

    @Test
    void suspectedPerpetratorsAreSuspected() {
        AnnotatedDocument story = SharedAnnotator.annotate("Suspected militants shot dead two policemen "
                + "guarding a polio vaccination team in Bajaur on Wednesday.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .killed("2")
                .perpetrator("militants", Attribution.SUSPECTED)
                .check();
    }

    @Test
    void theKidnappedAreVictimsByNationalityThoughNoneWasKilled() {
        AnnotatedDocument story = SharedAnnotator.annotate("Gunmen abducted four Chinese engineers and their two "
                + "Pakistani guards near Dera Ismail Khan on Tuesday, police said.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .type(IncidentType.KIDNAPPING)
                .captured("6")
                .captives("engineers", "Chinese", 4)
                .captives("guards", "Pakistani", 2)
                .check();
    }

    @Test
    void theDetainedAreVictimsOfAnArrest() {
        AnnotatedDocument story = SharedAnnotator.annotate("Police arrested three Afghan nationals in Quetta on "
                + "Monday for their suspected links with a banned outfit.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .type(IncidentType.ARREST)
                .captives("nationals", "Afghan", 3)
                .check();
    }

    @Test
    void hostagesTakenAreVictimsAndAGroupWithArmyInItsNameClaimsTheSameAttack() {
        AnnotatedDocument story = SharedAnnotator.annotate("Militants stormed a passenger train in Bolan district "
                + "on Tuesday and took more than 400 passengers hostage, officials said. The Balochistan Liberation "
                + "Army claimed responsibility for the attack.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .captured("401.. (best 401)")
                .perpetrator("Balochistan Liberation Army", Attribution.CLAIMED)
                .check();
        IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate(
                        "Gunmen took three Chinese engineers hostage in Gwadar on Monday.", DAY))
                .type(IncidentType.KIDNAPPING)
                .captives("engineers", "Chinese", 3)
                .check();
    }

    @Test
    void theKillingAfterARelativeClauseIsTheBombersNotThePeopleWhoGathered() {
        AnnotatedDocument story = SharedAnnotator.annotate("A suicide bomber blew himself up near a mosque in "
                + "Mastung where people had gathered for a procession, killing at least 52 people and wounding "
                + "dozens.", DAY);

        IncidentAssertions.onlyIncidentOf(story)
                .type(IncidentType.SUICIDE_ATTACK)
                .killed("52.. (best 52)")
                .perpetratorsExactly("suicide bomber")
                .check();
    }

    @Test
    void theBlastTheNextSentenceNamesIsTheOneJustToldWhereverItPlacesIt() {
        AnnotatedDocument story = SharedAnnotator.annotate("TURBAT: A roadside bomb struck a military vehicle in "
                + "Balochistan's Kech district on Wednesday, killing six soldiers including a major, the army said. "
                + "Two other soldiers were wounded in the improvised explosive device blast near Buleda.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.IED).killed("6").injured("2").check();
    }

    @Test
    void whatBecameOfTheAttackersEndsTheAttacksStory() {
        AnnotatedDocument story = SharedAnnotator.annotate("KARACHI: One security guard was injured when two "
                + "attackers opened fire on a convoy carrying Chinese engineers near Port Qasim on Sunday. Police said "
                + "one of the attackers was killed in retaliatory fire while the other was arrested.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.ARMED_ASSAULT).injured("1").killed("1")
                .captured("1").check();
    }

    @Test
    void anOperationStaysAnOperationThroughItsExchangeOfFireAndMartyrdomIsDeath() {
        AnnotatedDocument story = SharedAnnotator.annotate("RAWALPINDI: Security forces killed nine terrorists in "
                + "an intelligence-based operation in the Mir Ali area of North Waziristan district, the military's "
                + "media wing said on Thursday. Weapons were recovered from the slain militants, who were involved in "
                + "numerous attacks against security forces and the killing of innocent civilians, the ISPR said. "
                + "Two soldiers, including a captain, embraced martyrdom during the "
                + "intense exchange of fire, it added.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.SECURITY_OPERATION).killed("11")
                .victims("soldiers", null, 2).check();
    }

    @Test
    void hundredsOfFightersAreThePerpetratorsAndCapturedVehiclesAreNoArrest() {
        AnnotatedDocument story = SharedAnnotator.annotate("GHAZNI, Afghanistan (Reuters) - Hundreds of Taliban "
                + "fighters overran a district headquarters in Afghanistan's eastern Ghazni province on Sunday after two "
                + "days of heavy fighting, killing at least 17 members of the security forces, provincial officials "
                + "said. Taliban spokesman Zabihullah Mujahid said in a statement that the group had captured four "
                + "armoured vehicles.", DAY);

        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.ARMED_ASSAULT).killed("17.. (best 17)")
                .captured("-").perpetrator("Taliban fighters", Attribution.ATTRIBUTED, "officials").check();
    }

    @Test
    void aDateThatNamesATreatyIsNotTheViolationsDate() {
        AnnotatedDocument story = SharedAnnotator.annotate("RAWALPINDI: Indian troops resorted to unprovoked firing "
                + "along the Line of Control on Tuesday, injuring three civilians, the military's media wing said. "
                + "The Foreign Office lodged a strong protest over the ceasefire violation, urging New Delhi to "
                + "respect the 2003 understanding.", DAY);

        IncidentAssertions.onlyIncidentOf(story).date("2024-05-14").injured("3").check();
    }

    @Test
    void thoseWhoTellItAreNotAmongTheDeadAndTheAccuserIsNoPlace() {
        AnnotatedDocument strike = SharedAnnotator.annotate("PESHAWAR, Pakistan (AP) - A suspected U.S. drone fired "
                + "two missiles at a compound in the Shawal valley of South Waziristan on Thursday, killing a senior "
                + "al-Qaeda commander and three of his associates, two Pakistani intelligence officials said.", DAY);
        IncidentAssertions.onlyIncidentOf(strike).type(IncidentType.AIRSTRIKE).killed("4").check();

        AnnotatedDocument blame = SharedAnnotator.annotate("India on Wednesday blamed the Pakistan-based "
                + "Lashkar-e-Taiba for an attack that killed 26 tourists in Pahalgam.", DAY);
        IncidentAssertions.onlyIncidentOf(blame).placesExactly("Pahalgam").killed("26").check();
    }

    @Test
    void aTallyOfBombingsAndTheDayRoadsWillReopenAreNoEvents() {
        IncidentAssertions.noIncidentIn(SharedAnnotator.annotate("Bugti said 14 of the 24 suicide bombings in the "
                + "country this year had been carried out by Afghan nationals.", DAY));
        AnnotatedDocument clash = SharedAnnotator.annotate("PARACHINAR: At least six people were killed and 20 injured "
                + "in clashes between two tribes in Kurram district on Thursday, officials said. The provincial "
                + "government announced that roads closed by the fighting would reopen on Monday.", DAY);
        IncidentAssertions.onlyIncidentOf(clash).date("2024-05-09").killed("6.. (best 6)").check();
    }

    @Test
    void forcesRepulsingTheAttackAddTheIntrudersTheyKilled() {
        AnnotatedDocument story = SharedAnnotator.annotate("RAWALPINDI: Three Pakistani soldiers were killed when "
                + "militants from Afghanistan attacked a border post in the Bajaur district on Friday, the "
                + "Inter-Services Public Relations said. Security forces repulsed the attack and killed five of the "
                + "intruders, it said.", DAY);
        IncidentAssertions.onlyIncidentOf(story).placesExactly("Bajaur district").killed("8").check();
    }

    @Test
    void aCondemnedBombingKeepsThePlaceTheParserHungOnTheVerb() {
        AnnotatedDocument story = SharedAnnotator.annotate("UN Secretary-General Antonio Guterres strongly condemned "
                + "the suicide bombing at a mosque in Peshawar's police lines that killed at least 84 people, his "
                + "spokesman said on Monday.", DAY);
        IncidentAssertions.onlyIncidentOf(story).type(IncidentType.SUICIDE_ATTACK).placesExactly("Peshawar").check();
    }

    @Test
    void theNextSentencePlacesTheEventWithinItsProvince() {
        AnnotatedDocument story = SharedAnnotator.annotate("KABUL: Two senior commanders of the Tehreek-e-Taliban "
                + "Pakistan were shot dead by unknown gunmen in Afghanistan's Kunar province on Tuesday night, sources "
                + "said. The commanders were travelling in a car when they were ambushed near Asadabad.", DAY);
        IncidentAssertions.onlyIncidentOf(story).killed("2").place("Asadabad").check();
    }

    @Test
    void twinBombingsWithOneToldAfterAreTwoEventsAndTheClaimNamesItsPlace() {
        AnnotatedDocument story = SharedAnnotator.annotate("QUETTA: Nearly 40 people were killed and scores wounded in "
                + "two suicide bombings at a religious gathering in Mastung district on Friday, officials said. A second "
                + "blast an hour later struck a mosque in Hangu, killing five worshippers. The Islamic State group later "
                + "claimed the Mastung bombing through its Amaq news agency.", DAY);
        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(story, 2);
        incidents.get(0).placesExactly("Mastung district").killed("36..40 (best 40)")
                .perpetrator("Islamic State group", Attribution.CLAIMED).check();
        incidents.get(1).placesExactly("Hangu").killed("5").noPerpetrators().check();
    }

    @Test
    void whereTheAbductedWorkedAndARangeBetweenTwoNumbers() {
        AnnotatedDocument kidnap = SharedAnnotator.annotate("DERA ISMAIL KHAN: Gunmen who abducted two engineers working "
                + "on a road project in Tank district last week have demanded a ransom, police said.", DAY);
        IncidentAssertions.onlyIncidentOf(kidnap).type(IncidentType.KIDNAPPING).placesExactly("Tank district").check();
        AnnotatedDocument strikes = SharedAnnotator.annotate("Fitrat accused the Pakistani military of carrying out air "
                + "strikes on civilians in Khost province, killing between 10 and 15 people.", DAY);
        IncidentAssertions.onlyIncidentOf(strikes).killed("10..15 (best 12)").check();
    }

    @Test
    void theAccusersCountryIsNoPlaceAndTheDayIsNotTheAccuser() {
        AnnotatedDocument story = SharedAnnotator.annotate("KABUL: Afghanistan's defence ministry on Tuesday accused "
                + "Pakistan of violating its airspace and bombing a market in Paktika province.", DAY);
        IncidentAssertions.onlyIncidentOf(story).placesExactly("Paktika province")
                .perpetrator("Pakistan", Attribution.ATTRIBUTED, "defence ministry").check();
    }

    @Test
    void aClaimOfBothAttacksIsEachOnesAndLaterClaimsAreTheSameDays() {
        AnnotatedDocument both = SharedAnnotator.annotate("Gunmen killed four policemen in Lakki Marwat on Sunday. In a "
                + "separate attack in Tank district, militants torched a police post and killed a constable. The TTP "
                + "claimed responsibility for both attacks.", DAY);
        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(both, 2);
        incidents.get(0).placesExactly("Lakki Marwat").perpetrator("TTP", Attribution.CLAIMED).check();
        incidents.get(1).placesExactly("Tank district").perpetrator("TTP", Attribution.CLAIMED).check();

        AnnotatedDocument later = SharedAnnotator.annotate("Militants kidnapped six labourers in Kech on Sunday. Hours "
                + "later, the BLF claimed responsibility for the kidnapping.", LocalDate.of(2024, 4, 2));
        IncidentAssertions.onlyIncidentOf(later).date("2024-03-31").captured("6")
                .perpetrator("BLF", Attribution.CLAIMED).check();
    }

    @Test
    void anArrestForABombingIsAnArrestAndAHomeIsNoPlaceOfTheEvent() {
        AnnotatedDocument arrest = SharedAnnotator.annotate("A roadside bomb killed two soldiers in Kurram on Monday. "
                + "Later in the day, police arrested three suspects in Parachinar in connection with the bombing.",
                LocalDate.of(2024, 4, 2));
        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(arrest, 2);
        incidents.get(0).type(IncidentType.IED).killed("2").check();
        incidents.get(1).type(IncidentType.ARREST).captured("3").date("2024-04-01").placesExactly("Parachinar").check();

        AnnotatedDocument home = SharedAnnotator.annotate("Sepoy Ali Khan, a resident of Swat, was martyred when "
                + "militants attacked a post in Bajaur on Monday.", LocalDate.of(2024, 4, 2));
        IncidentAssertions.onlyIncidentOf(home).placesExactly("Bajaur").killed("1").check();
    }

    @Test
    void aTrailingReportAttributesAndAnotherAttacksDayIsNotTheRaids() {
        AnnotatedDocument jets = SharedAnnotator.annotate("Pakistani jets struck hideouts in Paktika province on Friday, "
                + "killing eight people, a Taliban spokesman said.", LocalDate.of(2024, 6, 15));
        IncidentAssertions.onlyIncidentOf(jets).type(IncidentType.AIRSTRIKE)
                .perpetrator("Pakistani jets", Attribution.ATTRIBUTED, "spokesman").check();

        AnnotatedDocument raids = SharedAnnotator.annotate("Security forces raided hideouts in Tirah on Friday, killing six "
                + "militants. An official said the raids targeted commanders who were behind a Thursday attack on a "
                + "checkpost in Bara.", LocalDate.of(2024, 6, 15));
        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(raids, 2);
        incidents.get(0).type(IncidentType.SECURITY_OPERATION).date("2024-06-14").killed("6").check();
        incidents.get(1).date("2024-06-13").placesExactly("Bara").check();
    }

    @Test
    void theSidesOfAnExchangeAndTheGroupABomberIsOfAreItsPerpetrators() {
        AnnotatedDocument exchange = SharedAnnotator.annotate("An exchange of fire between Pakistani border forces and "
                + "Afghan border guards at Torkham on Sunday left two soldiers dead.", LocalDate.of(2024, 5, 6));
        IncidentAssertions.onlyIncidentOf(exchange).type(IncidentType.CLASH)
                .perpetratorsExactly("Pakistani border forces", "Afghan border guards").check();

        AnnotatedDocument bomber = SharedAnnotator.annotate("Four soldiers embraced martyrdom when a suicide bomber of "
                + "the khwarij rammed an explosive-laden vehicle into a post in Bannu on Sunday.", LocalDate.of(2025, 3, 3));
        IncidentAssertions.onlyIncidentOf(bomber).type(IncidentType.SUICIDE_ATTACK).killed("4")
                .perpetratorsExactly("khwarij").check();
    }
    @Test
    void anotherEngagementIsAnotherOperationAndARecordOfKillingsIsNoEvent() {
        AnnotatedDocument story = SharedAnnotator.annotate("On 9 May 2024, security forces conducted an operation in "
                + "general area Datta Khel, North Waziristan District. During the operation, five khwarij were sent to "
                + "hell. Havildar Ahmed Khan and Sepoy Ali Raza, having fought gallantly, embraced shahadat. In another "
                + "engagement in general area Spinwam, own troops neutralized three more khwarij, who remained involved "
                + "in numerous terrorist activities as well as target killing of innocent civilians.", DAY);

        List<IncidentAssertions> incidents = IncidentAssertions.incidentsOf(story, 2);
        incidents.get(0).type(IncidentType.SECURITY_OPERATION).place("Datta Khel").killed("7").check();
        incidents.get(1).type(IncidentType.SECURITY_OPERATION).place("Spinwam").killed("3").check();
    }

    @Test
    void aSiteInAnUntaggedTownPlacesTheEvent() {
        AnnotatedDocument story = SharedAnnotator.annotate("Three policemen were martyred on Saturday when "
                + "militants attacked a police station in Tank.", DAY);

        IncidentAssertions.onlyIncidentOf(story).place("Tank").killed("3").check();
    }
}
