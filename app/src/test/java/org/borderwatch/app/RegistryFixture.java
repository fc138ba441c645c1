package org.borderwatch.app;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stands in for the actor registry and its resolution until they land: a few actors of the worked
 * example with aliases and one dated role, and mentions resolved by exact alias (the registry will
 * resolve by role, date and context too). The one place tests fill {@code actor} and the *_id columns.
 */
final class RegistryFixture {
    private RegistryFixture() {
    }

    static void load(Jdbi jdbi) {
        jdbi.useTransaction(h -> {
            long pakistan = actor(h, "Government of Pakistan", "GOVERNMENT", "PK",
                    List.of("Pakistan", "Islamabad", "the government", "the state"));
            long naqvi = actor(h, "Mohsin Naqvi", "PERSON", "PK", List.of("Naqvi", "the interior minister", "the interior czar"));
            h.createUpdate("""
                    INSERT INTO actor_affiliation (actor_id, related_id, relation, role, valid_from, fact_origin)
                    VALUES (:a, :b, 'OFFICE_IN', 'interior minister', :from, 'HUMAN')""")
                    .bind("a", naqvi).bind("b", pakistan).bind("from", LocalDate.of(2024, 3, 11)).execute();
            actor(h, "Afghan Taliban", "GOVERNMENT", "AF", List.of("the Afghan Taliban", "the Taliban", "Taliban", "Kabul",
                    "Kabul’s de facto rulers", "Kabul's de facto rulers", "the Islamic Emirate"));
            actor(h, "Tehrik-i-Taliban Pakistan", "ARMED_GROUP", null, List.of("TTP", "the TTP", "Pakistani Taliban"));
            resolveMentions(h);
        });
    }

    private static long actor(Handle h, String name, String type, String country, List<String> aliases) {
        long id = h.createQuery("""
                INSERT INTO actor (canonical_name, actor_type, country, fact_origin, source)
                VALUES (:name, :type, :country, 'HUMAN', 'test registry') RETURNING id""")
                .bind("name", name).bind("type", type).bind("country", country).mapTo(Long.class).one();
        for (String alias : aliases) {
            h.createUpdate("INSERT INTO actor_alias (actor_id, alias) VALUES (:id, :alias)").bind("id", id).bind("alias", alias).execute();
        }
        return id;
    }

    /** Resolves speakers, addressees and perpetrators whose words are an alias or a canonical name. */
    static void resolveMentions(Handle h) {
        String match = """
                (SELECT a.id FROM actor a LEFT JOIN actor_alias x ON x.actor_id = a.id
                 WHERE lower(x.alias) = lower(%1$s) OR lower(a.canonical_name) = lower(%1$s) LIMIT 1)""";
        h.execute("UPDATE statement SET speaker_id = " + match.formatted("speaker_mention") + " WHERE speaker_id IS NULL");
        h.execute("UPDATE statement SET addressee_id = " + match.formatted("addressee_mention") + " WHERE addressee_id IS NULL");
        h.execute("UPDATE incident_perpetrator SET actor_id = " + match.formatted("mention") + " WHERE actor_id IS NULL");
    }
}
