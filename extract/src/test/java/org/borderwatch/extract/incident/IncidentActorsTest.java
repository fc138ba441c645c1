package org.borderwatch.extract.incident;

import java.time.LocalDate;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.IncidentType;
import org.junit.jupiter.api.Test;

/**
 * Who did what to whom in one sentence: a group that says it did the act, an attempt that killed no
 * one, a victim named with a title, and a participle the parser took for an adjective.
 */
class IncidentActorsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    private static IncidentAssertions only(String sentence) {
        return IncidentAssertions.onlyIncidentOf(SharedAnnotator.annotate(sentence, DAY));
    }

    @Test
    void aGroupThatSaysItDidTheActClaimsIt() {
        only("The Tehreek-e-Taliban Pakistan said it carried out the attack on the police station in Bannu.")
                .perpetrator("Tehreek-e-Taliban Pakistan", Attribution.CLAIMED).placesExactly("Bannu").check();
        only("A TTP spokesman said they killed four soldiers in the ambush near Wana.")
                .killed("4").perpetratorsExactly("TTP").perpetrator("TTP", Attribution.CLAIMED).check();
    }

    @Test
    void whoWasAttackedClaimsNothing() {
        only("Police said they were attacked by militants near Bannu.")
                .perpetratorsExactly("militants").perpetrator("militants", Attribution.ATTRIBUTED, "Police").check();
    }

    @Test
    void anAttemptIsAnAttackThatKilledNoOne() {
        only("Militants tried to assassinate the deputy commissioner in Quetta on Monday.")
                .type(IncidentType.TARGETED_KILLING).killed("-").date("2024-03-04")
                .perpetratorsExactly("Militants").check();
    }

    @Test
    void aNamedVictimIsOfTheKindHisTitleSays() {
        only("Unidentified gunmen killed journalist Hamid Mir in Karachi on Sunday.")
                .killed("1").victims("journalist", null, 1).check();
    }

    @Test
    void aParticipleReadAsAnAdjectiveStillActs() {
        only("Security forces raided a compound in Bannu on Sunday, seizing weapons and arresting three suspected "
                + "militants.").type(IncidentType.ARREST).captured("3").captives("militants", null, 3).check();
        only("The military government declared a state of siege in the capital on Saturday, suspending parts of the "
                + "constitution and arresting political opponents.")
                .type(IncidentType.ARREST).perpetrator("military government", Attribution.UNKNOWN).check();
    }
}
