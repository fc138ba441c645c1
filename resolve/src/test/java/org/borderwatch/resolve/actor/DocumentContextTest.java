package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document's country: its publisher's (table, analysts' entries, URL domain), else what it is about. */
class DocumentContextTest {
    private static final PublisherCountries PUBLISHERS = PublisherCountries.bundled();

    @Test
    void nationalPublishersHaveTheirCountryWiresNone() {
        assertThat(PUBLISHERS.lookup("Dawn", null).country()).hasValue("PK");
        assertThat(PUBLISHERS.lookup("The Express Tribune", null).country()).hasValue("PK");
        assertThat(PUBLISHERS.lookup("express tribune", null).country()).hasValue("PK");
        assertThat(PUBLISHERS.lookup("TOLOnews", null).country()).hasValue("AF");
        assertThat(PUBLISHERS.lookup("ISAF", null).country()).hasValue("AF");
        assertThat(PUBLISHERS.lookup("Reuters News", null).country()).isEmpty();
        assertThat(PUBLISHERS.lookup("Reuters News", null).why()).contains("international");
        assertThat(PUBLISHERS.lookup("Agence France Presse;Dawn", null).country()).hasValue("PK");
        assertThat(PUBLISHERS.lookup("Dawn;TOLOnews", null).country()).isEmpty();
        assertThat(PUBLISHERS.lookup("Some Blog", null).why()).contains("not in the publishers table");
    }

    @Test
    void theUrlDecidesWhenThePublisherIsUnknown() {
        assertThat(PUBLISHERS.lookup(null, "https://www.dawn.com/news/1835871").country()).hasValue("PK");
        assertThat(PUBLISHERS.lookup(null, "https://www.reuters.com/world/asia-pacific/x").country()).isEmpty();
        assertThat(PUBLISHERS.lookup(null, "https://example.com.pk/story").country()).hasValue("PK");
        assertThat(PUBLISHERS.lookup(null, "https://news.example.af/a").country()).hasValue("AF");
        assertThat(PUBLISHERS.lookup(null, "https://x.io/a").country()).isEmpty();
        assertThat(PUBLISHERS.lookup(null, "not a url at all %%").country()).isEmpty();
    }

    @Test
    void analystsEntriesWin() {
        PublisherCountries p = PUBLISHERS.with(Map.of("Some Blog", "IN", "Dawn", "GB"));
        assertThat(p.lookup("some blog", null).country()).hasValue("IN");
        assertThat(p.lookup("Dawn", null).country()).hasValue("GB");
        assertThat(PUBLISHERS.with(java.util.Collections.singletonMap("Dawn", null)).lookup("Dawn", null).country()).isEmpty();
    }

    @Test
    void theSeedIsAboutPakistanFirstBecauseItsIncidentIsThere() throws Exception {
        String seed = Files.readString(Path.of("../../shared/seeds/000_6034f0928c20e128.txt"));
        ResolutionContext withPlace = DocumentContext.of(ActorRegistry.bundled(), LocalDate.of(2024, 5, 28), null, seed,
                List.of("PK"));
        assertThat(withPlace.documentCountries()).startsWith("PK").contains("AF", "CN", "RU", "IR");
        assertThat(withPlace.documentActors()).contains("mohsin-naqvi", "nacta", "ttp", "af-taliban");
        // without its incident the text names Afghanistan more often than Pakistan
        ResolutionContext text = DocumentContext.of(ActorRegistry.bundled(), LocalDate.of(2024, 5, 28), null, seed, List.of());
        assertThat(text.documentCountries()).startsWith("AF", "PK");
    }

    @Test
    void countryWordsAreCountedInTheText() {
        var counts = CountryNames.bundled().count("Pakistani troops and the Afghan Taliban met in Doha; the US and "
                + "U.S. officials, not us, watched. Islamabad said so.");
        assertThat(counts).containsEntry("PK", 2).containsEntry("AF", 1).containsEntry("QA", 1).containsEntry("US", 2);
    }
}
