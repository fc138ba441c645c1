package org.borderwatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.borderwatch.core.document.ContentHash;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.time.DatePrecision;
import org.borderwatch.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

class CoreRecordsTest {
    @Test
    void spansAreValidatedAndCutText() {
        assertThat(new Span(6, 12).of("Named Bisham town")).isEqualTo("Bisham");
        assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new Span(5, 2)).hasMessageContaining("before its start");
        assertThatThrownBy(() -> new Span(0, 99).of("short")).hasMessageContaining("exceeds text");
        assertThat(new Span(0, 10).contains(new Span(2, 3))).isTrue();
        assertThat(new Span(0, 2).overlaps(new Span(2, 3))).isFalse();
    }

    @Test
    void evidenceQuoteMustMatchItsSpan() {
        assertThatThrownBy(() -> new Evidence(1, new Span(0, 3), 0, "four")).hasMessageContaining("does not match");
        assertThatThrownBy(() -> new Evidence(0, new Span(0, 3), 0, "abc")).hasMessageContaining("stored document");
    }

    @Test
    void normalisationMakesTheSameWordsHashTheSame() {
        String a = "Caf\u00e9 attack\r\nin  Quetta   \r\n\r\n\r\n\r\nEnd\u0000";
        String b = "Cafe\u0301 attack\nin  Quetta\n\nEnd\n";
        assertThat(ContentHash.normalise(a)).isEqualTo(ContentHash.normalise(b)).isEqualTo("Café attack\nin  Quetta\n\nEnd");
        assertThat(ContentHash.sha256(ContentHash.normalise(a))).hasSize(64)
                .isEqualTo(ContentHash.sha256(ContentHash.normalise(b)));
    }

    @Test
    void datesKeepTheirPrecisionAndNeverPretendToBeKnown() {
        assertThat(FuzzyDate.month(2024, 3).iso()).isEqualTo("2024-03");
        assertThat(FuzzyDate.month(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FuzzyDate.day(LocalDate.of(2024, 5, 26)).iso()).isEqualTo("2024-05-26");
        assertThatThrownBy(() -> new FuzzyDate(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1), DatePrecision.MONTH))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new PublicationDate(null, DateSource.GIVEN)).hasMessageContaining("exactly when");
        assertThat(PublicationDate.unknown().isKnown()).isFalse();
    }

    @Test
    void gradesParseFromOneLetter() {
        assertThat(SourceGrade.parse(" b ")).isEqualTo(SourceGrade.B);
        assertThatThrownBy(() -> SourceGrade.parse("G")).hasMessageContaining("A-F");
        assertThatThrownBy(() -> SourceGrade.parse(null)).hasMessageContaining("A-F");
    }
}
