package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractListingFormatTest {
    private record Row(String a, String b) {
    }

    private static final List<Column<Row>> COLUMNS = List.of(
            Column.of("a", 5, Row::a), Column.csv("hidden", r -> "x"), Column.table("ONLY", 4, r -> "t"),
            Column.of("b", 10, Row::b));

    @Test
    void csvQuotesWhatNeedsQuotingAndEndsRecordsWithCrlf() {
        String csv = print(OutputFormat.CSV, List.of(new Row("plain", "say \"no\", twice"), new Row(null, "two\nlines")));
        assertThat(csv).isEqualTo("a,hidden,b\r\nplain,x,\"say \"\"no\"\", twice\"\r\n,x,\"two\nlines\"\r\n");
        assertThat(ExtractCommandTest.parseCsv(csv)).containsExactly(List.of("a", "hidden", "b"),
                List.of("plain", "x", "say \"no\", twice"), List.of("", "x", "two\nlines"));
    }

    @Test
    void tableAlignsClipsAndShowsMissingValuesAsDash() {
        String table = print(OutputFormat.TABLE, List.of(new Row("a very long value", null)));
        assertThat(table.lines()).containsExactly("A     ONLY B", "a ve… t    -");
    }

    @Test
    void rangesShortenInTables() {
        assertThat(FactViews.shortDate("2024-04-14/2024-04-30")).isEqualTo("~2024-04-14");
        assertThat(FactViews.shortDate("2024-03")).isEqualTo("2024-03");
    }

    @Test
    void formatsAreNamedInAnyCase() {
        assertThat(OutputFormat.parse("JSON")).isEqualTo(OutputFormat.JSON);
        assertThat(FactListOptions.type("suicide-attack", org.borderwatch.core.incident.IncidentType.class))
                .contains("SUICIDE_ATTACK");
    }

    @Test
    void countsReadAsRanges() {
        assertThat(FactViews.CountView.text(new FactViews.CountView(6, 6, 6))).isEqualTo("6");
        assertThat(FactViews.CountView.text(new FactViews.CountView(12, 12, null))).isEqualTo("12+");
        assertThat(FactViews.CountView.text(new FactViews.CountView(2, 3, 4))).isEqualTo("2-4 (best 3)");
    }

    private static String print(OutputFormat format, List<Row> rows) {
        StringWriter out = new StringWriter();
        format.print(new PrintWriter(out), COLUMNS, rows, rows);
        return out.toString();
    }
}
