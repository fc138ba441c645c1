package org.borderwatch.accountability.brief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.accountability.condition.Explanation;
import org.borderwatch.accountability.condition.Timeline;
import org.borderwatch.accountability.engagement.EngagementEffect;
import org.borderwatch.accountability.indicator.Comparison;
import org.borderwatch.accountability.indicator.IndicatorResult;
import org.borderwatch.accountability.indicator.RateRatio;
import org.borderwatch.accountability.ledger.LedgerEntry;
import org.borderwatch.core.accountability.Commitment;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.PerpetratorFact;
import org.borderwatch.core.accountability.SourceRef;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.accountability.StatusChange;

/**
 * Builds the brief: a summary, the incidents attributed to the actor, the claims, the commitments
 * and their indicators, the conditions with their timelines, the engagements with the rates around
 * them, and the appendix of every incident and document cited. Every figure lists its sources.
 */
public final class BriefBuilder {
    private static final int LINKS_PER_FIGURE = 60;

    private final BriefData data;
    private final Sources sources;
    private final List<Brief.Section> sections = new ArrayList<>();
    private int figures;

    private BriefBuilder(BriefData data) {
        this.data = data;
        this.sources = new Sources(data.incidents(), data.documents());
    }

    public static Brief build(BriefData data) {
        return new BriefBuilder(data).brief();
    }

    private Brief brief() {
        summary();
        incidents();
        claims();
        commitments();
        conditions();
        engagements();
        appendix();
        return new Brief("Accountability brief: " + data.actor(), data.period(), data.generated(), sections);
    }

    private void summary() {
        long kept = data.commitments().stream().filter(c -> c.commitment().statusOn(data.period().end()).name().equals("KEPT")).count();
        long met = data.conditions().stream().filter(c -> c.explanation().holds()).count();
        String text = String.format(Locale.ROOT, "From %s to %s: %s incidents attributed to %s; %d propositions in the claim "
                        + "ledger it speaks on or is named in; %d commitments it owes or is owed (%d kept by the end of the period); "
                        + "%d conditions on them (%d met at the end of the period); %d engagements it took part in. Incidents are "
                        + "consolidated incidents (C) or reports not yet consolidated (R); every figure lists the incidents and "
                        + "documents behind it, and the appendix gives each one's sources.",
                data.period().start(), data.period().end(), Comparison.number(data.attributed().total()), data.actor(),
                data.claims().size(), data.commitments().size(), kept, data.conditions().size(), met, data.engagements().size());
        sections.add(new Brief.Section("Summary", List.of(new Brief.Paragraph(Brief.Text.of(text)))));
    }

    private void incidents() {
        IndicatorResult.Series s = data.attributed();
        List<Brief.Block> blocks = new ArrayList<>();
        blocks.add(new Brief.Paragraph(Brief.Text.of("Indicator: " + s.indicator() + ". " + Comparison.number(s.total())
                + " incidents in " + s.buckets().size() + " months." + coverage(s))));
        blocks.add(figure("Incidents attributed to " + data.actor() + " per month", series(s, "incidents"), s.incidents()));
        sections.add(new Brief.Section("Incidents attributed to " + data.actor(), blocks));
    }

    private void claims() {
        List<Brief.Block> blocks = new ArrayList<>();
        if (data.claims().isEmpty()) {
            blocks.add(new Brief.Paragraph(Brief.Text.of("No statement in the period names " + data.actor() + " or is made by it.")));
        }
        for (LedgerEntry e : data.claims()) {
            blocks.add(new Brief.Paragraph(Brief.Text.of("Proposition " + e.proposition().id() + ": \"" + e.proposition().label()
                    + "\": " + e.countFor() + " for, " + e.countAgainst() + " against.")));
            List<List<Brief.Text>> rows = new ArrayList<>();
            for (LedgerEntry.Position p : e.positions()) {
                StatementFact st = p.statement();
                rows.add(List.of(Brief.Text.of(st.day().map(Object::toString).orElse("?")),
                        Brief.Text.of(p.stance().name().toLowerCase(Locale.ROOT)), Brief.Text.of(st.speaker().name()),
                        Brief.Text.of(st.type().name().toLowerCase(Locale.ROOT)),
                        Brief.Text.of(st.evidence().map(ev -> ev.quote()).orElse(st.quote().orElse(""))), cite(st)));
            }
            blocks.add(new Brief.Table(List.of("date", "stance", "speaker", "type", "words", "source"), rows));
            String holders = e.holders().stream().map(h -> h.party().name() + " (" + h.latest().name().toLowerCase(Locale.ROOT)
                    + ", " + h.forCount() + " for, " + h.againstCount() + " against)").collect(Collectors.joining("; "));
            blocks.add(new Brief.Paragraph(Brief.Text.of("Who holds which position: " + holders + ".")));
            List<Brief.Piece> bearing = new ArrayList<>(List.of(new Brief.Piece("Incidents its statements name: ", null)));
            bearing.addAll(sources.incidents(e.named(), LINKS_PER_FIGURE).pieces());
            bearing.add(new Brief.Piece(". Incidents that bear on it (" + e.rule() + "): " + e.bearing().size() + ": ", null));
            bearing.addAll(sources.incidents(e.bearing(), LINKS_PER_FIGURE).pieces());
            blocks.add(new Brief.Paragraph(new Brief.Text(bearing)));
        }
        sections.add(new Brief.Section("Claims", blocks));
    }

    private Brief.Text cite(StatementFact st) {
        return new Brief.Text(List.of(sources.document(st.documentId(), java.util.Optional.empty(), st.published(),
                st.evidence().map(ev -> ev.quote()).orElse(null)), new Brief.Piece(", statement " + st.id(), null)));
    }

    private void commitments() {
        List<Brief.Block> blocks = new ArrayList<>();
        if (data.commitments().isEmpty()) {
            blocks.add(new Brief.Paragraph(Brief.Text.of("No confirmed or suggested commitment names " + data.actor() + ".")));
        }
        List<List<Brief.Text>> rows = new ArrayList<>();
        for (BriefData.CommitmentBrief cb : data.commitments()) {
            Commitment c = cb.commitment();
            List<Brief.Piece> src = new ArrayList<>();
            c.sources().forEach(s -> s.evidence().ifPresent(ev -> {
                src.add(new Brief.Piece(src.isEmpty() ? "" : "; ", null));
                src.add(sources.document(ev.documentId(), java.util.Optional.empty(), java.util.Optional.empty(), ev.quote()));
            }));
            StatusChange last = c.ratingOn(data.period().end()).orElse(null);
            rows.add(List.of(Brief.Text.of(Long.toString(c.id())), Brief.Text.of(c.obligor().map(PartyRef::name).orElse("?")),
                    Brief.Text.of(c.obligee().map(PartyRef::name).orElse("?")), Brief.Text.of(c.owed()),
                    Brief.Text.of(c.start().map(Object::toString).orElse("?")),
                    Brief.Text.of(c.review().name().toLowerCase(Locale.ROOT)),
                    Brief.Text.of(c.statusOn(data.period().end()).label() + (last == null ? "" : last.score().map(x -> " (score " + x + ")")
                            .orElse("") + " since " + last.effective() + " by " + last.author() + ": " + last.evidence().stream()
                            .map(Object::toString).collect(Collectors.joining("; ")))),
                    src.isEmpty() ? Brief.Text.of("entered by hand") : new Brief.Text(src)));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Brief.Table(List.of("id", "obligor", "obligee", "owed", "from", "review", "status at period end", "source"),
                    rows));
        }
        for (BriefData.CommitmentBrief cb : data.commitments()) {
            for (BriefData.NamedResult r : cb.indicators()) {
                blocks.add(new Brief.Paragraph(Brief.Text.of("Commitment " + cb.commitment().id() + ", indicator " + r.name() + ": "
                        + r.result().indicator() + ": " + r.result().summary() + "." + coverage(r.result()))));
                if (r.result() instanceof IndicatorResult.Series s) {
                    blocks.add(figure("Commitment " + cb.commitment().id() + ": " + r.name(), series(s, "value"), s.incidents()));
                } else if (r.result() instanceof IndicatorResult.Versus v) {
                    blocks.add(figure("Commitment " + cb.commitment().id() + ": " + r.name() + " (rate per 30 days)",
                            rates(v.ratio(), "reference " + v.reference().range(), "current " + v.current().range()), v.incidents()));
                } else {
                    List<Brief.Piece> p = new ArrayList<>(List.of(new Brief.Piece("Counted: ", null)));
                    p.addAll(sources.incidents(r.result().incidents(), LINKS_PER_FIGURE).pieces());
                    blocks.add(new Brief.Paragraph(new Brief.Text(p)));
                }
            }
        }
        sections.add(new Brief.Section("Commitments", blocks));
    }

    private void conditions() {
        List<Brief.Block> blocks = new ArrayList<>();
        if (data.conditions().isEmpty()) {
            blocks.add(new Brief.Paragraph(Brief.Text.of("No condition rests on these commitments.")));
        }
        for (BriefData.ConditionBrief c : data.conditions()) {
            Explanation e = c.explanation();
            blocks.add(new Brief.Paragraph(Brief.Text.of("Condition " + c.name() + ": " + c.measure() + ", when " + c.rule() + ". At "
                    + data.period().end() + " it " + (e.holds() ? "holds" : "does not hold") + ": " + String.join(" / ", e.lines())
                    .replaceAll("\\s+", " "))));
            Timeline t = c.timeline();
            blocks.add(figure("Condition " + c.name() + ": " + t.firstMet().map(d -> "first met " + d).orElse("not met in the period"),
                    Chart.strip("Condition " + c.name() + " over the period", t.points().stream().map(p -> p.day().toString()).toList(),
                            t.points().stream().map(Timeline.Point::holds).toList()), incidentsOf(e)));
        }
        sections.add(new Brief.Section("Conditions", blocks));
    }

    private static List<IncidentRef> incidentsOf(Explanation e) {
        Set<IncidentRef> all = new LinkedHashSet<>(e.incidents());
        e.parts().forEach(p -> all.addAll(incidentsOf(p)));
        return List.copyOf(all);
    }

    private void engagements() {
        List<Brief.Block> blocks = new ArrayList<>();
        if (data.engagements().isEmpty()) {
            blocks.add(new Brief.Paragraph(Brief.Text.of("No confirmed engagement of " + data.actor() + " in the period.")));
        } else {
            blocks.add(new Brief.Paragraph(Brief.Text.of("Incidents counted: " + data.engagementIncidents() + ". "
                    + EngagementEffect.CAVEAT)));
        }
        for (EngagementEffect eff : data.engagements()) {
            IndicatorResult.Versus v = eff.result();
            RateRatio r = v.ratio();
            blocks.add(new Brief.Paragraph(Brief.Text.of("Engagement " + eff.engagement().id() + ": " + eff.engagement().kind().label()
                    + " on " + eff.engagement().date().iso() + " (" + eff.engagement().parties().stream().map(PartyRef::name)
                    .collect(Collectors.joining(", ")) + "): " + eff.engagement().title() + ". Before: "
                    + Comparison.number(r.reference()) + " in " + r.referenceDays() + " days; after: " + Comparison.number(r.current())
                    + " in " + r.currentDays() + " days; rate ratio after/before " + r.describe() + " (" + r.method() + ")."
                    + (eff.warnings().isEmpty() ? "" : " Note: " + String.join("; ", eff.warnings()) + "."))));
            blocks.add(figure("Engagement " + eff.engagement().id() + ": incidents per 30 days before and after",
                    rates(r, "before", "after"), v.incidents()));
        }
        sections.add(new Brief.Section("Engagements and incident rates", blocks));
    }

    private void appendix() {
        List<Brief.Block> blocks = new ArrayList<>();
        for (IncidentFact f : sources.citedIncidents()) {
            List<Brief.Piece> head = new ArrayList<>();
            head.add(new Brief.Piece(f.ref().label() + ": " + f.date().map(d -> d.iso()).orElse("undated") + ", "
                    + f.type().toLowerCase(Locale.ROOT).replace('_', ' ') + f.place().map(p -> ", " + p.name()
                    + (p.admin1() == null ? "" : " (" + p.admin1() + ")") + (p.borderKm() == null ? ""
                    : String.format(Locale.ROOT, ", %.0f km from the %s border", p.borderKm(), p.nearestBorder()))).orElse("")
                    + "; perpetrators: " + (f.perpetrators().isEmpty() ? "unknown" : f.perpetrators().stream()
                    .map(BriefBuilder::perpetrator).collect(Collectors.joining(", "))) + f.killed().map(k -> "; killed " + k.best())
                    .orElse("") + "; reports: " + f.reportIds().stream().map(id -> "R" + id).collect(Collectors.joining(", "))
                    + "; from ", null));
            for (int i = 0; i < f.sources().size(); i++) {
                SourceRef s = f.sources().get(i);
                head.add(new Brief.Piece(i == 0 ? "" : ", ", null));
                head.add(s.documentId().map(d -> new Brief.Piece("document " + d, Sources.anchor(d)))
                        .orElse(new Brief.Piece(s.label(), null)));
            }
            if (f.sources().isEmpty()) {
                head.add(new Brief.Piece("an analyst's entry", null));
            }
            blocks.add(new Brief.Entry(Sources.anchor(f.ref()), new Brief.Text(head), List.of()));
        }
        for (Sources.Document d : sources.citedDocuments()) {
            blocks.add(new Brief.Entry(Sources.anchor(d.id()), Brief.Text.of("document " + d.id() + d.title().map(t -> ": " + t).orElse("")
                    + d.published().map(p -> " (published " + p + ")").orElse("") + (d.quotes().isEmpty() ? "" : "; quoted:")),
                    d.quotes()));
        }
        if (blocks.isEmpty()) {
            blocks.add(new Brief.Paragraph(Brief.Text.of("Nothing cited.")));
        }
        sections.add(new Brief.Section("Sources", blocks));
    }

    private static String perpetrator(PerpetratorFact p) {
        return p.mention() + " (" + p.attribution().name().toLowerCase(Locale.ROOT) + ")";
    }

    private Brief.Figure figure(String caption, Chart chart, List<IncidentRef> incidents) {
        figures++;
        String id = "figure-" + figures;
        return new Brief.Figure(id, caption, chart, "charts/" + id + ".png", sources.incidents(incidents, LINKS_PER_FIGURE));
    }

    private static Chart series(IndicatorResult.Series s, String valueLabel) {
        return Chart.bars(s.indicator().toString(), valueLabel, s.buckets().stream().map(IndicatorResult.Cell::label).toList(),
                s.buckets().stream().map(IndicatorResult.Cell::value).toList());
    }

    /** Two bars, the rates per 30 days before and after, the rate ratio's interval written in the title. */
    private static Chart rates(RateRatio r, String reference, String current) {
        return Chart.bars("rate ratio " + r.describe(), "per 30 days", List.of(reference, current),
                List.of(r.referenceRate(), r.currentRate()));
    }

    private static String coverage(IndicatorResult r) {
        String c = r.coverage().describe();
        return c.isEmpty() ? "" : " Not counted: " + c + ".";
    }
}
