package org.borderwatch.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions from real texts (seed editorial, ISAF releases, UCDP GED) with the province they mean. */
class GoldPlacesTest {
    @Test
    void goldMentionsResolveToTheirCountryAndProvince() throws Exception {
        Gazetteer g = Gazetteer.bundled();
        List<String> failures = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoldPlacesTest.class.getResourceAsStream("gold-places.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("mention\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows++;
                PlaceContext context = f[1].isBlank() ? PlaceContext.NONE : PlaceContext.of(f[1].split("\\|"));
                List<PlaceMatch> m = g.lookup(f[0], context);
                String got = m.isEmpty() ? "nothing" : m.get(0).countryCode() + "/" + m.get(0).admin1();
                if (!got.equals(f[2] + "/" + f[3])) {
                    failures.add(f[0] + " → " + got + ", expected " + f[2] + "/" + f[3]);
                }
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(15);
        assertThat(failures).isEmpty();
    }
}
