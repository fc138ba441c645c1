package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.resolve.actor.ActorAssertions.about;
import static org.borderwatch.resolve.actor.ActorAssertions.candidate;
import static org.borderwatch.resolve.actor.ActorAssertions.matches;
import static org.borderwatch.resolve.actor.ActorAssertions.pakistaniPaper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resolution by name, spelling, office and date, publisher's and document's country; candidates otherwise. */
class ActorResolutionTest {
    private static final ResolutionContext SEED = pakistaniPaper("2024-05-28");

    @Test
    void namesAndSpellingVariantsResolveWhateverTheContext() {
        for (String ttp : List.of("TTP", "the TTP", "the TTP's", "T.T.P.", "Tehrik-i-Taliban Pakistan",
                "Tehreek-e-Taliban Pakistan", "tehrik e taliban pakistan", "Pakistani Taliban", "Pakistani Taleban",
                "Fitna al-Khawarij")) {
            matches(ttp, ResolutionContext.none(), "ttp");
        }
        for (String taliban : List.of("the Afghan Taliban", "Kabul's de facto rulers", "Kabul’s de facto rulers",
                "the Islamic Emirate", "the interim Afghan government", "the Taliban", "Taleban")) {
            matches(taliban, ResolutionContext.none(), "af-taliban");
        }
        matches("ISKP", ResolutionContext.none(), "iskp");
        matches("ISIS-K", ResolutionContext.none(), "iskp");
        matches("Lashkar-i-Jhangvi", ResolutionContext.none(), "lej");
        matches("East Turkestan Islamic Movement", ResolutionContext.none(), "tip");
        matches("the Haqqanis", ResolutionContext.none(), "haqqani-network");
    }

    @Test
    void transliterationVariantsMatchFuzzilyAndSaySo() {
        Resolution.Matched m = matches("Tehreek-e-Taleban Pakistan", ResolutionContext.none(), "ttp");
        assertThat(m.how()).isEqualTo(MatchKind.FUZZY);
        assertThat(m.score()).isLessThan(1);
        matches("Lashkar-e-Jhangwi", ResolutionContext.none(), "lej");
    }

    @Test
    void acronymsCountOnlyInCapitals() {
        matches("the US", SEED, "us-gov");
        candidate("us", SEED);
        matches("IS", ResolutionContext.none(), "is");
        candidate("is", ResolutionContext.none());
    }

    @Test
    void anOfficeIsItsHolderOnThePublicationDate() {
        matches("the interior minister", SEED, "mohsin-naqvi", "interior minister");
        matches("the interior czar", SEED, "mohsin-naqvi", "interior minister");
        matches("Pakistan's interior minister", about("2024-05-28", "AF"), "mohsin-naqvi", "interior minister");
        matches("the interior minister", pakistaniPaper("2023-01-15"), "rana-sanaullah");
        matches("the interior minister", pakistaniPaper("2023-10-01"), "sarfraz-bugti");
        matches("the army chief", pakistaniPaper("2020-06-01"), "qamar-javed-bajwa");
        matches("the army chief", SEED, "asim-munir");
        matches("the Afghan interior minister", SEED, "sirajuddin-haqqani");
        matches("the TTP chief", SEED, "noor-wali-mehsud", "head");
        matches("the TTP chief", pakistaniPaper("2015-01-01"), "mullah-fazlullah", "head");
        matches("DG ISPR", SEED, "ahmed-sharif-chaudhry");
        matches("Interior Minister Mohsin Naqvi", SEED, "mohsin-naqvi", "interior minister");
    }

    @Test
    void anOfficeWithoutAKnownHolderOnTheDateIsTheOrganisationsOffice() {
        // Naqvi took office on 2024-03-11; between Bugti (to 2023-12-15) and him the registry knows nobody
        matches("the interior minister", pakistaniPaper("2024-03-05"), "pk-moi", "interior minister");
        matches("the head of Nacta", SEED, "nacta", "head");
        matches("head of Nacta", SEED, "nacta", "head");
        matches("Nacta chief", SEED, "nacta", "head");
    }

    @Test
    void oneOfAnOrganisationsLeadersIsNotItsLeader() {
        matches("a Taliban leader", pakistaniPaper("2010-10-01"), "af-taliban", "head");
        matches("the Taliban leader", pakistaniPaper("2010-10-01"), "mullah-omar", "head");
        matches("the Taliban's supreme leader", SEED, "hibatullah-akhundzada", "supreme leader");
    }

    @Test
    void genericNamesTakeThePublishersCountry() {
        matches("the government", SEED, "pk-gov");
        matches("the military", SEED, "pk-military");
        matches("the army", SEED, "pk-army");
        matches("the Foreign Office", SEED, "pk-mofa");
        Resolution.Matched m = matches("the government", ResolutionContext.of(LocalDate.of(2024, 5, 28), "AF", "PK"),
                "af-taliban");
        assertThat(m.how()).isEqualTo(MatchKind.PUBLISHER_COUNTRY);
        matches("the government", ResolutionContext.of(LocalDate.of(2010, 10, 1), "AF"), "af-republic");
        matches("the military", ResolutionContext.of(LocalDate.of(2024, 5, 28), "US"), "us-military");
    }

    @Test
    void withoutAPublisherTheDocumentsCountryDecides() {
        Resolution.Matched m = matches("the government", about("2024-05-28", "PK", "AF"), "pk-gov");
        assertThat(m.how()).isEqualTo(MatchKind.DOCUMENT_COUNTRY);
        assertThat(m.score()).isLessThan(matches("the government", SEED, "pk-gov").score());
        matches("the government", about("2024-05-28", "AF", "PK"), "af-taliban");
        // a local name the publisher's country lacks falls to the document's other countries
        matches("the de facto rulers", SEED, "af-taliban");
        candidate("the government", ResolutionContext.none());
    }

    @Test
    void countryNamesAndCapitalsAreTheirGovernmentOnTheDate() {
        matches("Kabul", SEED, "af-taliban");
        matches("Kabul", pakistaniPaper("2015-06-01"), "af-republic");
        matches("Islamabad", SEED, "pk-gov");
        matches("Beijing", SEED, "cn-gov");
        matches("the Kremlin", SEED, "ru-gov");
        matches("Tehran", SEED, "ir-gov");
        matches("Pakistani officials", SEED, "pk-gov", "officials");
        matches("the Central Asian states", SEED, "central-asian-states");
        matches("Central Asian countries", SEED, "central-asian-states");
    }

    @Test
    void aNameTwoActorsUseIsDecidedByTheDocument() {
        // "the Taliban" is Afghanistan's, unless the document is about Pakistan alone or names the TTP alone
        matches("the Taliban", SEED, "af-taliban");
        matches("the Taliban", ResolutionContext.of(LocalDate.of(2011, 3, 2), "AF", "AF"), "af-taliban");
        Resolution.Matched pakistanOnly = matches("Taleban", about("2015-04-28", "PK"), "ttp");
        assertThat(pakistanOnly.why()).contains("af-taliban or ttp", "about PK");
        matches("the Taliban", about("2014-02-13", "PK", "AF").withDocumentActors(Set.of("ttp")), "ttp");
        matches("the Taliban", about("2014-02-13", "PK").withDocumentActors(Set.of("af-taliban")), "af-taliban");
        assertThat(ActorAssertions.REGISTRY.namedIn("the Taliban and the TTP")).as("a shared name names neither")
                .containsExactly("ttp");
    }

    @Test
    void countryWordsQualifyLocalNamesInEitherNumber() {
        matches("Afghan-led security force", ResolutionContext.of(LocalDate.of(2011, 3, 2), "AF", "AF"), "af-ansf");
        matches("an Afghan force", ResolutionContext.of(LocalDate.of(2011, 3, 2), "AF", "AF"), "af-ansf");
        matches("Pak forces", about("2014-12-19", "PK"), "pk-military");
        matches("Pakistani jets", about("2015-05-15", "PK"), "pk-military");
        matches("the Afghan army", ResolutionContext.of(LocalDate.of(2011, 3, 2), "AF", "AF"), "af-ana");
        candidate("the Afghan army", about("2024-05-28", "AF"));
    }

    @Test
    void shortFormsOfAPersonTheDocumentNames() {
        ResolutionContext named = SEED.withDocumentActors(Set.of("mohsin-naqvi"));
        matches("Naqvi", named, "mohsin-naqvi");
        matches("Mr Naqvi", named, "mohsin-naqvi");
        candidate("Naqvi", SEED);
    }

    @Test
    void aRoleTheTextGivesHelpsWhenTheMentionAloneDoesNot() {
        Resolution r = ActorAssertions.REGISTRY.resolve("he", Optional.of("interior minister"), SEED);
        assertThat(r).isInstanceOf(Resolution.Matched.class);
        assertThat(((Resolution.Matched) r).actor().id()).isEqualTo("mohsin-naqvi");
    }

    @Test
    void whatTheRegistryDoesNotKnowIsACandidateWithAReason() {
        candidate("enemy intelligence agencies", SEED);
        candidate("a number of Pakistani suspects", SEED);
        assertThat(candidate("Beijing and Islamabad", SEED).why()).contains("several actors", "cn-gov", "pk-gov");
        assertThat(candidate("the Turkish government", SEED).why()).contains("no government of TR");
        assertThat(candidate("the spokesman", SEED).why()).contains("of what");
        candidate("", SEED);
        candidate("   ", SEED);
        candidate("a former interior minister", SEED);
    }

    @Test
    void partsThatNameOneActorAreThatActor() {
        matches("Mohsin Naqvi, the interior minister", SEED, "mohsin-naqvi");
    }
}
