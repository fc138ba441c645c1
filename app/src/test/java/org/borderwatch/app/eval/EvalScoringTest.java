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

        DistanceMatcher.Geocoder geocoder = name -> name.equals("Miranshah")
                ? Optional.of(new DistanceMatcher.Located(33.0, 70.07, Optional.empty())) : Optional.empty();
        PlaceMatcher near = new DistanceMatcher(geocoder, 25);
        assertThat(near.matches("Miranshah", gold)).isTrue(); // about 19 km away
        assertThat(near.matches("Quetta", gold)).isFalse();
    }

    @Test
    void isafLabelsMapOntoOurTypes() {
        assertThat(IsafScorer.goldTypes(Set.of("captureandkill"))).containsExactly("ARREST", "SECURITY_OPERATION");
        assertThat(IsafScorer.goldTypes(Set.of("detention", "civiliancasualty"))).containsExactly("ARREST");
        assertThat(PloverScorer.supported()).contains("ASSAULT", "FIGHT", "COERCE", "REJECT", "DISAPPROVE");
    }
}
