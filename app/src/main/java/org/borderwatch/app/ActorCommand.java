package org.borderwatch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderwatch.store.Database;
import org.borderwatch.store.actor.ActorDetail;
import org.borderwatch.store.actor.StoredAffiliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "actor", mixinStandardHelpOptions = true,
        description = "Show one actor: its names, affiliations and offices over time, how often facts name it "
                + "(statements made and received, incidents attributed to it, attributions it made).")
final class ActorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "A registry id such as mohsin-naqvi (see 'borderwatch actors'), "
            + "or a candidate's #number (see 'borderwatch actors candidates').")
    String id;

    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Database db = store.open(spec.commandLine().getErr(), true)) {
            ActorLinker.syncedRegistry(db.actors(), m -> { });
            ActorDetail d = db.actors().detail(id.strip()).orElseThrow(() -> new UserError("no actor '" + id.strip()
                    + "' (registry ids look like pk-gov; candidates like #12)"));
            if (json) {
                out.println(Json.write(ActorDetailView.of(d)));
            } else {
                print(out, ActorDetailView.of(d));
            }
            return 0;
        }
    }

    private static void print(PrintWriter out, ActorDetailView v) {
        out.println(v.name() + " (" + v.id() + ")");
        line(out, "Type", v.type() + (v.candidate() ? " - a candidate: a mention no registry actor matched" : ""));
        line(out, "Country", v.country());
        line(out, "Period", v.from() == null && v.to() == null ? null : (v.from() == null ? "" : v.from()) + " .. "
                + (v.to() == null ? "" : v.to()));
        line(out, "Origin", v.origin());
        line(out, "Source", v.source());
        line(out, "Aliases", String.join(", ", v.aliases()));
        line(out, "Local", String.join(", ", v.localAliases()));
        out.println("  Affiliations over time:");
        if (v.affiliations().isEmpty()) {
            out.println("    none");
        }
        for (ActorDetailView.AffiliationView a : v.affiliations()) {
            out.printf("    %-24s %s%n", a.period(), a.describe());
        }
        out.printf("  Statements made: %d, received: %d; incidents attributed to it: %d; attributions it made: %d%n",
                v.statementsMade(), v.statementsReceived(), v.incidentsAttributed(), v.attributionsMade());
        if (!v.mentionedAs().isEmpty()) {
            out.println("  Mentioned as: " + String.join(", ", v.mentionedAs()));
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-9s %s%n", label + ":", value);
        }
    }

    /** The actor view as printed and as JSON. */
    record ActorDetailView(String id, long databaseId, String name, String type, boolean candidate, String country,
            java.time.LocalDate from, java.time.LocalDate to, String origin, String source, java.util.List<String> aliases,
            java.util.List<String> localAliases, java.util.List<AffiliationView> affiliations, long statementsMade,
            long statementsReceived, long incidentsAttributed, long attributionsMade, java.util.List<String> mentionedAs) {

        static ActorDetailView of(ActorDetail d) {
            var a = d.actor();
            return new ActorDetailView(a.key(), a.id(), a.name(), FactViews.lower(a.type()), a.candidate(),
                    a.country().orElse(null), a.entry().map(e -> e.from()).orElse(null),
                    a.entry().map(e -> e.to()).orElse(null), ActorView.origin(a.origin()),
                    a.entry().map(e -> e.source()).orElse(null), d.aliases(), d.localAliases(),
                    d.affiliations().stream().map(AffiliationView::of).toList(),
                    d.statementsMade(), d.statementsReceived(), d.incidentsAttributed(), d.attributionsMade(),
                    d.mentions().stream().map(m -> "\"" + m.mention() + "\" (" + m.count() + ")").toList());
        }

        /** One affiliation, told from the side of the actor shown. */
        record AffiliationView(String actor, String relation, String role, String related, java.time.LocalDate from,
                java.time.LocalDate to, String source, String origin, String text) {
            static AffiliationView of(StoredAffiliation f) {
                String holder = f.actorName().map(n -> n + " [" + f.actor().orElseThrow() + "]").orElse("(holder not in the registry)");
                String org = f.relatedName() + " [" + f.related() + "]";
                String relation = FactViews.lower(f.relation()).replace('_', ' ');
                String text = f.role().map(r -> holder + " is " + r + " of " + org).orElse(holder + " is " + relation + " " + org);
                return new AffiliationView(f.actor().orElse(null), FactViews.lower(f.relation()), f.role().orElse(null),
                        f.related(), f.from().orElse(null), f.to().orElse(null), f.source(), ActorView.origin(f.origin()), text);
            }

            String period() {
                return (from == null ? "" : from.toString()) + " .. " + (to == null ? "" : to.toString());
            }

            String describe() {
                return text;
            }
        }
    }
}
