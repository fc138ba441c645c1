package org.borderwatch.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.borderwatch.accountability.brief.Brief;
import org.borderwatch.accountability.brief.BriefBuilder;
import org.borderwatch.accountability.brief.BriefData;
import org.borderwatch.accountability.brief.BriefWriter;
import org.borderwatch.accountability.condition.ConditionEvaluator;
import org.borderwatch.accountability.condition.Rule;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.accountability.indicator.Anchor;
import org.borderwatch.accountability.indicator.DateRange;
import org.borderwatch.accountability.indicator.Filter;
import org.borderwatch.accountability.indicator.Indicator;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.Period;
import org.borderwatch.accountability.indicator.Window;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.accountability.ledger.PropositionGrouper;
import org.borderwatch.accountability.text.Words;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.Engagement;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.ReviewState;
import org.borderwatch.store.Database;
import org.borderwatch.store.accountability.PropositionSummary;
import org.borderwatch.store.accountability.StoredCondition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an accountability brief on one actor and period (brief.html, brief.md, charts/*.png), every "
                + "figure linked to the incidents and documents behind it.")
final class ReportCommand implements Callable<Integer> {
    private static final int MAX_PROPOSITIONS = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--actor", paramLabel = "NAME", required = true,
            description = "The actor: a registry name or alias, or the words the texts name it by (e.g. \"Afghan Taliban\").")
    String actor;

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day of the period (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day of the period (YYYY-MM-DD).")
    String to;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write the brief into.")
    Path out;

    @Option(names = "--where", paramLabel = "FILTER",
            description = "Which incidents the engagements' before/after rates count, as after 'where' in an indicator "
                    + "(default: those attributed to the actor).")
    String where;

    @Option(names = "--before", paramLabel = "DAYS", defaultValue = "90", description = "Days before an engagement (default: ${DEFAULT-VALUE}).")
    int before;

    @Option(names = "--after", paramLabel = "DAYS", defaultValue = "90", description = "Days after an engagement (default: ${DEFAULT-VALUE}).")
    int after;

    @Option(names = "--border-km", paramLabel = "KM", defaultValue = "50",
            description = "How near a border of a country a proposition names a bearing incident must be (default: ${DEFAULT-VALUE}).")
    double borderKm;

    @Override
    public Integer call() {
        DateRange period = new DateRange(AccountabilityOptions.date("--from", from), AccountabilityOptions.date("--to", to));
        if (period.isEmpty()) {
            throw new UserError("--to (" + to + ") is before --from (" + from + ")");
        }
        if (before < 1 || after < 1) {
            throw new UserError("--before and --after must be at least 1 day");
        }
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            Accountability a = new Accountability(db);
            LedgerCommand.regroup(db, PropositionGrouper.DEFAULT_THRESHOLD);
            ActorMatch who = new ActorMatch(a, actor);
            Filter attributedTo = who.perpetratorFilter();
            Filter engagementFilter = where == null ? attributedTo : EngagementsCommand.filter(where);
            IndicatorResult.Series attributed = (IndicatorResult.Series) a.evaluator().evaluate(new Indicator(Indicator.Measure.COUNT,
                    attributedTo, Optional.of(new Window.Between(new Anchor.On(period.start()), new Anchor.On(period.end()))),
                    Optional.empty(), Optional.of(Period.MONTH)), period.end());
            List<Commitment> commitments = a.store().commitments().list(Optional.empty()).stream()
                    .filter(c -> c.review() != ReviewState.REJECTED)
                    .filter(c -> c.obligor().filter(who::matches).isPresent() || c.obligee().filter(who::matches).isPresent())
                    .filter(c -> c.start().map(s -> !s.isAfter(period.end())).orElse(true)).toList();
            Map<String, Indicator> indicators = a.indicators();
            List<BriefData.CommitmentBrief> commitmentBriefs = commitments.stream().map(c -> new BriefData.CommitmentBrief(c,
                    c.indicators().stream().map(n -> new BriefData.NamedResult(n, a.evaluator().evaluate(indicators.get(n),
                            period.end()))).toList())).toList();
            Map<IncidentRef, IncidentFact> incidents = new HashMap<>();
            a.incidents().forEach(f -> incidents.put(f.ref(), f));
            BriefData data = new BriefData(who.label(), period, LocalDate.now(), attributed, claims(a, who, period),
                    commitmentBriefs, conditions(a, commitments, period), engagements(a, who, period, engagementFilter),
                    engagementFilter.toString().isEmpty() ? "all incidents" : engagementFilter.toString(), incidents,
                    id -> db.documents().find(id).map(d -> new BriefData.DocumentInfo(Optional.ofNullable(d.provenance().title()),
                            d.provenance().published().value())));
            Brief brief = BriefBuilder.build(data);
            List<Path> files;
            try {
                files = BriefWriter.write(brief, out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the brief into " + out + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().printf("wrote %s and %s with %d charts in %s%n", out.resolve("brief.html"),
                    out.resolve("brief.md"), files.size() - 2, out.resolve("charts"));
            return 0;
        }
    }

    private List<LedgerEntry> claims(Accountability a, ActorMatch who, DateRange period) {
        List<LedgerEntry> out = new ArrayList<>();
        for (PropositionSummary s : a.store().ledger().summaries(10_000)) {
            LedgerEntry e = LedgerCommand.entry(a, s.proposition().id(), period.start(), period.end(), borderKm);
            List<LedgerEntry.Position> inPeriod = e.positions().stream()
                    .filter(p -> p.statement().day().map(period::contains).orElse(false)).toList();
            boolean concerns = who.named(e.proposition().label()) || inPeriod.stream().anyMatch(p -> who.matches(p.statement().speaker())
                    || p.statement().addressee().filter(who::matches).isPresent());
            if (concerns && !inPeriod.isEmpty()) {
                out.add(e);
            }
            if (out.size() == MAX_PROPOSITIONS) {
                break;
            }
        }
        return out;
    }

    private static List<BriefData.ConditionBrief> conditions(Accountability a, List<Commitment> commitments, DateRange period) {
        Set<Long> ids = new LinkedHashSet<>();
        commitments.forEach(c -> ids.add(c.id()));
        ConditionEvaluator evaluator = ConditionsCommand.evaluator(a);
        List<BriefData.ConditionBrief> out = new ArrayList<>();
        for (StoredCondition c : a.store().conditions().list()) {
            if (c.review() == ReviewState.REJECTED) {
                continue;
            }
            Rule rule = ConditionsCommand.parse(c.rule());
            if (commitmentIds(rule).stream().anyMatch(ids::contains)) {
                out.add(new BriefData.ConditionBrief(c.name(), c.measure(), c.rule(), evaluator.evaluate(rule, period.end()),
                        evaluator.timeline(rule, period.start(), period.end(), Period.MONTH)));
            }
        }
        return out;
    }

    static Set<Long> commitmentIds(Rule rule) {
        Set<Long> ids = new LinkedHashSet<>();
        if (rule instanceof Rule.CommitmentIs c) {
            ids.add(c.id());
        } else if (rule instanceof Rule.CommitmentScore c) {
            ids.add(c.id());
        } else if (rule instanceof Rule.All x) {
            x.parts().forEach(p -> ids.addAll(commitmentIds(p)));
        } else if (rule instanceof Rule.Any x) {
            x.parts().forEach(p -> ids.addAll(commitmentIds(p)));
        } else if (rule instanceof Rule.AtLeast x) {
            x.parts().forEach(p -> ids.addAll(commitmentIds(p)));
        } else if (rule instanceof Rule.Not n) {
            ids.addAll(commitmentIds(n.part()));
        }
        return ids;
    }

    private List<EngagementEffect> engagements(Accountability a, ActorMatch who, DateRange period, Filter filter) {
        List<EngagementEffect> out = new ArrayList<>();
        for (Engagement e : a.store().engagements().list(Optional.of(ReviewState.CONFIRMED))) {
            boolean precise = java.time.temporal.ChronoUnit.DAYS.between(e.date().earliest(), e.date().latest()) < EngagementEffect.MAX_DATE_DAYS;
            if (precise && period.contains(e.date().earliest()) && e.parties().stream().anyMatch(who::matches)) {
                out.add(EngagementEffect.measure(e, filter, before, after, a.evaluator(), LocalDate.now()));
            }
        }
        return out;
    }

    /** The actor a brief is about: its registry names when it is registered, and the words the user gave. */
    static final class ActorMatch {
        private final Optional<Long> id;
        private final List<String> names = new ArrayList<>();
        private final String label;

        ActorMatch(Accountability a, String actor) {
            PartyRef p = a.party(actor);
            this.id = p.actorId();
            this.label = p.name();
            names.add(actor.strip());
            if (id.isPresent()) {
                names.add(p.name());
                a.store().registry().stream().filter(x -> x.id() == id.get()).findFirst()
                        .ifPresent(x -> names.addAll(x.aliases()));
            }
        }

        String label() {
            return label;
        }

        boolean matches(PartyRef p) {
            return p.actorId().isPresent() && p.actorId().equals(id) || named(p.name());
        }

        boolean named(String text) {
            return names.stream().anyMatch(n -> Words.containsPhrase(text, PartyRef.normalise(n)));
        }

        Filter perpetratorFilter() {
            List<Filter> parts = names.stream().<Filter>map(n -> new Filter.Perpetrator(n, false, Optional.empty())).toList();
            return parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
        }
    }
}
