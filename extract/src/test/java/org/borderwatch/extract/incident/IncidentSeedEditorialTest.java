package org.borderwatch.extract.incident;

import org.borderwatch.core.annotation.AnnotatedDocument;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.IncidentType;
import org.junit.jupiter.api.Test;

/**
 * The worked example of PRODUCT.md: the seed editorial (2024-05-28) reports exactly one incident, the
 * Bisham attack of March 2024 that killed five Chinese laborers and one local, which the interior
 * minister and the head of Nacta attributed to the TTP. Its generic mentions ("terrorist assaults on
 * Pakistani troops", "cross-border attacks" the Taliban should stop) are no incidents, and "the Bisham
 * attack" later on is the same incident.
 */
class IncidentSeedEditorialTest {
    @Test
    void theBishamAttackIsTheOnlyIncident() {
        AnnotatedDocument seed = SharedAnnotator.seed();

        IncidentAssertions.onlyIncidentOf(seed)
                .date("2024-03")
                .placesExactly("Bisham")
                .killed("6")
                .victims("laborers", "Chinese", 5)
                .victims("local", "local", 1)
                .perpetrator("TTP", Attribution.ATTRIBUTED, "interior minister")
                .perpetrator("TTP", Attribution.ATTRIBUTED, "Nacta")
                .evidenceQuotes("the deadly March attack in Bisham", "crucial to the Bisham attack")
                .check();
    }

    @Test
    void itIsAnAttackOfNoMoreSpecificKind() {
        AnnotatedDocument seed = SharedAnnotator.seed();
        // "the deadly March attack" says no more than that: no bomb, no gunmen are named
        IncidentAssertions.onlyIncidentOf(seed).type(IncidentType.ATTACK).check();
    }
}
