package org.borderwatch.web.accountability;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.accountability.condition.ConditionEvaluator;
import org.borderwatch.accountability.condition.ConditionParser;
import org.borderwatch.accountability.condition.Explanation;
import org.borderwatch.accountability.condition.Rule;
import org.borderwatch.accountability.condition.Timeline;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.accountability.indicator.Anchors;
import org.borderwatch.accountability.indicator.Filter;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.IndicatorEvaluator;
import org.borderwatch.accountability.indicator.IndicatorParser;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.accountability.ledger.Ledger;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.accountability.ledger.PropositionGrouper;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.CommitmentStatus;
import org.borderwatch.core.accountability.Engagement;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.Proposition;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.resolve.place.CountryCodes;
import org.borderwatch.store.accountability.AccountabilityStore;
import org.borderwatch.store.accountability.LedgerRepository;
import org.borderwatch.store.accountability.RegistryActor;
import org.borderwatch.store.accountability.StoredCondition;
import org.borderwatch.store.accountability.StoredIndicator;
import org.jdbi.v3.core.Jdbi;

/**
 * The accountability records for the web: the store the CLI writes through, and the accountability
 * module's ledger, indicator, condition and engagement evaluation over the incidents stored now (read
 * afresh on each call, so a page shows what the database holds).
 */
public final class AccountabilityService {
    /** The parts of an evaluated condition. */
    public record ConditionOutcome(StoredCondition condition, LocalDate asOf, Explanation explanation, Optional<Timeline> timeline) {
    }

    private final AccountabilityStore store;

    public AccountabilityService(Jdbi jdbi) {
        this.store = new AccountabilityStore(jdbi);
    }

    public AccountabilityStore store() {
        return store;
    }

    /** Regroups every claim statement into propositions (as {@code borderwatch ledger} does), keeping analysts' decisions. */
    public LedgerRepository.Regrouped regroup() {
        PropositionGrouper grouper = new PropositionGrouper(PropositionGrouper.DEFAULT_THRESHOLD);
        return store.ledger().regroup(grouper::group);
    }

    /** A proposition's statements over time, holders, and the incidents bearing on it from {@code from} (default: a year before its first statement). */
    public Optional<LedgerEntry> proposition(long id, LocalDate from, LocalDate to, double borderKm) {
        Optional<Proposition> p = store.ledger().find(id);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        List<LedgerEntry.Position> positions = store.ledger().positions(id).stream()
                .map(s -> new LedgerEntry.Position(s.statement(), s.stance(), s.score(), s.origin())).toList();
        return Optional.of(new Ledger(CountryCodes.byName(), borderKm).entry(p.get(), positions, store.incidents(),
                Ledger.window(positions, from, to)));
    }

    /** Commitments in this review state, owed by a party whose name contains {@code obligor}, with this current status. */
    public List<Commitment> commitments(Optional<ReviewState> review, Optional<String> obligor, Optional<CommitmentStatus> status) {
        String wanted = obligor.map(o -> o.toLowerCase(Locale.ROOT)).orElse(null);
        return store.commitments().list(review).stream()
                .filter(c -> wanted == null || c.obligor().map(o -> o.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || o.actorId().map(String::valueOf).filter(wanted::equals).isPresent()).orElse(false))
                .filter(c -> status.isEmpty() || c.status() == status.get()).toList();
    }

    /** A commitment and the result on {@code asOf} of each indicator it is measured by. */
    public Optional<CommitmentJson.DetailView> commitment(long id, LocalDate asOf) {
        return store.commitments().find(id).map(c -> {
            List<CommitmentJson.MeasureView> measures = new java.util.ArrayList<>();
            if (!c.indicators().isEmpty()) {
                IndicatorEvaluator evaluator = evaluator();
                Map<String, StoredIndicator> stored = new HashMap<>();
                store.indicators().list().forEach(i -> stored.put(i.name(), i));
                for (String name : c.indicators()) {
                    StoredIndicator i = stored.get(name);
                    measures.add(new CommitmentJson.MeasureView(name, i.expression(),
                            ResultJson.ResultView.of(evaluator.evaluate(IndicatorParser.parse(i.expression()), asOf))));
                }
            }
            return new CommitmentJson.DetailView(CommitmentJson.CommitmentView.of(c), c.score().orElse(null), asOf, measures);
        });
    }

    /**
     * @throws org.borderwatch.accountability.indicator.SyntaxException when the expression does not parse
     */
    public IndicatorResult evaluate(String expression, LocalDate asOf) {
        return evaluator().evaluate(IndicatorParser.parse(expression), asOf);
    }

    /** A condition found by name or id, evaluated on {@code asOf}, with its timeline from {@code from} when given. */
    public Optional<ConditionOutcome> condition(String nameOrId, LocalDate asOf, Optional<LocalDate> from, Period step) {
        Optional<StoredCondition> found = store.conditions().find(nameOrId).or(() -> store.conditions().list().stream()
                .filter(c -> String.valueOf(c.id()).equals(nameOrId)).findFirst());
        return found.map(c -> {
            Rule rule = ConditionParser.parse(c.rule());
            Map<Long, Commitment> commitments = new HashMap<>();
            store.commitments().list(Optional.empty()).forEach(x -> commitments.put(x.id(), x));
            ConditionEvaluator evaluator = new ConditionEvaluator(commitments, indicators(), evaluator());
            return new ConditionOutcome(c, asOf, evaluator.evaluate(rule, asOf),
                    from.map(f -> evaluator.timeline(rule, f, asOf, step)));
        });
    }

    /**
     * The rates before and after an engagement, of incidents the filter (as after 'where' in an indicator) selects.
     *
     * @throws org.borderwatch.accountability.indicator.SyntaxException when the filter does not parse (offsets into it)
     * @throws IllegalArgumentException when the engagement is dated too loosely or a window is empty
     */
    public Optional<EngagementEffect> effect(long id, Optional<String> where, int before, int after, LocalDate asOf) {
        Filter filter = where.map(AccountabilityService::filter).orElse(new Filter.Any());
        return store.engagements().find(id).map(e -> EngagementEffect.measure(e, filter, before, after, evaluator(), asOf));
    }

    private static final String WHERE = "count where ";

    /** A filter as written after 'where' in an indicator; a syntax error's offset counts from the filter's start. */
    static Filter filter(String where) {
        Indicator i;
        try {
            i = IndicatorParser.parse(WHERE + where);
        } catch (org.borderwatch.accountability.indicator.SyntaxException e) {
            throw new org.borderwatch.accountability.indicator.SyntaxException("filter", where,
                    Math.max(0, e.offset() - WHERE.length()), e.getMessage().replaceFirst("^.*?column \\d+: ", ""));
        }
        if (i.window().isPresent() || i.per().isPresent()) {
            throw new org.borderwatch.accountability.indicator.SyntaxException("filter", where, 0,
                    "takes only a filter (no window, no 'per')");
        }
        return i.filter();
    }

    /** A party named by a user: the registry actor of that name or alias (any case), else the words as given. */
    public PartyRef party(String name) {
        String wanted = PartyRef.normalise(name);
        for (RegistryActor a : store.registry()) {
            if (PartyRef.normalise(a.name()).equals(wanted) || a.aliases().stream().anyMatch(x -> PartyRef.normalise(x).equals(wanted))) {
                return PartyRef.actor(a.id(), a.name());
            }
        }
        return PartyRef.mention(name.strip());
    }

    public List<Engagement> engagements(Optional<ReviewState> review) {
        return store.engagements().list(review);
    }

    private Map<String, Indicator> indicators() {
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (StoredIndicator i : store.indicators().list()) {
            out.put(i.name(), IndicatorParser.parse(i.expression()));
        }
        return out;
    }

    private IndicatorEvaluator evaluator() {
        return new IndicatorEvaluator(store.incidents(), Anchors.of(store.commitments().list(Optional.empty()),
                store.engagements().list(Optional.empty())));
    }
}
