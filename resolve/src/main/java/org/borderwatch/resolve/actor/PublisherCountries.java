package org.borderwatch.resolve.actor;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The country a publisher writes from, so that its "the government" is that country's: the bundled
 * publishers table (names and web domains), extended by the caller (an analyst's entries), else the
 * country-code domain of the document's URL. International outlets and wire services have none.
 */
public final class PublisherCountries {
    private static final String TABLE = "publishers.tsv";
    /** Country-code domains used as generic ones. */
    private static final Set<String> GENERIC_TLDS = Set.of("io", "tv", "me", "co", "ai", "fm", "ly", "to", "cc", "ws",
            "gg", "am", "so", "is", "it", "nu", "la", "md", "im", "sh", "ac", "vc");

    /** A publisher's country, or the word that it is international, with why. */
    public record Lookup(Optional<String> country, String why) {}

    private static final Lazy<PublisherCountries> BUNDLED = new Lazy<>(PublisherCountries::load);

    /** Normalised name or domain -> ISO code, "" for an international outlet. */
    private final Map<String, String> byName;
    private final Map<String, String> byDomain;

    private PublisherCountries(Map<String, String> byName, Map<String, String> byDomain) {
        this.byName = Map.copyOf(byName);
        this.byDomain = Map.copyOf(byDomain);
    }

    public static PublisherCountries bundled() {
        return BUNDLED.get();
    }

    private static PublisherCountries load() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> domains = new HashMap<>();
        for (String[] f : CountryNames.rows(PublisherCountries.class.getResourceAsStream(TABLE), TABLE)) {
            if (f[0].equals("names")) {
                continue;
            }
            String country = f[2].equals("-") ? "" : f[2];
            for (String n : f[0].split("\\|")) {
                names.put(ActorNames.normalise(n), country);
            }
            for (String d : f[1].split("\\|")) {
                if (!d.equals("-")) {
                    domains.put(d.toLowerCase(Locale.ROOT), country);
                }
            }
        }
        return new PublisherCountries(names, domains);
    }

    /**
     * These publishers plus more (an analyst's: they win), as publisher name -> ISO code or null for an
     * international outlet.
     */
    public PublisherCountries with(Map<String, String> more) {
        Map<String, String> names = new HashMap<>(byName);
        more.forEach((name, country) -> names.put(ActorNames.normalise(name), country == null ? "" : country));
        return new PublisherCountries(names, byDomain);
    }

    /**
     * @param publisher the document's publisher; several joined with ';' ("AFP;Dawn") give the country
     *                  the national ones among them agree on
     * @param url       the document's URL, or null
     */
    public Lookup lookup(String publisher, String url) {
        if (publisher != null && !publisher.isBlank()) {
            Optional<Lookup> named = byNames(publisher);
            if (named.isPresent()) {
                return named.get();
            }
        }
        String host = host(url);
        if (host != null) {
            for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
                String country = byDomain.get(h);
                if (country != null) {
                    return country.isEmpty() ? new Lookup(Optional.empty(), "the site " + h + " is an international outlet")
                            : new Lookup(Optional.of(country), "the site " + h + " publishes from " + country);
                }
            }
            String tld = host.substring(host.lastIndexOf('.') + 1);
            if (tld.length() == 2 && !GENERIC_TLDS.contains(tld)) {
                String code = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
                if (List.of(Locale.getISOCountries()).contains(code)) {
                    return new Lookup(Optional.of(code), "the site " + host + " is under ." + tld);
                }
            }
        }
        return new Lookup(Optional.empty(), publisher == null || publisher.isBlank() ? "no publisher is known"
                : "the publisher '" + publisher.strip() + "' is not in the publishers table");
    }

    private Optional<Lookup> byNames(String publisher) {
        String national = null;
        boolean known = false;
        for (String one : publisher.split(";")) {
            String country = byName.get(ActorNames.normalise(one));
            if (country == null) {
                continue;
            }
            known = true;
            if (!country.isEmpty()) {
                if (national != null && !national.equals(country)) {
                    return Optional.of(new Lookup(Optional.empty(), "the publishers '" + publisher + "' write from several countries"));
                }
                national = country;
            }
        }
        if (national != null) {
            return Optional.of(new Lookup(Optional.of(national), "the publisher '" + publisher.strip() + "' writes from " + national));
        }
        return known ? Optional.of(new Lookup(Optional.empty(), "the publisher '" + publisher.strip() + "' is international"))
                : Optional.empty();
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
