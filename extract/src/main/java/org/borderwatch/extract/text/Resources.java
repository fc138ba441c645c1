package org.borderwatch.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lexicon files bundled with the rules: tab-separated rows, {@code #} comments, blank lines ignored. */
public final class Resources {
    private Resources() {
    }

    public static List<String[]> rows(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("lexicon " + name + " is missing beside " + owner.getName());
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Rows of {@code key word word ...} as key → set of lower-case words. */
    public static Map<String, Set<String>> wordLists(Class<?> owner, String name) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String[] row : rows(owner, name)) {
            Set<String> words = new java.util.HashSet<>();
            for (int i = 1; i < row.length; i++) {
                words.add(row[i].toLowerCase(Locale.ROOT));
            }
            lists.put(row[0], Set.copyOf(words));
        }
        return Map.copyOf(lists);
    }
}
