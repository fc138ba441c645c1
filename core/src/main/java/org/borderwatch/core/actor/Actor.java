package org.borderwatch.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A canonical actor of the registry.
 *
 * @param id           stable slug ("pk-gov"); other records, files and the database refer to actors by it
 * @param name         canonical name shown to users
 * @param type         kind of actor
 * @param country      ISO 3166-1 alpha-2 code of the actor's country, or null (al-Qaeda, the UN)
 * @param aliases      other names and spelling variants that name this actor in any document
 * @param localAliases names that denote this actor only in a document of its country or next to its
 *                     country's name ("the military", "the interior ministry"): every country has one
 * @param from         first day the actor held its place in its country (a government taking power),
 *                     null if not dated; generic and local names resolve to it only within from..to, its
 *                     own names at any date
 * @param to           last such day, null while it still holds
 * @param source       where the facts come from (URL or citation); required: the registry is sourced
 */
public record Actor(String id, String name, ActorType type, String country, List<String> aliases,
        List<String> localAliases, LocalDate from, LocalDate to, String source) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    public Actor {
        requireId(id, "actor id");
        name = requireText(name, "name of " + id);
        Objects.requireNonNull(type, "type of " + id);
        if (country != null && !isCountryCode(country)) {
            throw new IllegalArgumentException("country of " + id + " must be an upper-case ISO alpha-2 code, was '"
                    + country + "'");
        }
        aliases = names(aliases, "alias of " + id);
        localAliases = names(localAliases, "local alias of " + id);
        for (String local : localAliases) {
            if (aliases.contains(local)) {
                throw new IllegalArgumentException("'" + local + "' of " + id + " is both an alias and a local alias");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("actor " + id + " ends (" + to + ") before it begins (" + from + ")");
        }
        source = requireText(source, "source of " + id);
    }

    /** An undated actor. */
    public Actor(String id, String name, ActorType type, String country, List<String> aliases,
            List<String> localAliases, String source) {
        this(id, name, type, country, aliases, localAliases, null, null, source);
    }

    /** Whether the actor holds its place on a day; open (null) bounds and an unknown day hold. */
    public boolean activeOn(LocalDate day) {
        return day == null || (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether the two actors' periods share a day (an open bound reaches any day). */
    public boolean overlapsInTime(Actor other) {
        return (to == null || other.from == null || !other.from.isAfter(to))
                && (other.to == null || from == null || !from.isAfter(other.to));
    }

    /** The name and every alias, local ones last. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        all.addAll(localAliases);
        return all;
    }

    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    public static boolean isCountryCode(String s) {
        return s != null && ISO2.matcher(s).matches();
    }

    static void requireId(String id, String what) {
        if (!isId(id)) {
            throw new IllegalArgumentException(what + " must be a lower-case slug such as 'pk-gov' (letters, digits, "
                    + "single hyphens), was " + (id == null ? "missing" : "'" + id + "'"));
        }
    }

    static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return s.strip();
    }

    /** '|' is refused because the CSV form joins names with it. */
    private static List<String> names(List<String> in, String what) {
        if (in == null) {
            return List.of();
        }
        return in.stream().map(a -> {
            String s = requireText(a, what);
            if (s.indexOf('|') >= 0) {
                throw new IllegalArgumentException(what + " must not contain '|': " + s);
            }
            return s;
        }).distinct().toList();
    }
}
