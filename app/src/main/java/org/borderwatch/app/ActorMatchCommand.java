package org.borderwatch.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.resolve.actor.Resolution;
import org.borderwatch.resolve.actor.ResolutionContext;
import org.borderwatch.store.Database;
import org.borderwatch.store.actor.DocumentMentions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Show how a mention resolves, in a stored document's context (--doc: its date, publisher's "
                + "country, the countries it is about, the actors it names) or in one you give: the actor and why, "
                + "or that it would be a candidate and why. No fact is linked.")
final class ActorMatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ActorsCommand parent;

    @Parameters(paramLabel = "MENTION", description = "The words, e.g. \"the interior minister\".")
    String mention;

    @Option(names = "--doc", paramLabel = "ID", description = "Resolve in this document's context.")
    Long documentId;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date (default: the document's, else none).")
    String date;

    @Option(names = "--country", paramLabel = "CC", description = "The publisher's country, ISO alpha-2 (default: the document's publisher's).")
    String country;

    @Option(names = "--role", paramLabel = "ROLE", description = "The office the text gives the mention, e.g. \"interior minister\".")
    String role;

    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;

    record MatchView(String mention, String outcome, String actor, String name, String role, String how, Double score,
            String why, LocalDate date, String publisherCountry, List<String> documentCountries) {
    }

    @Override
    public Integer call() {
        LocalDate day = date == null ? null : parseDate(date);
        String cc = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        if (cc != null && !Actor.isCountryCode(cc)) {
            throw new UserError("--country must be an ISO alpha-2 code such as PK, was '" + country + "'");
        }
        var out = spec.commandLine().getOut();
        try (Database db = parent.store.open(spec.commandLine().getErr(), true)) {
            ActorLinker linker = ActorLinker.open(db, m -> { });
            ResolutionContext context = ResolutionContext.none();
            if (documentId != null) {
                DocumentMentions d = db.actors().mentions(documentId)
                        .orElseThrow(() -> new UserError("--doc: no document with id " + documentId));
                context = linker.context(d);
            }
            context = new ResolutionContext(day != null ? day : context.publicationDate(),
                    cc != null ? cc : context.publisherCountry(), context.documentCountries(), context.documentActors());
            Resolution r = linker.registry().resolve(mention, Optional.ofNullable(role), context);
            MatchView v = view(r, context);
            if (json) {
                out.println(Json.write(v));
            } else if (r instanceof Resolution.Matched) {
                out.printf("\"%s\" -> %s (%s)%s, %s, score %.2f%n  %s%n", v.mention(), v.name(), v.actor(),
                        v.role() == null ? "" : " as " + v.role(), v.how(), v.score(), v.why());
            } else {
                out.printf("\"%s\" -> a candidate for review%n  %s%n", v.mention(), v.why());
            }
            if (!json) {
                out.printf("  context: date %s, publisher's country %s, document's countries %s%n",
                        v.date() == null ? "unknown" : v.date(), v.publisherCountry() == null ? "unknown" : v.publisherCountry(),
                        v.documentCountries().isEmpty() ? "none" : String.join(", ", v.documentCountries()));
            }
            return 0;
        }
    }

    private static MatchView view(Resolution r, ResolutionContext c) {
        if (r instanceof Resolution.Matched m) {
            return new MatchView(m.mention(), "matched", m.actor().id(), m.actor().name(), m.role().orElse(null),
                    FactViews.lower(m.how().name()), m.score(), m.why(), c.publicationDate(), c.publisherCountry(),
                    c.documentCountries());
        }
        return new MatchView(r.mention(), "candidate", null, null, null, null, null, r.why(), c.publicationDate(),
                c.publisherCountry(), c.documentCountries());
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("--date must be an ISO date such as 2024-05-28, was '" + value + "'");
        }
    }
}
