package org.borderwatch.resolve.consolidate;

import org.borderwatch.core.consolidation.ReportPlace;
import org.borderwatch.resolve.place.BorderDistance;

/**
 * How alike two reports' places are. The coarser of the two precisions sets the scale: two towns
 * 3 km apart agree strongly, a town and its district less, a town and its province only a little,
 * two mentions of one country say next to nothing. Admin names are compared by their keys (so UCDP's
 * "Khyber Pakhtunkwa Province" is Khyber Pakhtunkhwa), distances on the sphere.
 */
final class PlaceSimilarity {
    private PlaceSimilarity() {
    }

    static double of(ReportPlace a, ReportPlace b) {
        return of(a, Profile.district(a), Profile.province(a), b, Profile.district(b), Profile.province(b));
    }

    /** With the places' district and province keys already computed (see {@link Profile}). */
    static double of(ReportPlace a, String districtA, String provinceA, ReportPlace b, String districtB,
                     String provinceB) {
        if (a.countryCode() != null && b.countryCode() != null && !a.countryCode().equals(b.countryCode())) {
            // Across a border only two points close together can be one event (a cross-border strike).
            return a.precisionRank() == 0 && b.precisionRank() == 0 ? town(km(a, b)) * 0.8 : 0.05;
        }
        int coarser = Math.max(a.precisionRank(), b.precisionRank());
        double km = km(a, b);
        return switch (coarser) {
            case 0 -> Double.isNaN(km) ? (same(districtA, districtB) ? 0.7 : 0.3) : town(km);
            case 1 -> Math.max(same(districtA, districtB) ? 0.8 : 0.15, byDistance(km, 15, 0.8, 40, 0.65, 80, 0.45));
            case 2 -> Math.max(same(provinceA, provinceB) ? 0.6 : 0.1, byDistance(km, 60, 0.5, 150, 0.4, 250, 0.3));
            default -> 0.5;
        };
    }

    private static double town(double km) {
        if (Double.isNaN(km)) {
            return 0.3;
        }
        return km <= 3 ? 1 : km <= 10 ? 0.9 : km <= 25 ? 0.75 : km <= 50 ? 0.5 : 0.1;
    }

    private static double byDistance(double km, double near, double nearScore, double mid, double midScore,
                                     double far, double farScore) {
        if (Double.isNaN(km)) {
            return 0;
        }
        return km <= near ? nearScore : km <= mid ? midScore : km <= far ? farScore : 0.05;
    }

    static double km(ReportPlace a, ReportPlace b) {
        if (!a.hasCoordinates() || !b.hasCoordinates()) {
            return Double.NaN;
        }
        return BorderDistance.haversineKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b);
    }
}
