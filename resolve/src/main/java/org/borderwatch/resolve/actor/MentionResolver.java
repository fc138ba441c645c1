package org.borderwatch.resolve.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.borderwatch.core.actor.Actor;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.resolve.actor.Resolution.Candidate;
import org.borderwatch.resolve.actor.Resolution.Matched;

/**
 * Resolves one mention, trying readings from the most to the least certain: one of an actor's own names;
 * a country's name for its government; a generic name ("the government"), a local name ("the military")
 * or an office ("the interior minister", "the head of Nacta") in the country the mention or the document
 * gives; a short form of a person the document names; the same without modifiers ("the outlawed TTP",
 * "TTP fighters"); a transliteration variant. What none of them reads is a candidate, with the reasons.
 */
final class MentionResolver {
    /** Changes when the readings change, so that stored resolutions are made again. */
    static final String VERSION = "mentions-2";
    /** Words for a country's government as a whole. */
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "state", "regime", "authorities",
            "administration", "federal government", "central government", "cabinet", "federal cabinet",
            "government authorities", "civilian government", "incumbent government");
    /**
     * People speaking for a country's government without a name ("Pakistani officials"): the government, with
     * the word as their role.
     */
    private static final Set<String> OFFICIAL_WORDS = Set.of("official", "officials", "government official",
            "government officials", "senior officials", "negotiator", "negotiators", "diplomat", "diplomats", "envoy");
    /** Words before a name that do not change which actor it is: "the outlawed TTP", "two Qaeda leaders". */
    private static final Set<String> MODIFIERS = Set.of("senior", "top", "key", "combined", "joint", "separate",
            "two", "three", "four", "five",
            "several", "some", "many", "dozens", "hundreds", "scores", "suspected", "alleged","outlawed", "banned", "proscribed", "militant", "terrorist",
            "terror", "so called", "self styled", "dreaded", "feared", "notorious", "defunct", "powerful", "hardline",
            "extremist", "jihadist", "insurgent", "sectarian", "separatist", "nationalist", "islamist", "rebel",
            "mr", "mrs", "ms", "dr", "gen", "general", "lt gen", "senator", "maulana", "sardar");
    /** Nouns after (or before "of") a group's name that name its people or parts: "TTP fighters". */
    private static final Set<String> MEMBER_NOUNS = Set.of("fighters", "militants", "men", "members", "commanders",
            "operatives", "terrorists", "cadres", "insurgents", "group", "outfit", "organisation", "organization",
            "faction", "wing", "elements", "affiliates", "supporters", "militia", "militiamen", "leaders", "facilitator",
            "facilitators", "loyalists", "activists");
    private static final Pattern SEVERAL = Pattern.compile("\\s*(?:[,;&]|\\band\\b)\\s*");
    private static final Pattern INDEFINITE = Pattern.compile("(?i)(?:an?|one|another)\\s");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "whom", "which",
            "that", "this", "these", "those", "them", "him", "her", "us", "one", "someone", "somebody", "others");
    /** How texts describe people they cannot or do not name: candidates, but said so. */
    private static final Set<String> UNNAMED = Set.of("gunmen", "gunman", "militants", "militant", "insurgents", "insurgent",
            "attackers", "attacker", "assailants", "assailant", "terrorists", "terrorist", "suspects", "suspect", "bomber",
            "suicide bomber", "bombers", "unknown gunmen", "unidentified gunmen", "armed men", "miscreants", "rebels");

    private final Map<String, Actor> actors;
    private final NameIndex names;
    private final Offices offices;
    private final CountryNames countries;

    MentionResolver(Map<String, Actor> actors, NameIndex names, Offices offices, CountryNames countries) {
        this.actors = actors;
        this.names = names;
        this.offices = offices;
        this.countries = countries;
    }

    Resolution resolve(String mention, Optional<String> role, ResolutionContext context) {
        String raw = mention == null ? "" : mention.strip();
        String normalised = ActorNames.normalise(raw);
        Attempt attempt = new Attempt(raw, context);
        Optional<Matched> whole = normalised.isEmpty() ? Optional.empty() : attempt.match(normalised, 0);
        if (whole.isPresent()) {
            return whole.get();
        }
        if (role.isPresent() && !role.get().isBlank() && !ActorNames.normalise(role.get()).equals(normalised)) {
            Resolution byRole = resolve(role.get(), Optional.empty(), context);
            if (byRole instanceof Matched m) {
                return new Matched(raw, normalised, m.actor(), m.role(), m.score() * 0.9, m.how(),
                        "by its role '" + role.get().strip() + "': " + m.why());
            }
        }
        if (normalised.isEmpty()) {
            return new Candidate(raw, normalised, "the mention has no words to resolve");
        }
        String unbracketed = BRACKETS.matcher(raw).replaceAll("").strip();
        if (!unbracketed.equals(raw) && !unbracketed.isEmpty()) {
            Resolution outside = resolve(unbracketed, role, context);
            if (outside instanceof Matched m) {
                return new Matched(raw, normalised, m.actor(), m.role(), m.score(), m.how(),
                        "without its brackets: " + m.why());
            }
        }
        if (PRONOUNS.contains(normalised)) {
            return new Candidate(raw, normalised, "a pronoun: the extraction did not find whom it stands for");
        }
        if (UNNAMED.contains(normalised)) {
            return new Candidate(raw, normalised, "a description of people the text does not name, no actor the registry can name");
        }
        return attempt.several(normalised).orElseGet(() -> new Candidate(raw, normalised, attempt.reasons()));
    }

    /** One mention's resolution: the raw words (acronyms need their capitals), the context, the notes. */
    private final class Attempt {
        private final String raw;
        private final ResolutionContext context;
        private final LocalDate day;
        /** "a Taliban leader" is one of its leaders, not the leader: offices resolve to the organisation. */
        private final boolean indefinite;
        private final Set<String> notes = new LinkedHashSet<>();

        Attempt(String raw, ResolutionContext context) {
            this.raw = raw;
            this.context = context;
            this.day = context.publicationDate();
            this.indefinite = INDEFINITE.matcher(raw).lookingAt();
        }

        Optional<Matched> match(String n, int depth) {
            List<Supplier<Optional<Matched>>> readings = List.of(
                    () -> own(n), () -> country(n), () -> generic(n), () -> qualified(n, depth), () -> office(n, depth),
                    () -> local(n), () -> documentPerson(n), () -> stripped(n, depth), () -> number(n, depth),
                    () -> fuzzy(n));
            for (Supplier<Optional<Matched>> reading : readings) {
                Optional<Matched> m = reading.get();
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        }

        private Optional<Matched> own(String n) {
            Optional<String> owner = names.own(n, raw);
            if (owner.isPresent() && names.shared(n)) {
                return Optional.of(shared(n, actors.get(owner.get())));
            }
            return owner.map(id -> matched(actors.get(id), null, 1.0, MatchKind.ALIAS,
                    "'" + n + "' is a name of " + actors.get(id).name()));
        }

        /**
         * A name one actor owns and others use locally ("Taliban"): the one the document names otherwise, if
         * only one; else a local user whose country the document is about when the owner's is not; else the owner.
         */
        private Matched shared(String n, Actor owner) {
            List<Actor> all = new ArrayList<>();
            all.add(owner);
            names.local(n).stream().filter(a -> a.activeOn(day)).forEach(all::add);
            List<Actor> named = all.stream().filter(a -> context.documentActors().contains(a.id())).toList();
            if (named.size() == 1) {
                return matched(named.get(0), null, 0.9, MatchKind.ALIAS, "'" + n + "' can name " + ids(all)
                        + "; the document names " + named.get(0).name() + " otherwise");
            }
            List<String> countries = context.countries();
            if (owner.country() == null || !countries.contains(owner.country())) {
                for (String code : countries) {
                    for (Actor a : all.subList(1, all.size())) {
                        if (code.equals(a.country())) {
                            return matched(a, null, 0.8, homeKind(code), "'" + n + "' can name " + ids(all)
                                    + "; the document is about " + code + ", not " + owner.country());
                        }
                    }
                }
            }
            return matched(owner, null, 0.85, MatchKind.ALIAS, "'" + n + "' can name " + ids(all) + "; "
                    + owner.name() + " unless the document says otherwise");
        }

        private String ids(List<Actor> all) {
            return String.join(" or ", all.stream().map(Actor::id).toList());
        }

        private Optional<Matched> country(String n) {
            return countries.named(n, raw).flatMap(code -> government(code, "'" + n + "' names " + code)
                    .map(g -> matched(g, null, 0.9, MatchKind.COUNTRY, "'" + n + "' names " + code + ", whose government "
                            + on() + " is " + g.name())));
        }

        private Optional<Matched> generic(String n) {
            if (!GOVERNMENT_WORDS.contains(n) && !OFFICIAL_WORDS.contains(n)) {
                return Optional.empty();
            }
            Optional<String> home = context.homeCountry();
            if (home.isEmpty()) {
                notes.add("'" + n + "' needs a country: the publisher's and the document's are unknown");
            }
            String role = OFFICIAL_WORDS.contains(n) ? n : null;
            return home.flatMap(code -> government(code, "'" + n + "'").map(g -> matched(g, role,
                    (fromPublisher(code) ? 0.8 : 0.6) * (role == null ? 1 : 0.9), homeKind(code),
                    "'" + n + "' of " + whose(code) + ": " + g.name())));
        }

        private Optional<Matched> qualified(String n, int depth) {
            Optional<CountryNames.Qualified> q = countries.qualified(n, raw);
            if (q.isEmpty() || depth > 1) {
                return Optional.empty();
            }
            String code = q.get().country();
            String rest = q.get().rest();
            String why = "'" + rest + "' of " + code + " (named in the mention)";
            if (GOVERNMENT_WORDS.contains(rest) || OFFICIAL_WORDS.contains(rest)) {
                String role = OFFICIAL_WORDS.contains(rest) ? rest : null;
                return government(code, why).map(g -> matched(g, role, role == null ? 0.9 : 0.8, MatchKind.QUALIFIED,
                        why + ": " + g.name()));
            }
            for (String form : forms(rest)) {
                Optional<Actor> local = names.local(form).stream()
                        .filter(a -> code.equals(a.country()) && a.activeOn(day)).findFirst();
                if (local.isPresent()) {
                    return Optional.of(matched(local.get(), null, form.equals(rest) ? 0.9 : 0.85, MatchKind.QUALIFIED,
                            "'" + form + "' of " + code + " (named in the mention): " + local.get().name()));
                }
            }
            Optional<Actor> own = names.own(rest, raw).map(actors::get).filter(a -> code.equals(a.country()));
            if (own.isPresent()) {
                return Optional.of(matched(own.get(), null, 0.95, MatchKind.QUALIFIED, why + ": " + own.get().name()));
            }
            return unqualifiedOffice(rest, code, 0.9, "of " + code + " (named in the mention)");
        }

        /** The words after a country word as written, without "led" ("Afghan-led force"), and in the other number. */
        private List<String> forms(String rest) {
            List<String> forms = new ArrayList<>(List.of(rest));
            for (String lead : List.of("led ", "backed ", "supported ")) {
                if (rest.startsWith(lead) && rest.length() > lead.length()) {
                    forms.add(rest.substring(lead.length()));
                }
            }
            for (String f : List.copyOf(forms)) {
                forms.add(f.endsWith("s") ? f.substring(0, f.length() - 1) : f + "s");
            }
            return forms;
        }

        private Optional<Matched> office(String n, int depth) {
            for (RoleNames.Office office : RoleNames.parse(n)) {
                Optional<Matched> m = office.organisation() == null ? officeInContext(office.role())
                        : officeOf(office, depth);
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        }

        /** "head of Nacta", "TTP chief", "Interior Minister Mohsin Naqvi". */
        private Optional<Matched> officeOf(RoleNames.Office office, int depth) {
            if (depth > 1) {
                return Optional.empty();
            }
            Optional<Matched> org = match(office.organisation(), depth + 1);
            if (org.isEmpty()) {
                return Optional.empty();
            }
            Actor o = org.get().actor();
            if (o.type() == ActorType.PERSON) {
                return Optional.of(matched(o, office.role(), org.get().score(), org.get().how(),
                        "the " + office.role() + " named: " + org.get().why()));
            }
            Optional<Actor> holder = indefinite ? Optional.empty()
                    : offices.holder(office.role(), a -> a.id().equals(o.id()), day);
            if (holder.isPresent()) {
                return Optional.of(matched(holder.get(), office.role(), 0.9 * org.get().score(), MatchKind.ROLE,
                        office.role() + " of " + o.name() + " " + on() + ": " + holder.get().name()));
            }
            return Optional.of(matched(o, office.role(), 0.8 * org.get().score(), MatchKind.ROLE, indefinite
                    ? "one " + office.role() + " of " + o.name() + " (the mention names no one in particular)"
                    : "the office of " + office.role() + " of " + o.name() + "; the registry knows no holder " + on()));
        }

        /** "the interior minister": a person the document names who held it, else the office in the home country. */
        private Optional<Matched> officeInContext(String role) {
            for (String id : indefinite ? Set.<String>of() : context.documentActors()) {
                Actor a = actors.get(id);
                if (a != null && a.type() == ActorType.PERSON && offices.holds(id, role, day)) {
                    return Optional.of(matched(a, role, 0.9, MatchKind.ROLE,
                            role + " " + on() + ", named in the document: " + a.name()));
                }
            }
            if (RoleNames.NEEDS_ORGANISATION.contains(role)) {
                notes.add("'" + role + "' of what? The mention names no organisation");
                return Optional.empty();
            }
            Optional<String> home = context.homeCountry();
            if (home.isEmpty()) {
                notes.add("the office '" + role + "' needs a country: the publisher's and the document's are unknown");
                return Optional.empty();
            }
            return unqualifiedOffice(role, home.get(), fromPublisher(home.get()) ? 0.85 : 0.7, "of " + whose(home.get()));
        }

        private Optional<Matched> unqualifiedOffice(String n, String code, double score, String where) {
            for (RoleNames.Office office : RoleNames.parse(n)) {
                if (office.organisation() != null) {
                    continue;
                }
                String role = office.role();
                Optional<Actor> holder = indefinite ? Optional.empty() : offices.holder(role, a -> code.equals(a.country()), day);
                if (holder.isPresent()) {
                    return Optional.of(matched(holder.get(), role, score, MatchKind.ROLE,
                            role + " " + where + " " + on() + ": " + holder.get().name()));
                }
                Optional<Actor> org = offices.organisation(role, a -> code.equals(a.country()));
                if (org.isPresent()) {
                    return Optional.of(matched(org.get(), role, score * 0.75, MatchKind.ROLE, "the office of " + role
                            + " of " + org.get().name() + "; the registry knows no holder " + on()));
                }
                notes.add("the registry has no office '" + role + "' in " + code);
            }
            return Optional.empty();
        }

        /** "the military": the publisher's country's, else the document's countries' in order. */
        private Optional<Matched> local(String n) {
            List<Actor> all = names.local(n);
            if (all.isEmpty()) {
                return Optional.empty();
            }
            for (String code : context.countries()) {
                for (Actor a : all) {
                    if (code.equals(a.country()) && a.activeOn(day)) {
                        boolean publisher = fromPublisher(code);
                        return Optional.of(matched(a, null, publisher ? 0.8 : 0.6, homeKind(code),
                                "'" + n + "' of " + whose(code) + ": " + a.name()));
                    }
                }
            }
            notes.add("'" + n + "' is a local name in " + all.stream().map(Actor::country).distinct().toList()
                    + ", but not of the document's countries " + context.countries() + " " + on());
            return Optional.empty();
        }

        /** "Naqvi" in a document that names Mohsin Naqvi. */
        private Optional<Matched> documentPerson(String n) {
            List<Actor> persons = new ArrayList<>();
            for (String id : context.documentActors()) {
                Actor a = actors.get(id);
                if (a != null && a.type() == ActorType.PERSON && a.allNames().stream()
                        .map(ActorNames::normalise).anyMatch(name -> name.endsWith(" " + n))) {
                    persons.add(a);
                }
            }
            return persons.size() == 1 ? Optional.of(matched(persons.get(0), null, 0.85, MatchKind.DOCUMENT_PERSON,
                    "'" + n + "' is short for " + persons.get(0).name() + ", whom the document names")) : Optional.empty();
        }

        /** "the outlawed TTP", "TTP fighters", "members of the TTP". */
        private Optional<Matched> stripped(String n, int depth) {
            List<String> w = new ArrayList<>(ActorNames.words(n));
            int size = w.size();
            if (w.size() > 2 && MEMBER_NOUNS.contains(w.get(0)) && w.get(1).equals("of")) {
                w = new ArrayList<>(w.subList(w.get(2).equals("the") && w.size() > 3 ? 3 : 2, w.size()));
            }
            while (w.size() > 1 && MEMBER_NOUNS.contains(w.get(w.size() - 1))) {
                w.remove(w.size() - 1);
            }
            while (w.size() > 1) {
                if (w.size() > 2 && MODIFIERS.contains(w.get(0) + " " + w.get(1))) {
                    w.subList(0, 2).clear();
                } else if (MODIFIERS.contains(w.get(0)) || w.get(0).chars().allMatch(Character::isDigit)) {
                    w.remove(0);
                } else {
                    break;
                }
            }
            if (w.size() == size || depth > 1) {
                return Optional.empty();
            }
            String rest = String.join(" ", w);
            return match(rest, depth + 1).map(m -> matched(m.actor(), m.role().orElse(null), m.score() * 0.9, m.how(),
                    "'" + rest + "' in '" + n + "': " + m.why()));
        }

        /** "Afghan force" as "Afghan forces", "security forces" as "security force". */
        private Optional<Matched> number(String n, int depth) {
            if (depth > 1 || n.length() < 4) {
                return Optional.empty();
            }
            String other = n.endsWith("s") ? n.substring(0, n.length() - 1) : n + "s";
            return match(other, depth + 1).map(m -> matched(m.actor(), m.role().orElse(null), m.score() * 0.95, m.how(),
                    "'" + other + "' for '" + n + "': " + m.why()));
        }

        private Optional<Matched> fuzzy(String n) {
            return names.fuzzy(n).map(id -> matched(actors.get(id), null, 0.8, MatchKind.FUZZY,
                    "'" + n + "' is spelled like " + actors.get(id).name()));
        }

        /** "Beijing and Islamabad": one actor when every part names the same one, a candidate listing them otherwise. */
        Optional<Resolution> several(String n) {
            String[] parts = SEVERAL.split(raw);
            if (parts.length < 2) {
                return Optional.empty();
            }
            Set<Actor> found = new LinkedHashSet<>();
            for (String part : parts) {
                String p = ActorNames.normalise(part);
                if (p.isEmpty()) {
                    continue;
                }
                Optional<Matched> m = new Attempt(part, context).match(p, 0);
                if (m.isEmpty()) {
                    return Optional.empty();
                }
                found.add(m.get().actor());
            }
            if (found.size() == 1) {
                Actor a = found.iterator().next();
                return Optional.of(matched(a, null, 0.85, MatchKind.ALIAS, "every part of '" + n + "' names " + a.name()));
            }
            return Optional.of(new Candidate(raw, n, "names several actors: "
                    + String.join("; ", found.stream().map(a -> a.name() + " (" + a.id() + ")").toList())));
        }

        private Optional<Actor> government(String code, String what) {
            List<Actor> governments = actors.values().stream()
                    .filter(a -> a.type() == ActorType.GOVERNMENT && code.equals(a.country()))
                    .filter(a -> day != null ? a.activeOn(day) : a.to() == null)
                    .toList();
            if (governments.size() != 1) {
                notes.add(what + ", but the registry has " + (governments.isEmpty() ? "no" : "several") + " government of "
                        + code + " " + on());
                return Optional.empty();
            }
            return Optional.of(governments.get(0));
        }

        private boolean fromPublisher(String code) {
            return code.equals(context.publisherCountry());
        }

        private MatchKind homeKind(String code) {
            return fromPublisher(code) ? MatchKind.PUBLISHER_COUNTRY : MatchKind.DOCUMENT_COUNTRY;
        }

        private String whose(String code) {
            return fromPublisher(code) ? "the publisher's country " + code : "the document's country " + code;
        }

        private String on() {
            return day == null ? "now" : "on " + day;
        }

        private Matched matched(Actor a, String role, double score, MatchKind how, String why) {
            return new Matched(raw, ActorNames.normalise(raw), a, Optional.ofNullable(role), score, how, why);
        }

        String reasons() {
            return notes.isEmpty() ? "no registry name, country, office or local name matches"
                    : String.join("; ", notes);
        }
    }
}
