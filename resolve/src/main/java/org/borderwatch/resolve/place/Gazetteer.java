package org.borderwatch.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Resolves place mentions to gazetteer entries: the bundled region (GeoNames cities500 for Pakistan,
 * Afghanistan and neighbours, their provinces and districts, UCDP conflict places, curated places) plus
 * any GeoNames dumps imported with {@link GazetteerImport}. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
    private static final String RESOURCES = "/org/borderwatch/resolve/place/";
    /** Matches farther apart than this with the same name, country and level are different places. */
    private static final double SAME_PLACE_KM = 10;
    private static final int MAX_MATCHES = 10;
    private static volatile Gazetteer bundled;

    private final NameIndex index;
    private final Map<String, Set<String>> countryNames;
    private final Map<String, Long> skipped;
    private final Map<String, ContextPart> contextCache = new ConcurrentHashMap<>();

    private Gazetteer(NameIndex index, Map<String, Long> skipped) {
        this.index = index;
        this.skipped = Map.copyOf(skipped);
        Map<String, Set<String>> cn = new HashMap<>();
        for (Place p : index.places) {
            if (p.precision == Precision.COUNTRY) {
                cn.put(p.countryCode, Set.of(Names.key(p.name)));
            }
        }
        this.countryNames = Map.copyOf(cn);
    }

    /** The bundled region, loaded once per JVM. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    try {
                        g = load(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException("bundled gazetteer unreadable", e);
                    }
                    bundled = g;
                }
            }
        }
        return g;
    }

    /**
     * The bundled region plus the files {@link GazetteerImport} wrote in gazetteerDir (admin tables
     * first, then places in file-name order; a row whose geonameid is already loaded replaces it).
     */
    public static Gazetteer load(Path gazetteerDir) throws IOException {
        GazetteerBuilder b = new GazetteerBuilder();
        try (BufferedReader r = resource("countries.tsv")) {
            b.readCountries(r);
        }
        for (String admin : List.of("admin1Codes.txt.gz", "admin2Codes.txt.gz")) {
            try (BufferedReader r = resource(admin)) {
                b.readAdminCodes(r);
            }
        }
        List<Path> imported = gazetteerDir == null || !Files.isDirectory(gazetteerDir) ? List.of() : list(gazetteerDir);
        for (Path p : imported) {
            if (p.getFileName().toString().startsWith("admin")) {
                try (InputStream in = Files.newInputStream(p); BufferedReader r = GeoNamesFormat.open(in)) {
                    b.readAdminCodes(r);
                }
            }
        }
        try (BufferedReader r = resource("geonames-region.txt.gz")) {
            b.readPlaces(r, "GeoNames");
        }
        for (Path p : imported) {
            if (p.getFileName().toString().startsWith("places-")) {
                try (InputStream in = Files.newInputStream(p); BufferedReader r = GeoNamesFormat.open(in)) {
                    b.readPlaces(r, "GeoNames (imported " + p.getFileName() + ")");
                }
            }
        }
        try (BufferedReader r = resource("curated-places.tsv")) {
            b.readCurated(r);
        }
        try (BufferedReader r = resource("ucdp-pakistan-places.csv.gz")) {
            b.readUcdp(r, "PK");
        }
        return new Gazetteer(b.build(), b.skipped);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
        }
    }

    static BufferedReader resource(String name) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + name);
        }
        return GeoNamesFormat.open(in);
    }

    /** Number of entries (places, districts, provinces, countries). */
    public int size() {
        return index.places.size();
    }

    /** Number of names and alternate names searchable. */
    public int nameCount() {
        return index.nameCount();
    }

    /** Rows the load left out, by reason. */
    public Map<String, Long> skipped() {
        return skipped;
    }

    /** The best match, if any. */
    public Optional<PlaceMatch> resolve(String mention, PlaceContext context) {
        List<PlaceMatch> m = lookup(mention, context);
        return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0));
    }

    /**
     * Candidate places for a mention, best first (at most ten; empty when nothing is close enough).
     * Accepts level words ("Shangla district", "Ghazni province", "North Waziristan agency"), which
     * restrict the level, and qualifiers ("Besham, Shangla", "Mir Ali (North Waziristan)"), which add
     * to the context. Never throws on odd input.
     *
     * <p>Scores are comparable within one lookup. As a guide: a name or alternate name that matched
     * scores 0.75 or more, a transliteration variant (Bisham/Besham) about 0.7, and a best match under
     * 0.62 is only a fuzzy guess (one edit from some name) that a caller should treat as unresolved
     * unless the context agrees.
     */
    public List<PlaceMatch> lookup(String mention, PlaceContext context) {
        if (mention == null || mention.isBlank() || mention.length() > 200) {
            return List.of();
        }
        MentionParser.Parsed pm = MentionParser.parse(mention);
        if (pm.core().isEmpty()) {
            return List.of();
        }
        ResolvedContext ctx = context(context == null ? PlaceContext.NONE : context, pm.qualifiers());
        Map<Integer, Candidate> found = new HashMap<>();
        if (!pm.whole().equals(pm.head())) {
            collect(pm.whole(), Names.key(pm.whole()), null, ctx, false, found);
        }
        collect(pm.head(), Names.key(pm.head()), null, ctx, true, found);
        if (!pm.core().equals(Names.key(pm.head())) || pm.level() != null) {
            collect(pm.head(), pm.core(), pm.level(), ctx, true, found);
        }
        // Nothing, or only fuzzy guesses outside the places the text names: the qualifier places it better.
        boolean onlyGuesses = found.values().stream()
                .allMatch(c -> c.kind == MatchKind.FUZZY && (ctx.isEmpty() || !ctx.inCountry(c.place)));
        if (onlyGuesses && !pm.qualifiers().isEmpty()) {
            List<PlaceMatch> byQualifier = qualifierFallback(pm, context);
            if (!byQualifier.isEmpty()) {
                return byQualifier;
            }
        }
        List<Candidate> ranked = new ArrayList<>(found.values());
        for (Candidate c : ranked) {
            c.score = Scoring.score(c, ctx);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.kind)
                .thenComparing(c -> c.place.name));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            Optional<Candidate> same = kept.stream().filter(k -> samePlace(k.place, c.place)).findFirst();
            if (same.isEmpty()) {
                kept.add(c);
            } else if (same.get().place.geonamesId == null && c.place.geonamesId != null
                    && "UCDP".equals(same.get().place.featureCode)) {
                // One place in two sources: show the GeoNames entry (it has an id), at the better score.
                same.get().place = c.place;
            }
        }
        return kept.stream().limit(MAX_MATCHES).map(Gazetteer::toMatch).toList();
    }

    /**
     * "Kandharo bazaar, Mohmand agency": when the place itself is unknown, the text has still placed it
     * in the qualifier (here a district), so that is the answer, at the qualifier's coarser precision
     * and with a lower score.
     */
    private List<PlaceMatch> qualifierFallback(MentionParser.Parsed pm, PlaceContext context) {
        List<String> qualifiers = pm.qualifiers();
        for (int i = 0; i < qualifiers.size(); i++) {
            List<String> rest = new ArrayList<>(qualifiers.subList(i + 1, qualifiers.size()));
            PlaceContext c = (context == null ? PlaceContext.NONE : context).and(rest.toArray(String[]::new));
            List<PlaceMatch> m = lookup(qualifiers.get(i), c);
            // A qualifier that only fuzzily resembles some name ("60 miles") places nothing.
            if (!m.isEmpty() && m.get(0).matchKind() != MatchKind.FUZZY) {
                return m.stream().map(x -> new PlaceMatch(x.name(), x.countryCode(), x.admin1(), x.admin2(),
                        x.latitude(), x.longitude(), x.geonamesId(), x.precision(), Math.round(x.score() * 800) / 1000.0,
                        x.source() + " (\"" + pm.head() + "\" itself not found; placed by its qualifier)",
                        x.matchedName(), x.matchKind())).toList();
            }
        }
        return List.of();
    }

    private void collect(String head, String key, Precision level, ResolvedContext ctx, boolean allowFuzzy, Map<Integer, Candidate> found) {
        if (key.isEmpty()) {
            return;
        }
        List<NameIndex.Hit> hits = new ArrayList<>();
        index.exact(head, key, hits);
        index.phonetic(key, hits);
        // Fuzzy only when nothing closer fits: a near name is a guess, an exact one in context is not.
        boolean closeInContext = hits.stream().anyMatch(h -> ctx.isEmpty() || ctx.inCountry(index.places.get(h.place())));
        if (allowFuzzy && !closeInContext) {
            index.fuzzy(key, hits);
        }
        boolean anyAtLevel = level != null && hits.stream().anyMatch(h -> index.places.get(h.place()).precision == level);
        for (NameIndex.Hit h : hits) {
            Place p = index.places.get(h.place());
            boolean wrongLevel = level != null && p.precision != level;
            if (wrongLevel && anyAtLevel) {
                continue;
            }
            Candidate c = found.get(h.place());
            if (c == null || better(h.kind(), wrongLevel, c)) {
                found.put(h.place(), new Candidate(p, h.name(), h.kind(), wrongLevel));
            }
        }
    }

    private static boolean better(MatchKind kind, boolean wrongLevel, Candidate c) {
        if (wrongLevel != c.wrongLevel) {
            return !wrongLevel;
        }
        return kind.ordinal() < c.kind.ordinal();
    }

    private static boolean samePlace(Place a, Place b) {
        if (a == b) {
            return true;
        }
        if (!a.countryCode.equals(b.countryCode) || a.precision != b.precision) {
            return false;
        }
        if (a.precision != Precision.TOWN) {
            return a.precision == Precision.COUNTRY;
        }
        return BorderDistance.haversineKm(a.latitude, a.longitude, b.latitude, b.longitude) < SAME_PLACE_KM;
    }

    private static PlaceMatch toMatch(Candidate c) {
        Place p = c.place;
        return new PlaceMatch(p.name, p.countryCode, p.precision == Precision.COUNTRY ? null : p.admin1Name,
                p.precision == Precision.TOWN || p.precision == Precision.DISTRICT ? p.admin2Name : null,
                p.latitude, p.longitude, p.geonamesId, p.precision, Math.round(c.score * 1000) / 1000.0, p.source,
                c.matchedName, c.kind);
    }

    // ---- context -------------------------------------------------------------------------------

    /** What one nearby name says: countries, provinces and districts it certainly or possibly means. */
    private record ContextPart(Set<String> countries, Set<String> admin1, Set<String> admin2, String key) {}


    private ResolvedContext context(PlaceContext context, List<String> qualifiers) {
        ResolvedContext ctx = new ResolvedContext();
        ctx.countries.addAll(context.countryCodes());
        List<String> names = new ArrayList<>(context.nearbyNames());
        names.addAll(qualifiers);
        for (String n : names) {
            if (n == null || n.isBlank() || n.length() > 200) {
                continue;
            }
            ContextPart part = contextCache.computeIfAbsent(n, this::contextPart);
            if (contextCache.size() > 50_000) {
                contextCache.clear(); // bound the memory of a long run over many documents
            }
            ctx.countries.addAll(part.countries());
            ctx.admin1.addAll(part.admin1());
            ctx.admin2.addAll(part.admin2());
            if (!part.key().isEmpty()) {
                ctx.keys.add(part.key());
            }
        }
        return ctx;
    }

    private ContextPart contextPart(String name) {
        String trimmed = name.strip();
        if (trimmed.length() == 2 && countryNames.containsKey(trimmed)) {
            return new ContextPart(Set.of(trimmed), Set.of(), Set.of(), "");
        }
        MentionParser.Parsed pm = MentionParser.parse(trimmed);
        Map<Integer, Candidate> found = new HashMap<>();
        ResolvedContext none = new ResolvedContext();
        collect(pm.head(), Names.key(pm.head()), null, none, false, found);
        collect(pm.head(), pm.core(), pm.level(), none, false, found);
        Map<Precision, List<Place>> byLevel = new EnumMap<>(Precision.class);
        for (Candidate c : found.values()) {
            if (!c.wrongLevel && c.kind != MatchKind.FUZZY) {
                byLevel.computeIfAbsent(c.place.precision, k -> new ArrayList<>()).add(c.place);
            }
        }
        Set<String> countries = new HashSet<>();
        Set<String> admin1 = new HashSet<>();
        Set<String> admin2 = new HashSet<>();
        List<Place> countryHits = byLevel.getOrDefault(Precision.COUNTRY, List.of());
        List<Place> adminHits = new ArrayList<>(byLevel.getOrDefault(Precision.PROVINCE, List.of()));
        adminHits.addAll(byLevel.getOrDefault(Precision.DISTRICT, List.of()));
        if (!countryHits.isEmpty()) {
            countryHits.forEach(p -> countries.add(p.countryCode));
        } else if (!adminHits.isEmpty()) {
            for (Place p : adminHits) {
                if (p.precision == Precision.PROVINCE) {
                    admin1.add(p.admin1Code);
                } else if (p.admin2Code != null) {
                    admin2.add(p.admin2Code);
                    if (p.admin1Code != null) {
                        admin1.add(p.admin1Code);
                    }
                }
            }
            addIfOne(countries, adminHits);
        } else {
            // A town named nearby says its country when every town of that name is in one country.
            addIfOne(countries, byLevel.getOrDefault(Precision.TOWN, List.of()));
        }
        return new ContextPart(Set.copyOf(countries), Set.copyOf(admin1), Set.copyOf(admin2),
                Names.adminKey(pm.core().isEmpty() ? trimmed : pm.core()));
    }

    private static void addIfOne(Set<String> countries, List<Place> hits) {
        Set<String> cc = new HashSet<>();
        hits.forEach(p -> cc.add(p.countryCode));
        if (cc.size() == 1) {
            countries.addAll(cc);
        }
    }
}
