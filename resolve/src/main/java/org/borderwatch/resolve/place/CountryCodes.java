package org.borderwatch.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Country names and aliases, as the bundled gazetteer's country table writes them, to ISO alpha-2 codes. */
public final class CountryCodes {
    private static Map<String, String> byName;

    private CountryCodes() {
    }

    /** Each country's name, then its aliases (a name never replaced by a later alias), to its code. */
    public static synchronized Map<String, String> byName() {
        if (byName == null) {
            Map<String, String> names = new LinkedHashMap<>();
            try (BufferedReader r = Gazetteer.resource("countries.tsv")) {
                r.readLine();
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    names.put(f[3], f[0]);
                    for (String alias : f[4].split("\\|")) {
                        if (!alias.isBlank()) {
                            names.putIfAbsent(alias.strip(), f[0]);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("bundled countries.tsv unreadable", e);
            }
            byName = Map.copyOf(names);
        }
        return byName;
    }
}
