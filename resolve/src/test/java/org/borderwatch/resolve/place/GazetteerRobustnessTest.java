package org.borderwatch.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GazetteerRobustnessTest {
    @Test
    void randomGarbageNeverThrows() {
        Gazetteer g = Gazetteer.bundled();
        Random random = new Random(20240528);
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCKPQ-'’,.()[]&/\\\t\n0123456789āīūé بشامکابل中文\u0000\uD83D\uDE00";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(i % 100 == 0 ? 400 : 25);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            PlaceContext c = random.nextBoolean() ? PlaceContext.NONE : PlaceContext.of(s, "district", "(", ",");
            assertThatCode(() -> g.lookup(s, c)).as("lookup of %s", s).doesNotThrowAnyException();
        }
        for (String odd : new String[] {null, "", " ", "(", ")", ",", "district", "the", "the district of",
                "Province province", "'s", "((()))", ",,,", "a", "ab"}) {
            assertThatCode(() -> g.lookup(odd, PlaceContext.of(odd == null ? "" : odd))).doesNotThrowAnyException();
        }
        assertThat(g.lookup(null, null)).isEmpty();
    }
}
