package org.borderwatch.resolve.place;

/** How likely a candidate place is the one a mention means. */
final class Scoring {
    private Scoring() {}

    /**
     * Score in 0..1: 55% how the name matched, 35% agreement with the context (country, then province,
     * then district), 10% prominence (population, seat or capital, admin level). Prominence only breaks
     * ties between equally good names: a capital's alternate spelling must not beat a village's own
     * name. A level other than the one the mention asks for costs 0.15.
     */
    static double score(Candidate c, ResolvedContext ctx) {
        double match = switch (c.kind) {
            case EXACT -> 1.0;
            case ALTERNATE -> 0.93;
            // Short keys collide by chance (Tirah and Tehran's "Teera"), long ones hardly.
            case PHONETIC -> Names.phonetic(Names.key(c.matchedName)).length() < 5 ? 0.7 : 0.8;
            case FUZZY -> 0.6;
        };
        double context = ctx.isEmpty() ? 0.5 : ctx.agreement(c.place);
        double s = 0.55 * match + 0.35 * context + 0.10 * prominence(c.place) - (c.wrongLevel ? 0.15 : 0);
        return Math.max(0, Math.min(1, s));
    }

    private static double prominence(Place p) {
        double pop = p.population <= 0 ? 0 : Math.min(1, Math.log10(1 + p.population) / 7);
        double feature = switch (p.precision) {
            case COUNTRY -> 1.0;
            // Below a seat of the same name: a bare "Ghazni" or "Kabul" in news is the town.
            case PROVINCE -> 0.7;
            case DISTRICT -> 0.55;
            case TOWN -> switch (p.featureCode) {
                case "PPLC" -> 1.0;
                case "PPLA" -> 0.8;
                case "PPLA2" -> 0.6;
                case "PPLA3", "PPLA4" -> 0.45;
                // Curated places were added because texts name them.
                case "CURATED" -> 0.6;
                default -> 0.3;
            };
        };
        return Math.max(pop, feature);
    }
}
