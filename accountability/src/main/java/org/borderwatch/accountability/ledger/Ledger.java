package org.borderwatch.accountability.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.accountability.indicator.DateRange;
import org.borderwatch.accountability.text.Words;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.PerpetratorFact;
import org.borderwatch.core.accountability.Proposition;
import org.borderwatch.core.accountability.Stance;

/**
 * Builds ledger entries. The incidents that bear on a proposition are those its statements name, and
 * those in the window whose perpetrator the proposition names (a name of three or more letters, as whole
 * words); when the proposition also names countries ("afghanistan provides safe havens … ttp"), only
 * incidents within {@code borderKm} of a border of one of those countries count, i.e. launched from or
 * near its territory. A country preceded by "anti-" is not named: anti-Pakistan militants are not in Pakistan.
 */
public final class Ledger {
    private final Map<String, String> countries;
    private final double borderKm;

    /**
     * @param countryNames country names and aliases, any case, to their ISO alpha-2 code
     * @param borderKm     how near a border of a named country a bearing incident must be
     */
    public Ledger(Map<String, String> countryNames, double borderKm) {
        this.countries = new LinkedHashMap<>();
        countryNames.forEach((name, code) -> {
            if (name.length() >= 4) {
                countries.put(Words.normalise(name), code);
            }
        });
        this.borderKm = borderKm;
    }

    /** The incidents' window when none is given: from a year before the first dated statement to {@code to}. */
    public static DateRange window(List<LedgerEntry.Position> positions, LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : positions.stream().flatMap(x -> x.statement().day().stream())
                .min(LocalDate::compareTo).orElse(to).minusYears(1);
        return new DateRange(start, to);
    }

    public LedgerEntry entry(Proposition proposition, List<LedgerEntry.Position> positions, List<IncidentFact> incidents,
                             DateRange window) {
        List<LedgerEntry.Position> sorted = positions.stream().sorted(Comparator.comparing(
                (LedgerEntry.Position p) -> p.statement().day().orElse(LocalDate.MAX)).thenComparingLong(p -> p.statement().id())).toList();
        Set<Long> namedReports = new HashSet<>();
        sorted.forEach(p -> namedReports.addAll(p.statement().incidentIds()));
        List<org.borderwatch.core.accountability.IncidentRef> named = new ArrayList<>();
        List<org.borderwatch.core.accountability.IncidentRef> bearing = new ArrayList<>();
        String text = Words.normalise(proposition.label());
        Set<String> codes = countriesNamed(text);
        for (IncidentFact f : incidents) {
            if (f.reportIds().stream().anyMatch(namedReports::contains)) {
                named.add(f.ref());
            }
            if (f.day().isPresent() && window.contains(f.day().get()) && perpetratorNamed(f, text) && nearCountries(f, codes)) {
                bearing.add(f.ref());
            }
        }
        String rule = "incidents from " + window.start() + " to " + window.end() + " by a perpetrator the proposition names"
                + (codes.isEmpty() ? "" : ", within " + org.borderwatch.accountability.indicator.Comparison.number(borderKm)
                + " km of a border of " + String.join(", ", codes));
        return new LedgerEntry(proposition, sorted, holders(sorted), named, bearing, rule);
    }

    private Set<String> countriesNamed(String text) {
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach((name, code) -> {
            int at = Words.find(text, name);
            while (at >= 0) {
                if (!(at >= 5 && text.startsWith("anti-", at - 5))) {
                    codes.add(code);
                    break;
                }
                int next = Words.find(text.substring(at + name.length()), name);
                at = next < 0 ? -1 : at + name.length() + next;
            }
        });
        return codes;
    }

    private static boolean perpetratorNamed(IncidentFact f, String text) {
        for (PerpetratorFact p : f.perpetrators()) {
            for (String n : p.names()) {
                String name = PartyRef.normalise(n);
                if (name.replaceAll("[^\\p{L}]", "").length() >= 3 && Words.containsPhrase(text, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean nearCountries(IncidentFact f, Set<String> codes) {
        if (codes.isEmpty()) {
            return true;
        }
        return f.place().filter(p -> p.borderKm() != null && p.borderKm() <= borderKm && p.nearestBorder() != null)
                .map(p -> codes.stream().anyMatch(c -> p.nearestBorder().contains(c))).orElse(false);
    }

    private static List<LedgerEntry.Holder> holders(List<LedgerEntry.Position> positions) {
        Map<String, List<LedgerEntry.Position>> byParty = new LinkedHashMap<>();
        for (LedgerEntry.Position p : positions) {
            byParty.computeIfAbsent(p.statement().speaker().key(), k -> new ArrayList<>()).add(p);
        }
        List<LedgerEntry.Holder> out = new ArrayList<>();
        for (List<LedgerEntry.Position> ps : byParty.values()) {
            int pro = (int) ps.stream().filter(p -> p.stance() == Stance.FOR).count();
            Optional<LocalDate> first = ps.get(0).statement().day();
            Optional<LocalDate> last = ps.get(ps.size() - 1).statement().day();
            out.add(new LedgerEntry.Holder(ps.get(0).statement().speaker(), pro, ps.size() - pro, first, last,
                    ps.get(ps.size() - 1).stance()));
        }
        return out;
    }
}
