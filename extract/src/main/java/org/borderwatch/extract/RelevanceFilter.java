package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.borderwatch.core.annotation.SentenceFilter;
import org.borderwatch.extract.text.Resources;

/**
 * The cheap test of whether a sentence can matter to extraction: conflict and speech-act vocabulary
 * (relevance-stems.txt), a reported obligation (reported-obligation.tsv: "said the US must..."), or the
 * name of a known actor. It runs on raw sentence text before CoreNLP's expensive annotators, so
 * off-topic documents cost little more than sentence splitting.
 */
public final class RelevanceFilter implements SentenceFilter {
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}{2,}");
    private final Pattern vocabulary;
    private final Pattern obligation;
    private final Pattern reporting;
    private final Pattern actors;
    private final Pattern capitals;

    /** @param actorNames names of known actors and places of interest (the registry's), matched as words */
    public RelevanceFilter(Collection<String> actorNames) {
        this(actorNames, List.of());
    }

    /**
     * @param actorNames names matched as words in any case
     * @param capitalNames names such as "IS" or "UN" that are also ordinary words: matched only as written,
     *     and only in a sentence with a word in lower case, since text in capitals is full of them
     *     ("PROVIDED AS IS")
     */
    public RelevanceFilter(Collection<String> actorNames, Collection<String> capitalNames) {
        List<String> stems = new ArrayList<>();
        for (String[] row : Resources.rows(RelevanceFilter.class, "relevance-stems.txt")) {
            stems.add(row[0]);
        }
        vocabulary = wordStarts(stems);
        List<String> obligations = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        for (String[] row : Resources.rows(RelevanceFilter.class, "reported-obligation.tsv")) {
            (row[1].equals("OBLIGATION") ? obligations : reports).add(row[0]);
        }
        obligation = wordStarts(obligations);
        reporting = wordStarts(reports);
        actors = words(actorNames.stream().filter(Objects::nonNull).map(n -> n.toLowerCase(Locale.ROOT)).toList());
        capitals = words(capitalNames);
    }

    private static Pattern words(Collection<String> names) {
        String alternatives = names.stream().filter(n -> n != null && n.strip().length() > 1)
                .map(n -> Pattern.quote(n.strip())).distinct().collect(Collectors.joining("|"));
        return alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static Pattern wordStarts(List<String> stems) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + stems.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")");
    }

    @Override
    public boolean relevant(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return vocabulary.matcher(s).find() || (actors != null && actors.matcher(s).find())
                || (obligation.matcher(s).find() && reporting.matcher(s).find())
                || (capitals != null && LOWER_CASE_WORD.matcher(sentence).find() && capitals.matcher(sentence).find());
    }
}
