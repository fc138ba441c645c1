package org.borderwatch.core.consolidation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;

/**
 * What consolidation knows of one report of an incident: one stored {@code incident} row.
 *
 * @param key            the report key, stable across re-extraction ({@code doc:12:40}, {@code ucdp-ged:51776})
 * @param origin         where the report comes from: {@code doc:<id>}, {@code dataset:<name>} or
 *                       {@code human:<id>}. Two reports of one origin are different incidents unless an
 *                       analyst decides otherwise: a document's mentions of one incident are already
 *                       one report, and a dataset codes each event once.
 * @param label          the source as a reader recognises it ("UCDP GED 51776", "Dawn, 2024-05-28: …")
 * @param type           the incident type name ({@code BOMBING})
 * @param published      the publication date of the document it was read from, if known
 * @param victims        the categories of its victims as the source names them ("policemen", "civilians")
 * @param consolidatedId the consolidated incident it belongs to now, if any
 */
public record Report(
        long id,
        String key,
        String origin,
        String label,
        String type,
        Optional<FuzzyDate> date,
        Optional<LocalDate> published,
        Optional<ReportPlace> place,
        List<ActorRef> perpetrators,
        List<String> victims,
        Optional<Count> killed,
        Optional<Count> injured,
        Optional<Long> consolidatedId) {

    public Report {
        requireText(key, "key");
        requireText(origin, "origin");
        requireText(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        Objects.requireNonNull(consolidatedId, "consolidatedId");
        perpetrators = List.copyOf(perpetrators);
        victims = List.copyOf(victims);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a report needs a non-blank " + name);
        }
    }
}
