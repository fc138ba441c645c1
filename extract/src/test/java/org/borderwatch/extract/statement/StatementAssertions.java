package org.borderwatch.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;

/** The shared assertions of statement tests: find a statement by type and speaker, then check it. */
final class StatementAssertions {
    private StatementAssertions() {
    }

    static StatementReport one(List<StatementReport> all, StatementType type, String speakerPart) {
        List<StatementReport> found = all.stream()
                .filter(s -> s.type() == type && contains(s.speaker().mention(), speakerPart))
                .toList();
        assertThat(found).as("a %s statement by '%s' among:%n%s", type, speakerPart, describe(all)).isNotEmpty();
        return found.get(0);
    }

    static void addressee(StatementReport s, String part) {
        assertThat(s.addressee()).as("addressee of %s", describe(List.of(s))).isPresent();
        assertThat(s.addressee().get().mention().toLowerCase(Locale.ROOT)).contains(part.toLowerCase(Locale.ROOT));
    }

    static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    static String describe(List<StatementReport> all) {
        return all.stream().map(s -> String.format("  %s by '%s'%s to '%s' on %s: %s%s%s", s.type(), s.speaker().mention(),
                s.speaker().role().map(r -> " (" + r + ")").orElse(""),
                s.addressee().map(a -> a.mention()).orElse("-"),
                s.date().map(d -> d.iso() + " " + d.precision()).orElse("-"), s.proposition(),
                s.condition().map(c -> " [" + c + "]").orElse(""), s.negated() ? " [negated]" : ""))
                .collect(Collectors.joining("\n"));
    }
}
