package org.borderwatch.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.resolve.actor.PublisherCountries;
import org.borderwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publisher", mixinStandardHelpOptions = true,
        description = "Show or set the country a publisher writes from, whose \"the government\" and \"the military\" "
                + "its texts mean. The bundled publishers table covers the region's main outlets; '-' marks an "
                + "international outlet or wire service, for which the document's own countries decide.")
final class ActorPublisherCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    ActorsCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "The publisher as documents name it, e.g. \"Dawn\".")
    String publisher;

    @Parameters(index = "1", arity = "0..1", paramLabel = "COUNTRY",
            description = "ISO alpha-2 code such as PK, or - for an international outlet (default: show the current one).")
    String country;

    @Override
    public Integer call() {
        if (publisher.isBlank()) {
            throw new UserError("NAME must not be blank");
        }
        String code = null;
        if (country != null && !country.strip().equals("-")) {
            code = country.strip().toUpperCase(Locale.ROOT);
            if (!Actor.isCountryCode(code)) {
                throw new UserError("COUNTRY must be an ISO alpha-2 code such as PK, or -, was '" + country + "'");
            }
        }
        var out = spec.commandLine().getOut();
        try (Database db = parent.store.open(spec.commandLine().getErr(), true)) {
            if (country != null) {
                db.actors().setPublisherCountry(publisher, code);
            }
            PublisherCountries.Lookup lookup = PublisherCountries.bundled().with(db.actors().publisherCountries())
                    .lookup(publisher, null);
            out.println(publisher.strip() + ": " + lookup.country().orElse("no country") + " (" + lookup.why() + ")");
            if (country != null) {
                out.println("run 'borderwatch actors resolve' to resolve its documents' facts again");
            }
            return 0;
        }
    }
}
