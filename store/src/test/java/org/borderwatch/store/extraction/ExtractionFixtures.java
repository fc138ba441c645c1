package org.borderwatch.store.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.extraction.Extraction;
import org.borderwatch.core.incident.Attribution;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.incident.IncidentReport;
import org.borderwatch.core.incident.IncidentType;
import org.borderwatch.core.incident.Perpetrator;
import org.borderwatch.core.incident.PlaceMention;
import org.borderwatch.core.incident.VictimGroup;
import org.borderwatch.core.statement.Party;
import org.borderwatch.core.statement.StatementReport;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.TestDatabase;

/** A small document and a hand-made extraction of it, with spans found in its text. */
public final class ExtractionFixtures {
    public static final String TEXT = "A suicide bomber killed five Chinese engineers and one local driver in Bisham in March."
            + "\nThe interior minister said the TTP carried out the attack."
            + "\nAt least 12 soldiers were wounded in a clash near Torkham."
            + "\nKabul denied that it shelters militants.";

    private ExtractionFixtures() {
    }

    public static long storeDocument(TestDatabase db, String title, LocalDate published, String text) {
        IncomingDocument in = IncomingDocument.of(new Provenance("test:" + title, null, null, "Dawn",
                PublicationDate.of(published, DateSource.GIVEN), title, "en", SourceGrade.B, "text"), text);
        return db.documents().storeAll(List.of(in)).get(0).id();
    }

    static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new Span(at, at + words.length());
    }

    /** The sentences of {@link #TEXT}, one a line. */
    public static List<Span> sentences(String text) {
        List<Span> out = new java.util.ArrayList<>();
        int start = 0;
        for (String line : text.split("\n")) {
            out.add(new Span(start, start + line.length()));
            start += line.length() + 1;
        }
        return out;
    }

    static IncidentReport bisham() {
        return new IncidentReport(IncidentType.SUICIDE_ATTACK, Optional.of(FuzzyDate.month(2024, 3)),
                List.of(new PlaceMention("Bisham", span(TEXT, "Bisham"))),
                List.of(new Perpetrator("the TTP", span(TEXT, "the TTP"), Attribution.ATTRIBUTED, "The interior minister")),
                List.of(new VictimGroup("engineers", Optional.of("Chinese"), Optional.of(Count.exactly(5)), Optional.empty()),
                        new VictimGroup("driver", Optional.of("local"), Optional.of(Count.exactly(1)), Optional.empty())),
                Optional.of(Count.exactly(6)), Optional.empty(), Optional.empty(),
                List.of(span(TEXT, "A suicide bomber killed five Chinese engineers"), span(TEXT, "the attack")));
    }

    static IncidentReport torkham() {
        return new IncidentReport(IncidentType.CLASH, Optional.empty(),
                List.of(new PlaceMention("Torkham", span(TEXT, "Torkham"))), List.of(),
                List.of(new VictimGroup("soldiers", Optional.empty(), Optional.empty(), Optional.of(Count.atLeast(12)),
                        Optional.of(new Count(2, 3, 4)))),
                Optional.empty(), Optional.of(Count.atLeast(12)), Optional.of(new Count(2, 3, 4)),
                List.of(span(TEXT, "At least 12 soldiers were wounded in a clash near Torkham")));
    }

    static StatementReport attribution(int incident) {
        return new StatementReport(StatementType.ATTRIBUTE_RESPONSIBILITY,
                new Party("The interior minister", Optional.of("interior minister"), span(TEXT, "The interior minister")),
                Optional.empty(), "ttp carried out the attack", "the TTP carried out the attack",
                Optional.of(FuzzyDate.day(LocalDate.of(2024, 5, 26))), false, Optional.empty(), Voice.REPORTED,
                List.of(incident), List.of(span(TEXT, "The interior minister said the TTP carried out the attack.")));
    }

    static StatementReport denial() {
        return new StatementReport(StatementType.DENY, new Party("Kabul", Optional.empty(), span(TEXT, "Kabul")),
                Optional.of(new Party("Pakistan", Optional.of("government"), span(TEXT, "Bisham"))),
                "afghanistan shelters militants", "it shelters militants", Optional.empty(), true,
                Optional.of("if asked"), Voice.REPORTED, List.of(), List.of(span(TEXT, "Kabul denied that it shelters militants")));
    }

    /** Two incidents (Bisham, Torkham) and two statements; the attribution names the Bisham incident. */
    public static Extraction extraction(long documentId, String version) {
        return new Extraction(documentId, version, List.of(torkham(), bisham()), List.of(attribution(1), denial()));
    }
}
