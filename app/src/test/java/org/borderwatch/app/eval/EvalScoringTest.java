package org.borderwatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring arithmetic and gold-set helpers on tiny hand-made inputs. */
class EvalScoringTest {
    @Test
    void setFieldsCountPositivesAndNegativesOverAllItems() {
        Tally t = new Tally("province", "test");
        t.set(Set.of("helmand"), Set.of("helmand"));                 // tp 1
        t.set(Set.of("khost", "paktika"), Set.of("khost", "logar")); // tp 1, fp 1, fn 1
        t.set(Set.of("kunar"), Set.of());                            // fn 1
        t.set(Set.of(), Set.of("kabul"));                            // fp 1
        FieldScore s = t.score();
        assertThat(s.truePositives()).isEqualTo(2);
        assertThat(s.falsePositives()).isEqualTo(2);
        assertThat(s.falseNegatives()).isEqualTo(2);
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.accuracy()).isCloseTo(0.25, within(1e-9)); // only the first item is exactly right
    }

    @Test
    void valueFieldsScoreRightWrongAndMissing() {
        Tally t = new Tally("start_date", "test");
        t.value(Optional.of("2011-05-21"), Optional.of("2011-05-21")); // right
        t.value(Optional.of("2011-05-21"), Optional.of("2011-05-22")); // wrong: fp and fn
        t.value(Optional.of("2011-05-21"), Optional.empty());           // missing: fn
        t.value(Optional.empty(), Optional.empty());                    // nothing to find: right
        FieldScore s = t.score();
        assertThat(s.precision()).isCloseTo(1.0 / 2, within(1e-9));
        assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.4, within(1e-9));
        assertThat(s.accuracy()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void judgedFieldsCountAbsentPredictionsOnlyAsMisses() {
        Tally t = new Tally("deaths", "test");
        t.judged(true, true);
        t.judged(true, false);
        t.judged(false, false);
        FieldScore s = t.score();
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.accuracy()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void emptyTalliesScoreZeroRatherThanNaN() {
        FieldScore s = new Tally("x", "none").score();
        assertThat(s.precision()).isZero();
        assertThat(s.f1()).isZero();
        assertThat(s.accuracy()).isZero();
    }

    @Test
    void provincesAreRecognisedInTheirSpellings() {
        assertThat(NameList.provinces().exact("Ghazni province")).containsExactly("ghazni");
        assertThat(NameList.provinces().exact("Paktiya Province")).containsExactly("paktya");
        assertThat(NameList.provinces().exact("Sar-e Pul province")).containsExactly("sar-e pul");
        assertThat(NameList.provinces().exact("Maidan Wardak")).containsExactly("wardak");
        assertThat(NameList.provinces().exact("Andar district")).isEmpty();
        assertThat(NameList.provinces().labels()).hasSize(34);
    }

    @Test
    void armedGroupsAreFoundByNameAndAcronymsOnlyInCapitals() {
        NameList groups = NameList.armedGroups();
        assertThat(groups.mentionedIn("a Haqqani Network leader")).contains("haqqani");
        assertThat(groups.mentionedIn("the Islamic Movement of Uzbekistan")).contains("imu");
        assertThat(groups.mentionedIn("IS claims attack")).contains("is");
        assertThat(groups.mentionedIn("this is what they let happen")).isEmpty();
        assertThat(groups.labelsNamed("Taleban")).contains("taliban", "ttp");
    }

    @Test
    void isafHeaderGivesTheYearAYearlessDatelineLacks() {
        String release = "Haqqani Leader Captured\nISAF Joint Command - Afghanistan 2010-11-S-300\n"
                + "KABUL, Afghanistan (Nov. 24) – A separate security force detained several suspected insurgents.";
        assertThat(IsafGold.headerDate(release)).contains(LocalDate.of(2010, 11, 24));
        String update = "ISAF Joint Command Morning Operational Update March 24, 2011\nIn Khost ...";
        assertThat(IsafGold.headerDate(update)).contains(LocalDate.of(2011, 3, 24));
        String titled = "Feb. 20: Afghan-ISAF Forces Search Compounds in Helmand, Kandahar\n"
                + "NEWS RELEASE ISAF Joint Command - Afghanistan  2010-02-CA-098 For Immediate Release\n\n"
                + "In another Helmand operation yesterday, an Afghan-international security force searched a compound.";
        assertThat(IsafGold.headerDate(titled)).contains(LocalDate.of(2010, 2, 20));
        String newYear = "Jan. 2: Forces Detain Suspects\nISAF Joint Command - Afghanistan 2009-12-CA-301\n...";
        assertThat(IsafGold.headerDate(newYear)).contains(LocalDate.of(2010, 1, 2));
        String enDash = "Dec. 24: Militants Detained\nNEWS RELEASE ISAF Joint Command - Afghanistan  2009-12-CA–080\n...";
        assertThat(IsafGold.headerDate(enDash)).as("a release number typed with an en dash")
                .contains(LocalDate.of(2009, 12, 24));
        assertThat(IsafGold.headerDate("KABUL, Afghanistan (Feb. 07)\nIn Maiwand district, a force detained two."))
                .as("no year anywhere in the header").isEmpty();
        assertThat(IsafGold.headerDate("An Afghan force detained two men today.")).isEmpty();
    }

    @Test
    void ucdpSourceDatesAlignWithHeadlinesOrFallBackToTheEarliest() {
        assertThat(UcdpGold.dates("2013-06-26;2013-06-27", 2))
                .containsExactly(LocalDate.of(2013, 6, 26), LocalDate.of(2013, 6, 27));
        assertThat(UcdpGold.dates("2013-06-27;2013-06-26", 3)).containsOnly(LocalDate.of(2013, 6, 26));
    }

    @Test
    void placesMatchWithin25KmOrInTheGoldDistrict() {
        UcdpItem gold = new UcdpItem("ucdp:1", List.of("h"), List.of(), 1, 1, 1, "TTP", "Mir Ali town",
                "Federally Administered Tribal Areas", "North Waziristan", "Pakistan", OptionalDouble.of(32.99),
                OptionalDouble.of(70.27));
        PlaceMatcher gazetteer = GazetteerLocations.within25Km();
        assertThat(gazetteer.matches("Mir Ali", gold)).isTrue();
        assertThat(gazetteer.matches("Miranshah", gold)).isTrue();
        assertThat(gazetteer.matches("North Waziristan", gold)).isTrue();
        assertThat(gazetteer.matches("Quetta", gold)).isFalse();
        assertThat(gazetteer.matches("Pakistan", gold)).isFalse();
        UcdpItem karachi = new UcdpItem("ucdp:5", List.of("h"), List.of(), 1, 1, 1, "", "Karachi town", "Sindh Province",
                "Karachi District", "Pakistan", OptionalDouble.of(24.86), OptionalDouble.of(67.01));
        assertThat(gazetteer.matches("Karachi", karachi)).isTrue();
        assertThat(gazetteer.matches("Sindh", karachi)).as("a province placed at its seat is no location").isFalse();

        DistanceMatcher.Geocoder geocoder = name -> name.equals("Miranshah")
                ? Optional.of(new DistanceMatcher.Located(33.0, 70.07, Optional.empty())) : Optional.empty();
        PlaceMatcher near = new DistanceMatcher(geocoder, 25);
        assertThat(near.matches("Miranshah", gold)).isTrue(); // about 19 km away
        assertThat(near.matches("Quetta", gold)).isFalse();
    }

    @Test
    void adminNamesCompareWithoutTheirKindWords() {
        assertThat(AdminNames.same("Kurram Agency", "Kurram District")).isTrue();
        assertThat(AdminNames.same("North Waziristan", "North Waziristan District")).isTrue();
        assertThat(AdminNames.same("South Waziristan", "South Waziristan Agency")).isTrue();
        assertThat(AdminNames.same("Swabi District", "Swabi District")).isTrue();
        assertThat(AdminNames.same("North Waziristan", "South Waziristan")).isFalse();
        assertThat(AdminNames.same("District", "Agency")).as("kind words alone name nothing").isFalse();
    }

    @Test
    void gazetteerAdm2MatchesUcdpAgencyNamesFarFromTheGoldPoint() {
        // a point in Kurram far (> 25 km) from the district seat the gazetteer places "Kurram Agency" at
        UcdpItem gold = new UcdpItem("ucdp:2", List.of("h"), List.of(), 1, 1, 1, "TTP", "Dogar", "FATA",
                "Kurram Agency", "Pakistan", OptionalDouble.of(33.5), OptionalDouble.of(70.5));
        assertThat(GazetteerLocations.within25Km().matches("Kurram Agency", gold)).isTrue();
        assertThat(new NameMatcher().matches("Kurram", gold)).isTrue();
    }

    @Test
    void withoutAGazetteerOnlyTheGoldNamesMatch() {
        UcdpItem gold = new UcdpItem("ucdp:1", List.of("h"), List.of(), 1, 1, 1, "TTP", "Mir Ali town, North Waziristan",
                "Federally Administered Tribal Areas", "North Waziristan", "Pakistan", OptionalDouble.of(32.99),
                OptionalDouble.of(70.27));
        PlaceMatcher names = new NameMatcher();
        assertThat(names.matches("Mir Ali", gold)).isTrue();
        assertThat(names.matches("North Waziristan agency", gold)).isTrue();
        assertThat(names.matches("Miranshah", gold)).as("19 km away, but only a gazetteer knows").isFalse();
        assertThat(GazetteerLocations.within25Km().matches("Miranshah", gold)).isTrue();
        assertThat(names.matches("Pakistan", gold)).isFalse();
    }

    @Test
    void headlinesStateATollOrAPlaceOnlyWhenTheirWordsDo() {
        assertThat(HeadlineFacts.statesToll(List.of("Bomb kills seven, wounds 50 in Karachi"), 7, 7)).isTrue();
        assertThat(HeadlineFacts.statesToll(List.of("Policeman killed in Pakistan"), 1, 1)).isTrue();
        assertThat(HeadlineFacts.statesToll(List.of("Two policemen killed in northwest Pakistan"), 1, 1)).isFalse();
        assertThat(HeadlineFacts.statesToll(List.of("Programme summary of Pakistan's AVT Khyber News 1600 gmt 2 Apr 13"),
                2, 2)).as("numbers without any death word").isFalse();
        assertThat(HeadlineFacts.names("8 security personnel killed in blast in Pakistan's North Waziristan"))
                .contains("Pakistan", "North Waziristan", "North", "Waziristan").doesNotContain("Pakistan North");
        UcdpItem gold = new UcdpItem("ucdp:3", List.of("Blast kills 5 in Orakzai tribal area"), List.of(), 5, 5, 5, "",
                "Kalaya", "FATA", "Orakzai Agency", "Pakistan", OptionalDouble.of(33.70), OptionalDouble.of(71.0));
        assertThat(HeadlineFacts.namesPlace(gold, GazetteerLocations.within25Km())).isTrue();
        UcdpItem unnamed = new UcdpItem("ucdp:4", List.of("Bomb kills five police in northwest Pakistan"), List.of(),
                5, 5, 5, "", "Peshawar town", "KP", "Peshawar District", "Pakistan", OptionalDouble.of(34.0),
                OptionalDouble.of(71.57));
        assertThat(HeadlineFacts.namesPlace(unnamed, GazetteerLocations.within25Km())).isFalse();
    }

    @Test
    void halvesSplitByIdDeterministically() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ids.add("isaf:" + i);
        }
        List<String> tune = Half.TUNE.take(ids, id -> id, Integer.MAX_VALUE);
        List<String> check = Half.CHECK.take(ids, id -> id, Integer.MAX_VALUE);
        assertThat(tune.size() + check.size()).isEqualTo(ids.size());
        assertThat(tune).doesNotContainAnyElementsOf(check);
        assertThat(tune.size()).isBetween(160, 240);
        assertThat(Half.TUNE.take(ids, id -> id, 5)).isEqualTo(tune.subList(0, 5));
        assertThat(Half.TUNE.contains("isaf:7")).isEqualTo(Half.TUNE.contains("isaf:7"));
        assertThat(Half.ALL.take(ids, id -> id, Integer.MAX_VALUE)).isEqualTo(ids);
        assertThat(Half.parse("Check")).isEqualTo(Half.CHECK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Half.parse("first"))
                .hasMessageContaining("--half");
    }

    @Test
    void isafLabelsMapOntoOurTypes() {
        assertThat(IsafScorer.goldTypes(Set.of("captureandkill"))).containsExactly("ARREST", "SECURITY_OPERATION");
        assertThat(IsafScorer.goldTypes(Set.of("detention", "civiliancasualty"))).containsExactly("ARREST");
        assertThat(PloverScorer.supported()).contains("ASSAULT", "FIGHT", "COERCE", "REJECT", "DISAPPROVE");
    }
}
