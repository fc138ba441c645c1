package org.borderwatch.resolve.actor;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.core.actor.Affiliation;
import org.borderwatch.core.actor.Relation;

/**
 * Turns a Phoenix actor dictionary into registry actors, as a starting point for analysts: each entry an
 * actor {@code phoenix-<name>} with its synonyms as aliases, typed by its CAMEO codes, a person's dated
 * government codes becoming memberships of the registry's government of that country and period. What
 * the registry already names, country entries (their synonyms are cities and provinces) and corporations
 * are skipped, each with its reason counted.
 */
public final class PhoenixImport {
    private static final Map<String, String> ISO3 = iso3();
    /** One-word synonyms too generic to name one actor ("ORGANIZATION" for Tanzim). */
    private static final Set<String> GENERIC = Set.of("organization", "organisation", "group", "movement", "party",
            "front", "army", "council", "committee", "government", "ministry", "police", "military", "rebels",
            "militants", "union", "league", "alliance", "brigade", "brigades", "forces", "agency", "bank", "court");

    /** What the import yields: the actors and affiliations, and what was left out, by reason. */
    public record Result(RegistryFile file, Map<String, Integer> skipped, List<String> warnings) {}

    private PhoenixImport() {}

    /**
     * @param registry the registry it goes into: names it already has are skipped, governments are linked
     * @throws RegistryFileException naming the file and line of a malformed line
     */
    public static Result read(Reader in, String fileName, ActorRegistry registry) {
        PhoenixDictionary.Read read = PhoenixDictionary.read(in, fileName);
        RegistryFile file = new RegistryFile(fileName);
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, String> taken = new HashMap<>();
        Map<String, Actor> byId = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        List<Affiliation> links = new ArrayList<>();
        List<Long> linkLines = new ArrayList<>();
        for (PhoenixDictionary.Entry e : read.entries()) {
            Optional<String> reason = skip(e, registry);
            if (reason.isPresent()) {
                skipped.merge(reason.get(), 1, Integer::sum);
                continue;
            }
            String name = display(e.name());
            String id = "phoenix-" + slug(name);
            if (id.equals("phoenix-") || !Actor.isId(id)) {
                skipped.merge("no usable name", 1, Integer::sum);
                continue;
            }
            List<String> written = new ArrayList<>();
            acronym(e.name()).ifPresent(written::add);
            for (String s : e.synonyms()) {
                written.add(display(s));
                acronym(s).ifPresent(written::add);
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : written) {
                String key = key(alias);
                boolean tooShort = !ActorNames.isAcronym(alias) && ActorNames.normalise(alias).length() < 3;
                if (tooShort || GENERIC.contains(key) || registry.named(alias).isPresent()) {
                    skipped.merge("synonyms too generic or already in the registry", 1, Integer::sum);
                } else if (taken.containsKey(key) && !taken.get(key).equals(id)) {
                    skipped.merge("synonyms shared with another entry", 1, Integer::sum);
                } else {
                    aliases.add(alias);
                }
            }
            String key = key(name);
            if (taken.containsKey(key)) {
                Actor first = byId.get(taken.get(key));
                byId.put(first.id(), withAliases(first, aliases));
                aliases.forEach(a -> taken.putIfAbsent(key(a), first.id()));
                skipped.merge("entries repeating an earlier one (synonyms merged)", 1, Integer::sum);
                continue;
            }
            if (byId.containsKey(id)) {
                id = id + "-" + e.line();
            }
            String country = country(e);
            String source = "PETRARCH2 " + fileName + " line " + e.line() + " (Open Event Data Alliance, MIT)";
            byId.put(id, new Actor(id, name, type(e), country, aliases, List.of(), source));
            lines.put(id, e.line());
            taken.put(key, id);
            for (String a : aliases) {
                taken.putIfAbsent(key(a), id);
            }
            for (Affiliation f : memberships(id, e, registry, source, skipped)) {
                links.add(f);
                linkLines.add(e.line());
            }
        }
        byId.values().forEach(a -> file.add(a, lines.get(a.id())));
        for (int i = 0; i < links.size(); i++) {
            file.add(links.get(i), linkLines.get(i));
        }
        return new Result(file, skipped, read.warnings());
    }

    private static Optional<String> skip(PhoenixDictionary.Entry e, ActorRegistry registry) {
        List<String> codes = e.codes().stream().map(PhoenixDictionary.Code::code).toList();
        if (codes.isEmpty()) {
            return Optional.of("entries without a code");
        }
        if (codes.stream().allMatch(c -> c.length() == 3 && ISO3.containsKey(c))) {
            return Optional.of("country entries (countries resolve by name already)");
        }
        if (codes.stream().allMatch(c -> c.startsWith("MNC"))) {
            return Optional.of("corporations (MNC codes)");
        }
        if (registry.named(display(e.name())).isPresent()) {
            return Optional.of("entries the registry already has");
        }
        return Optional.empty();
    }

    private static Actor withAliases(Actor a, List<String> more) {
        List<String> all = new ArrayList<>(a.aliases());
        more.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return new Actor(a.id(), a.name(), a.type(), a.country(), all, a.localAliases(), a.from(), a.to(), a.source());
    }

    /** A person's dated membership of a government the registry has for that country and period. */
    private static List<Affiliation> memberships(String id, PhoenixDictionary.Entry e, ActorRegistry registry,
                                                 String source, Map<String, Integer> skipped) {
        List<Affiliation> out = new ArrayList<>();
        if (type(e) != ActorType.PERSON) {
            return out;
        }
        for (PhoenixDictionary.Code c : e.codes()) {
            if (c.code().length() < 6 || !c.code().startsWith("GOV", 3) || !ISO3.containsKey(c.code().substring(0, 3))) {
                continue;
            }
            String country = ISO3.get(c.code().substring(0, 3));
            LocalDate day = c.from() != null ? c.from() : c.to();
            Optional<Actor> government = registry.actors().stream()
                    .filter(a -> a.type() == ActorType.GOVERNMENT && country.equals(a.country()) && a.activeOn(day))
                    .findFirst();
            if (government.isEmpty()) {
                skipped.merge("government memberships with no registry government of that country and time", 1, Integer::sum);
                continue;
            }
            out.add(new Affiliation(id, government.get().id(), Relation.MEMBER_OF, null, c.from(), c.to(), source));
        }
        return out;
    }

    /** The kind of actor the codes say: dated or elite codes are people; then armed groups, forces, agencies. */
    static ActorType type(PhoenixDictionary.Entry e) {
        boolean dated = e.codes().stream().anyMatch(c -> c.from() != null || c.to() != null);
        List<String> roles = new ArrayList<>();
        for (PhoenixDictionary.Code c : e.codes()) {
            for (int i = 0; i + 3 <= c.code().length(); i += 3) {
                roles.add(c.code().substring(i, i + 3));
            }
        }
        if (dated || roles.contains("ELI")) {
            return ActorType.PERSON;
        }
        if (roles.contains("REB") || roles.contains("INS") || roles.contains("UAF") || roles.contains("IMG")
                || roles.contains("SEP")) {
            return ActorType.ARMED_GROUP;
        }
        if (roles.contains("MIL") || roles.contains("COP")) {
            return ActorType.SECURITY_FORCE;
        }
        if (roles.contains("IGO") || roles.contains("NGO")) {
            return ActorType.INTERNATIONAL_BODY;
        }
        return ActorType.MINISTRY_OR_AGENCY;
    }

    private static String country(PhoenixDictionary.Entry e) {
        for (PhoenixDictionary.Code c : e.codes()) {
            String iso2 = c.code().length() >= 3 ? ISO3.get(c.code().substring(0, 3)) : null;
            if (iso2 != null) {
                return iso2;
            }
        }
        return null;
    }

    /** "LASHKAR-E-JHANGVI_(LEJ)_" -> "Lashkar-e-Jhangvi"; the acronym in brackets is {@link #acronym}. */
    static String display(String phoenix) {
        String s = phoenix.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replaceAll("\\p{Cntrl}", "")
                .replaceAll("\\s+", " ").strip();
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean acronym = words.length == 1 && word.length() <= 5
                    || word.length() <= 4 && word.chars().noneMatch(c -> "AEIOUaeiou".indexOf(c) >= 0);
            out.append(acronym ? word : titleCase(word));
        }
        String name = out.toString();
        return name.startsWith("The ") && name.length() > 4 ? name.substring(4) : name;
    }

    /** The acronym a Phoenix name gives in brackets ("LASHKAR-E-JHANGVI_(LEJ)_" -> "LEJ"), if any. */
    static Optional<String> acronym(String phoenix) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([A-Za-z][A-Za-z./-]{1,9})\\)").matcher(phoenix);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String titleCase(String word) {
        StringBuilder b = new StringBuilder();
        for (String part : word.toLowerCase(Locale.ROOT).split("(?<=-)")) {
            String bare = part.endsWith("-") ? part.substring(0, part.length() - 1) : part;
            boolean connector = Set.of("e", "i", "ul", "al", "ur", "ud", "o", "of", "the", "and", "for", "in", "de")
                    .contains(bare) && !b.isEmpty();
            b.append(connector || part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }

    /** How the registry compares the name: acronyms as written, other names normalised. */
    private static String key(String name) {
        return ActorNames.isAcronym(name) ? "acronym:" + ActorNames.acronymKey(name) : ActorNames.normalise(name);
    }

    private static String slug(String name) {
        String s = ActorNames.normalise(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    private static Map<String, String> iso3() {
        Map<String, String> m = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            m.put(new Locale("", iso2).getISO3Country(), iso2);
        }
        return Map.copyOf(m);
    }
}
