package org.borderwatch.store.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.store.extraction.Columns;
import org.jdbi.v3.core.Handle;

/** Reads the actor registry (actors, aliases, affiliations) for the accountability rules. */
final class Registry {
    private static final String ACTORS = """
            SELECT id, canonical_name, actor_type, country FROM actor WHERE status = 'REGISTERED' ORDER BY id
            """;
    // local aliases ('Taliban' for the TTP in Pakistan) mean the actor only in context: not here
    static final String GLOBAL_ALIASES = """
            SELECT actor_id, alias FROM actor_alias WHERE actor_id = ANY(:ids) AND scope = 'GLOBAL' ORDER BY alias""";
    private static final String AFFILIATIONS = """
            SELECT actor_id, related_id, relation, role, valid_from, valid_to FROM actor_affiliation
            WHERE actor_id = ANY(:ids) ORDER BY id
            """;

    private Registry() {
    }

    static List<RegistryActor> actors(Handle handle) {
        List<RegistryActor> bare = handle.createQuery(ACTORS).map((rs, ctx) -> new RegistryActor(rs.getLong("id"),
                rs.getString("canonical_name"), rs.getString("actor_type"), Optional.ofNullable(rs.getString("country")),
                List.of(), List.of())).list();
        List<Long> ids = bare.stream().map(RegistryActor::id).toList();
        Map<Long, List<String>> aliases = Columns.children(handle, GLOBAL_ALIASES, ids, rs -> rs.getString("alias"));
        Map<Long, List<RegistryActor.Affiliation>> affiliations = Columns.children(handle, AFFILIATIONS, ids, rs ->
                new RegistryActor.Affiliation(rs.getLong("related_id"), rs.getString("relation"),
                        Optional.ofNullable(rs.getString("role")),
                        Optional.ofNullable(rs.getObject("valid_from", LocalDate.class)),
                        Optional.ofNullable(rs.getObject("valid_to", LocalDate.class))));
        return bare.stream().map(a -> new RegistryActor(a.id(), a.name(), a.type(), a.country(),
                aliases.getOrDefault(a.id(), List.of()), affiliations.getOrDefault(a.id(), List.of()))).toList();
    }
}
