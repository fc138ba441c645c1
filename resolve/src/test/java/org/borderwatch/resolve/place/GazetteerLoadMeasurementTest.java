package org.borderwatch.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Measures (and prints) the load of the bundled data; not a timed test, the numbers go in the report. */
class GazetteerLoadMeasurementTest {
    @Test
    void measureLoad() throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load(null);
        long t1 = System.nanoTime();
        BorderDistance b = BorderDistance.loadBundled();
        long t2 = System.nanoTime();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("gazetteer: %d entries, %d names, loaded in %d ms; border data in %d ms; heap retained by both ≈ %d MB; skipped %s%n",
                g.size(), g.nameCount(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (after - before) >> 20, g.skipped());
        long t3 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            g.lookup(i % 2 == 0 ? "Bisham" : "Miramshah", PlaceContext.of("Pakistan"));
            b.distanceKm(30 + i % 7, 65 + i % 9);
        }
        System.out.printf("1000 lookups + 1000 border distances: %d ms%n", (System.nanoTime() - t3) / 1_000_000);
        assertThat(g.size()).isGreaterThan(5000);
    }
}
