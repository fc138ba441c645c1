package org.borderwatch.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.indicator.Anchors;
import org.borderwatch.accountability.indicator.DateRange;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.IndicatorEvaluator;
import org.borderwatch.accountability.indicator.IndicatorParser;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.Engagement;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.store.Database;
import org.borderwatch.store.accountability.AccountabilityStore;
import org.borderwatch.store.accountability.StoredIndicator;

/**
 * What the accountability commands share over one open database: the store, the registry's view of
 * parties, and (loaded on first use) the incidents and the indicator evaluator with the days that
 * commitments and engagements stand for.
 */
final class Accountability {
    private final AccountabilityStore store;
    private RegistryPrincipals principals;
    private List<IncidentFact> incidents;
    private IndicatorEvaluator evaluator;

    public Accountability(Database db) {
        this.store = new AccountabilityStore(db.jdbi());
    }

    public AccountabilityStore store() {
        return store;
    }

    public RegistryPrincipals principals() {
        if (principals == null) {
            principals = new RegistryPrincipals(store.registry());
        }
        return principals;
    }

    /** The registry's names and aliases, then the names of countries (as words) for parties no actor covers. */
    public KnownParties registryNames() {
        KnownParties names = principals().names();
        countryNames().keySet().forEach(name -> names.add(name, PartyRef.mention(name)));
        return names;
    }

    /** A party a user named: the registry actor of that name or alias, else the words as given. */
    public PartyRef party(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a party needs a name");
        }
        return principals().resolve(name).orElse(PartyRef.mention(name.strip()));
    }

    public List<IncidentFact> incidents() {
        if (incidents == null) {
            incidents = store.incidents();
        }
        return incidents;
    }

    public IndicatorEvaluator evaluator() {
        if (evaluator == null) {
            Map<Long, DateRange> starts = new HashMap<>();
            for (Commitment c : store.commitments().list(Optional.empty())) {
                c.start().ifPresent(s -> starts.put(c.id(), DateRange.day(s)));
            }
            Map<Long, DateRange> dates = new HashMap<>();
            for (Engagement e : store.engagements().list(Optional.empty())) {
                dates.put(e.id(), new DateRange(e.date().earliest(), e.date().latest()));
            }
            evaluator = new IndicatorEvaluator(incidents(), new Anchors() {
                @Override
                public Optional<DateRange> commitmentStart(long id) {
                    return Optional.ofNullable(starts.get(id));
                }

                @Override
                public Optional<DateRange> engagementDate(long id) {
                    return Optional.ofNullable(dates.get(id));
                }
            });
        }
        return evaluator;
    }

    /** The stored indicators, parsed, by name. */
    public Map<String, Indicator> indicators() {
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (StoredIndicator i : store.indicators().list()) {
            out.put(i.name(), IndicatorParser.parse(i.expression()));
        }
        return out;
    }

    private static Map<String, String> countries;

    /** Country names and aliases (lower case) to ISO alpha-2, from the bundled gazetteer's country list. */
    public static synchronized Map<String, String> countryNames() {
        if (countries == null) {
            Map<String, String> names = new LinkedHashMap<>();
            try (var in = Accountability.class.getResourceAsStream("/org/borderwatch/resolve/place/countries.tsv");
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.readLine();
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    names.put(f[3], f[0]);
                    for (String alias : f[4].split("\\|")) {
                        if (!alias.isBlank()) {
                            names.putIfAbsent(alias.strip(), f[0]);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("bundled countries.tsv unreadable", e);
            }
            countries = Map.copyOf(names);
        }
        return countries;
    }
}
