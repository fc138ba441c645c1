package org.borderwatch.app;

import static org.borderwatch.app.FactViews.lower;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.fact.FactOrigin;
import org.borderwatch.store.actor.StoredActor;

/** A registered actor as the CLI lists it: one JSON object, one CSV or table row. */
record ActorView(String id, long databaseId, String name, String type, String country, List<String> aliases,
        List<String> localAliases, LocalDate from, LocalDate to, String origin, String source) {

    static ActorView of(StoredActor s) {
        Actor a = s.entry().orElseThrow(() -> new IllegalArgumentException("a candidate has no registry entry"));
        return new ActorView(a.id(), s.id(), a.name(), lower(a.type().name()), a.country(), a.aliases(), a.localAliases(),
                a.from(), a.to(), origin(s.origin()), a.source());
    }

    /** Who owns an actor, in words: the bundled registry (a sync replaces it) or an analyst (never replaced). */
    static String origin(FactOrigin origin) {
        return switch (origin) {
            case MACHINE -> "bundled";
            case HUMAN -> "analyst";
            case CORRECTED -> "corrected";
        };
    }

    static final List<Column<ActorView>> COLUMNS = List.of(
            Column.of("id", 24, ActorView::id),
            Column.of("type", 18, ActorView::type),
            Column.of("country", "CC", 2, ActorView::country),
            Column.of("name", 44, ActorView::name),
            Column.csv("aliases", v -> String.join("|", v.aliases())),
            Column.csv("local_aliases", v -> String.join("|", v.localAliases())),
            Column.csv("from", ActorView::from),
            Column.csv("to", ActorView::to),
            Column.of("origin", 9, ActorView::origin),
            Column.csv("source", ActorView::source),
            Column.table("ALIASES", 60, v -> String.join(", ", v.aliases())));
}
