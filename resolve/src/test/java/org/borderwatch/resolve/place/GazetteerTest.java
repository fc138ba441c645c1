package org.borderwatch.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static PlaceMatch best(String mention, PlaceContext context) {
        List<PlaceMatch> m = G.lookup(mention, context);
        assertThat(m).as("matches for %s", mention).isNotEmpty();
        return m.get(0);
    }

    @Test
    void bishamIsBeshamInShangla() {
        // The seed editorial's spelling; GeoNames has neither, the curated file has Besham.
        for (String mention : List.of("Bisham", "Besham", "BISHAM", "Bisham, Shangla", "Beshaam")) {
            PlaceMatch m = best(mention, PlaceContext.of("Pakistan"));
            assertThat(BorderDistance.haversineKm(m.latitude(), m.longitude(), 34.932, 72.878)).as(mention).isLessThan(5);
            assertThat(m.countryCode()).isEqualTo("PK");
            assertThat(m.admin1()).isEqualTo("Khyber Pakhtunkhwa");
            assertThat(m.admin2()).startsWith("Shangla");
            assertThat(m.precision()).isEqualTo(Precision.TOWN);
            assertThat(m.geonamesId()).isNull();
            assertThat(m.source()).startsWith("curated: Wikipedia");
        }
        assertThat(best("Bisham", PlaceContext.NONE).name()).isEqualTo("Besham");
    }

    @Test
    void levelWordsRestrictTheLevel() {
        PlaceMatch ghazni = best("Ghazni province", PlaceContext.NONE);
        assertThat(ghazni.precision()).isEqualTo(Precision.PROVINCE);
        assertThat(ghazni.countryCode()).isEqualTo("AF");
        assertThat(best("Ghazni", PlaceContext.NONE).precision()).as("a bare name is the town").isEqualTo(Precision.TOWN);

        PlaceMatch shangla = best("Shangla district", PlaceContext.NONE);
        assertThat(shangla.precision()).isEqualTo(Precision.DISTRICT);
        assertThat(shangla.admin1()).isEqualTo("Khyber Pakhtunkhwa");

        PlaceMatch nw = best("North Waziristan agency", PlaceContext.NONE);
        assertThat(nw.precision()).isEqualTo(Precision.DISTRICT);
        assertThat(nw.name()).startsWith("North Waziristan");
        assertThat(best("the North Waziristan tribal district", PlaceContext.NONE).name()).isEqualTo(nw.name());
        assertThat(best("the city of Quetta", PlaceContext.NONE).precision()).isEqualTo(Precision.TOWN);
        assertThat(best("Pakistan", PlaceContext.NONE).precision()).isEqualTo(Precision.COUNTRY);
    }

    @Test
    void quettaIsInBalochistan() {
        PlaceMatch q = best("Quetta", PlaceContext.NONE);
        assertThat(q.countryCode()).isEqualTo("PK");
        assertThat(q.admin1()).isEqualTo("Balochistan");
        assertThat(q.geonamesId()).isEqualTo(1167528L);
    }

    @Test
    void contextChoosesBetweenPlacesOfOneName() {
        // Hyderabad is a city in Sindh and a larger one in India.
        assertThat(best("Hyderabad", PlaceContext.of("Pakistan")).countryCode()).isEqualTo("PK");
        assertThat(best("Hyderabad", PlaceContext.of("Sindh")).admin1()).isEqualTo("Sindh");
        assertThat(best("Hyderabad", PlaceContext.countries("IN")).countryCode()).isEqualTo("IN");
        // Torkham lies on both sides of the border.
        assertThat(best("Torkham", PlaceContext.of("Nangarhar")).countryCode()).isEqualTo("AF");
        assertThat(best("Torkham", PlaceContext.of("Khyber Pakhtunkhwa")).countryCode()).isEqualTo("PK");
        // Punjab is a province of both countries; a city named nearby settles it.
        assertThat(best("Punjab", PlaceContext.of("Lahore")).countryCode()).isEqualTo("PK");
        assertThat(best("Punjab province", PlaceContext.of("India")).countryCode()).isEqualTo("IN");
    }

    @Test
    void spellingVariantsAndAbbreviations() {
        assertThat(best("Miramshah", PlaceContext.NONE).name()).isEqualTo("Miran Shah");
        assertThat(best("Peshawer", PlaceContext.NONE).name()).isEqualTo("Peshawar");
        assertThat(best("Peshawer", PlaceContext.NONE).matchKind()).isEqualTo(MatchKind.FUZZY);
        assertThat(best("Mirali", PlaceContext.NONE).name()).isEqualTo("Mir Ali");
        assertThat(best("Uruzgan", PlaceContext.NONE).countryCode()).isEqualTo("AF");
        assertThat(best("Qila Abdullah district", PlaceContext.NONE).precision()).isEqualTo(Precision.DISTRICT);
        assertThat(best("Killa Abdullah District", PlaceContext.NONE).name()).startsWith("Qila Abdullah");
        assertThat(best("KP", PlaceContext.NONE).name()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(best("FATA", PlaceContext.NONE).admin1()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(G.lookup("us", PlaceContext.NONE)).as("a pronoun is no country").isEmpty();
        assertThat(best("US", PlaceContext.NONE).countryCode()).isEqualTo("US");
        assertThat(best("Kābul", PlaceContext.NONE).name()).isEqualTo("Kabul");
    }

    @Test
    void placesGeoNamesLacksComeFromUcdpAndCuration() {
        PlaceMatch mirAli = best("Mir Ali", PlaceContext.NONE);
        assertThat(mirAli.admin2()).startsWith("North Waziristan");
        assertThat(mirAli.source()).contains("curated");
        for (String mention : List.of("Tirah", "Tirah valley")) {
            PlaceMatch tirah = best(mention, PlaceContext.NONE);
            assertThat(tirah.countryCode()).as(mention).isEqualTo("PK");
            assertThat(tirah.source()).isEqualTo("UCDP GED");
        }
    }

    @Test
    void unknownPlaceWithAKnownQualifierIsPlacedByTheQualifier() {
        PlaceMatch m = best("Zzyzx bazaar, Mohmand agency", PlaceContext.NONE);
        assertThat(m.precision()).isEqualTo(Precision.DISTRICT);
        assertThat(m.name()).startsWith("Mohmand");
        assertThat(m.source()).contains("placed by its qualifier");
        // ISAF's "Wali Kot" is GeoNames' Shah Wali Kot: the province the release names is the answer.
        PlaceMatch waliKot = best("Wali Kot district, Kandahar province", PlaceContext.NONE);
        assertThat(waliKot.precision()).isEqualTo(Precision.PROVINCE);
        assertThat(waliKot.admin1()).isEqualTo("Kandahar");
    }

    @Test
    void containerPhrasesBecomeContext() {
        PlaceMatch anjani = best("Anjani area of Orakzai agency", PlaceContext.NONE);
        assertThat(anjani.name()).isEqualTo("Anjani");
        assertThat(anjani.admin2()).startsWith("Orakzai");
        assertThat(best("Islamic Republic of Pakistan", PlaceContext.NONE).precision()).isEqualTo(Precision.COUNTRY);
        assertThat(best("the district of Shangla", PlaceContext.NONE).precision()).isEqualTo(Precision.DISTRICT);
        assertThat(best("Pakistan's", PlaceContext.NONE).countryCode()).isEqualTo("PK");
        // a part the gazetteer lacks lies in the place it is named after; a part it has is itself
        PlaceMatch upper = best("Upper Orakzai", PlaceContext.NONE);
        assertThat(upper.admin2()).startsWith("Orakzai");
        assertThat(upper.precision()).isEqualTo(Precision.DISTRICT);
        assertThat(best("Lower Orakzai Agency", PlaceContext.NONE).name()).isEqualTo("Lower Orakzai");
        assertThat(best("Upper Dir", PlaceContext.NONE).name()).isEqualTo("Upper Dir");
    }

    @Test
    void provincesAndDistrictsHaveCoordinates() {
        PlaceMatch kp = best("Khyber Pakhtunkhwa", PlaceContext.NONE);
        assertThat(kp.precision()).isEqualTo(Precision.PROVINCE);
        assertThat(BorderDistance.haversineKm(kp.latitude(), kp.longitude(), 34.008, 71.578)).as("at Peshawar").isLessThan(5);
        PlaceMatch shangla = best("Shangla", PlaceContext.NONE);
        assertThat(BorderDistance.haversineKm(shangla.latitude(), shangla.longitude(), 34.92, 72.63)).as("at Alpurai").isLessThan(5);
    }

    @Test
    void scoresAreOrderedAndBounded() {
        List<PlaceMatch> m = G.lookup("Jalalabad", PlaceContext.NONE);
        assertThat(m).hasSizeGreaterThan(1);
        assertThat(m.get(0).countryCode()).as("the Afghan city, a province seat").isEqualTo("AF");
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i).score()).isLessThanOrEqualTo(m.get(i - 1).score());
        }
        assertThat(m).allSatisfy(x -> assertThat(x.score()).isBetween(0.0, 1.0));
    }
}
