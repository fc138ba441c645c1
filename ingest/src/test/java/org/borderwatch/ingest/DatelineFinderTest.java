package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KABUL, Afghanistan (Jan. 25, 2013)\\nDuring an operation...|2013-01-25",
        "KABUL, Afghanistan (June 3, 2012) — Forces met.|2012-06-03",
        "BAGRAM AIRFIELD, Afghanistan, March 5, 2011 - A patrol|2011-03-05",
        "Islamabad, May 28, 2024: The minister said|2024-05-28",
        "2011-09-S-061\\nISAF Joint Command - Afghanistan\\n\\nKABUL, Afghanistan (Sept. 26, 2011)\\nFinally|2011-09-26",
        "  \u00A0KABUL, Afghanistan (Sep. 15, 2011)|2011-09-15",
        "PESHAWAR, Pakistan (AUGUST 1, 2010) text|2010-08-01",
        "NAD-E ALI, Afghanistan (Dec. 2nd, 2012) text|2012-12-02",
    })
    void findsDatelines(String text, String expected) {
        assertThat(DatelineFinder.find(text.replace("\\n", "\n"))).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "KABUL, Afghanistan (June 14) — An Afghan-led force",
        "PAKTIKA PROVINCE, Afghanistan – forces operated in Monari, June 25.",
        "The attack happened on May 28, 2024 in the city.",
        "Officials said that in Kabul, May 28, 2024 was quiet.",
        "ISAF Joint Command Morning Operational Update March 24, 2011",
        "KABUL, Afghanistan (Feb. 30, 2012) impossible day",
        "kabul, Afghanistan (Jan. 25, 2013) lower-case place",
    })
    void ignoresWhatIsNotADateline(String text) {
        assertThat(DatelineFinder.find(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void onlyLooksNearTheStart() {
        String late = "x".repeat(DatelineFinder.WINDOW + 10) + "\nKABUL, Afghanistan (Jan. 25, 2013)";

        assertThat(DatelineFinder.find(late)).isEmpty();
    }
}
