package org.borderwatch.resolve.actor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.core.actor.Actor;

/**
 * What the document tells about a mention's meaning.
 *
 * @param publicationDate   dates offices ("the interior minister") and governments; null if unknown
 * @param publisherCountry  ISO alpha-2 of the publisher, or null: "the government" in a Pakistani paper
 *                          is Pakistan's
 * @param documentCountries ISO alpha-2 codes of the countries the document is about, most salient first
 *                          (see {@link DocumentContext}); the fallback when the publisher's country is
 *                          unknown or has no such actor
 * @param documentActors    ids of registry actors the document names, so that "Naqvi" after "Mohsin Naqvi"
 *                          is the same person
 */
public record ResolutionContext(LocalDate publicationDate, String publisherCountry, List<String> documentCountries,
        Set<String> documentActors) {
    public ResolutionContext {
        publisherCountry = country(publisherCountry);
        Set<String> codes = new LinkedHashSet<>();
        if (documentCountries != null) {
            for (String c : documentCountries) {
                String code = country(c);
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        documentCountries = List.copyOf(codes);
        documentActors = documentActors == null ? Set.of() : Set.copyOf(documentActors);
    }

    /** No context at all: only names that mean one actor whatever the document resolve. */
    public static ResolutionContext none() {
        return new ResolutionContext(null, null, List.of(), Set.of());
    }

    public static ResolutionContext of(LocalDate publicationDate, String publisherCountry, String... documentCountries) {
        return new ResolutionContext(publicationDate, publisherCountry, List.of(documentCountries), Set.of());
    }

    public ResolutionContext withDocumentActors(Collection<String> ids) {
        return new ResolutionContext(publicationDate, publisherCountry, documentCountries, Set.copyOf(ids));
    }

    /** The country whose generic names ("the government") a mention means: the publisher's, else the document's. */
    Optional<String> homeCountry() {
        return Optional.ofNullable(publisherCountry).or(() -> documentCountries.stream().findFirst());
    }

    /** The publisher's country, then the document's countries, each once. */
    List<String> countries() {
        Set<String> all = new LinkedHashSet<>();
        if (publisherCountry != null) {
            all.add(publisherCountry);
        }
        all.addAll(documentCountries);
        return List.copyOf(all);
    }

    private static String country(String c) {
        if (c == null || c.isBlank()) {
            return null;
        }
        String s = c.strip().toUpperCase(Locale.ROOT);
        if (!Actor.isCountryCode(s)) {
            throw new IllegalArgumentException("a country must be an ISO alpha-2 code such as PK, was '" + c + "'");
        }
        return s;
    }
}
