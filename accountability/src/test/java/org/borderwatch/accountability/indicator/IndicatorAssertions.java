package org.borderwatch.accountability.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The indicator language's shared checks and its gold reference files. */
final class IndicatorAssertions {
    private IndicatorAssertions() {
    }

    /** Parses, prints the canonical form, and checks that the form parses back to the same indicator. */
    static Indicator assertParses(String expression, String canonical) {
        Indicator parsed = IndicatorParser.parse(expression);
        assertThat(parsed.toString()).as(expression).isEqualTo(canonical);
        assertThat(IndicatorParser.parse(parsed.toString())).as("round trip of " + canonical).isEqualTo(parsed);
        return parsed;
    }

    static SyntaxException assertSyntaxError(String expression, int column, String words) {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> IndicatorParser.parse(expression));
        assertThat(e).as("'" + expression + "' must not parse").isNotNull();
        assertThat(e.getMessage()).as(expression).contains(words).startsWith("indicator, column " + column + ":");
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.excerpt()).contains("^");
        return e;
    }

    /** Rows of a tab-separated resource, without comment lines. */
    static List<String[]> rows(String resource) {
        try (var in = IndicatorAssertions.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
