package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.borderwatch.store.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The actor page over HTTP: the registry's affiliation records over time, and incidents and statements per year. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorPageTest {
    private TestDatabase db;
    private WebServer server;
    private Http http;
    private long ttp;
    private long jua;

    @BeforeAll
    void start() {
        db = TestDatabase.create();
        WebFixtures.load(db);
        Consolidations.run(db);
        db.jdbi().useHandle(h -> {
            ttp = actor(h, "Tehreek-e-Taliban Pakistan", "ttp");
            jua = actor(h, "Jamaat-ul-Ahrar", "jua");
            long movement = actor(h, "Taliban movement", "taliban-movement");
            h.execute("INSERT INTO actor_alias (actor_id, alias) VALUES (?, 'TTP')", ttp);
            h.execute("""
                    INSERT INTO actor_affiliation (actor_id, related_id, relation, valid_from, valid_to, source, fact_origin)
                    VALUES (?, ?, 'FACTION_OF', DATE '2014-08-26', DATE '2020-08-17', 'registry test', 'HUMAN'),
                           (?, ?, 'MEMBER_OF', DATE '2007-12-14', NULL, 'registry test', 'HUMAN')""", jua, ttp, ttp, movement);
            // As actor resolution links the mentions.
            h.execute("UPDATE incident_perpetrator SET actor_id = ? WHERE lower(mention) IN ('the ttp', "
                    + "'tehreek-e-taliban pakistan')", ttp);
        });
        server = WebServer.start(new WebConfig("127.0.0.1", 0, "tester"), db.jdbi());
        http = new Http(server);
    }

    private static long actor(org.jdbi.v3.core.Handle h, String name, String slug) {
        return h.createQuery("INSERT INTO actor (canonical_name, actor_type, fact_origin, slug) VALUES (:n, 'ARMED_GROUP', "
                + "'HUMAN', :s) RETURNING id").bind("n", name).bind("s", slug).mapTo(Long.class).one();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void affiliationsAreShownOverTimeBothWays() {
        String page = http.get("/actors/" + ttp).body();
        int table = page.indexOf("id=\"affiliations\"");
        assertThat(table).isPositive();
        String rows = page.substring(table, page.indexOf("</table>", table));
        // In the order they began: its own membership from 2007 (still current), then the faction that joined it.
        assertThat(rows.indexOf("2007-12-14")).isPositive().isLessThan(rows.indexOf("2014-08-26"));
        assertThat(rows).contains("member of <a href=\"/actors/", "Taliban movement", "<td>now</td>",
                "Jamaat-ul-Ahrar</a> is faction of this actor", "2020-08-17", "registry test");
        String faction = http.get("/actors/" + jua).body();
        assertThat(faction).contains("faction of <a href=\"/actors/" + ttp + "\">Tehreek-e-Taliban Pakistan</a>");
    }

    @Test
    void incidentsAndStatementsPerYear() {
        JsonNode actor = http.get("/api/v1/actors/" + ttp).json();
        JsonNode years = actor.get("perYear");
        assertThat(years).hasSize(1);
        // The two reports of the Bisham attack are one incident.
        assertThat(years.get(0).get("year").asText()).isEqualTo("2024");
        assertThat(years.get(0).get("incidents").asInt()).isEqualTo(1);
        String page = http.get("/actors/" + ttp).body();
        assertThat(page).contains("id=\"per-year\"", "<td>2024</td><td class=num>1</td>");
        JsonNode kabul = http.get("/api/v1/actors/Kabul").json().get("perYear");
        assertThat(kabul.toString()).contains("\"statementsMade\":1", "\"statementsReceived\":1");
    }
}
