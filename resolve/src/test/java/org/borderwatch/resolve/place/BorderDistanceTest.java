package org.borderwatch.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BorderDistanceTest {
    private static final BorderDistance B = BorderDistance.bundled();

    @Test
    void torkhamIsOnTheAfghanPakistanBorder() {
        NearestBorder n = B.nearestBorder(34.11472, 71.08472);
        assertThat(n.pair()).isEqualTo("AF–PK");
        assertThat(n.distanceKm()).isLessThan(5);
    }

    @Test
    void lahoreIsCloseToIndia() {
        NearestBorder n = B.nearestBorder(31.558, 74.35071);
        assertThat(n.pair()).isEqualTo("IN–PK");
        // Wagah, the crossing east of Lahore, is about 25 km from the city centre.
        assertThat(n.distanceKm()).isBetween(10.0, 30.0);
    }

    @Test
    void islamabadToTheAfghanBorder() {
        double km = B.nearestBorder(33.72148, 73.04329, "PK", "AF").distanceKm();
        assertThat(km).isBetween(150.0, 250.0);
        // The Line of Control is nearer than Afghanistan.
        assertThat(B.nearestBorder(33.72148, 73.04329).pair()).isEqualTo("IN–PK");
    }

    @Test
    void beshamAndQuettaFromTheAfghanBorder() {
        assertThat(B.nearestBorder(34.932, 72.878, "AF", "PK").distanceKm()).isBetween(80.0, 160.0);
        // Quetta lies about 60-70 km east of Chaman's stretch of the border.
        assertThat(B.distanceKm(30.18414, 67.00141)).isBetween(40.0, 90.0);
    }

    @Test
    void distanceIsGeodesic() {
        // A point on the border is 0 km from it; one degree of latitude due south of a border vertex
        // on an east-west stretch is about 111 km away at most.
        NearestBorder n = B.nearestBorder(34.11472, 71.08472);
        assertThat(B.distanceKm(n.latitude(), n.longitude())).isCloseTo(0.0, within(0.01));
        assertThat(BorderDistance.haversineKm(0, 0, 1, 0)).isCloseTo(111.195, within(0.01));
        double[] p = BorderDistance.vector(10, 0);
        double[] nearest = new double[3];
        // Segment along the equator from 0°E to 10°E; the point at 10°N 0°E is 10° from its west end.
        double[] equator = ends(0, 0, 0, 10);
        double angle = BorderDistance.segmentAngle(p, equator, nearest);
        assertThat(Math.toDegrees(angle)).isCloseTo(10.0, within(1e-9));
        // Above the middle of the segment, the cross-track distance.
        double mid = BorderDistance.segmentAngle(BorderDistance.vector(10, 5), equator, nearest);
        assertThat(Math.toDegrees(mid)).isCloseTo(10.0, within(1e-9));
    }

    private static double[] ends(double lat1, double lon1, double lat2, double lon2) {
        double[] a = BorderDistance.vector(lat1, lon1);
        double[] b = BorderDistance.vector(lat2, lon2);
        return new double[] {a[0], a[1], a[2], b[0], b[1], b[2]};
    }

    @Test
    void coastsAreNotBorders() {
        // Karachi is on the sea; its nearest land border is India's, far inland at Sir Creek.
        NearestBorder n = B.nearestBorder(24.8608, 67.0104);
        assertThat(n.pair()).isIn("IN–PK", "IR–PK");
        assertThat(n.distanceKm()).isGreaterThan(100);
    }

    @Test
    void countriesAndPairs() {
        assertThat(B.countryAt(33.72148, 73.04329)).contains("PK");
        assertThat(B.countryAt(34.52813, 69.17233)).contains("AF");
        assertThat(B.countryAt(20.0, 65.0)).isEmpty();
        assertThat(B.pairs()).contains("AF–PK", "IN–PK", "IR–PK", "CN–PK", "AF–IR", "AF–TJ");
        assertThatThrownBy(() -> B.nearestBorder(30, 70, "PK", "US")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> B.distanceKm(91, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indexedSearchFindsTheTrueNearestAnywhere() {
        // Compared with a scan of every segment, on a grid over the whole Earth and densely over the region.
        for (double lat = -85; lat <= 85; lat += 17) {
            for (double lon = -179.5; lon <= 180; lon += 23) {
                assertSameAsScan(lat, lon);
            }
        }
        for (double lat = 24; lat <= 38; lat += 1.7) {
            for (double lon = 60; lon <= 76; lon += 1.9) {
                assertSameAsScan(lat, lon);
            }
        }
    }

    private static void assertSameAsScan(double lat, double lon) {
        NearestBorder indexed = B.nearestBorder(lat, lon);
        NearestBorder scan = B.nearestByScan(lat, lon);
        assertThat(indexed.distanceKm()).as("%s, %s", lat, lon).isCloseTo(scan.distanceKm(), within(1e-6));
        assertThat(BorderDistance.haversineKm(lat, lon, indexed.latitude(), indexed.longitude()))
                .isCloseTo(indexed.distanceKm(), within(0.01));
    }
}
