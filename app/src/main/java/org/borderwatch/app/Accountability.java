package org.borderwatch.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.indicator.Anchors;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.IndicatorEvaluator;
import org.borderwatch.accountability.indicator.IndicatorParser;
import org.borderwatch.accountability.text.KnownParties;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.resolve.place.CountryCodes;
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
            evaluator = new IndicatorEvaluator(incidents(), Anchors.of(store.commitments().list(Optional.empty()),
                    store.engagements().list(Optional.empty())));
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

    /** Country names and aliases (lower case) to ISO alpha-2, from the bundled gazetteer's country list. */
    public static Map<String, String> countryNames() {
        return CountryCodes.byName();
    }
}
