package org.borderwatch.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.annotation.AnnotatedDocument;
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
import org.borderwatch.resolve.place.IncidentPlacer;
import org.borderwatch.store.TestDatabase;
import org.borderwatch.store.extraction.PostgresExtractionStore;

/**
 * Documents and their extractions stored through the product's own code (the document store,
 * {@code replaceMachineFacts}, the bundled gazetteer's placer): two papers reporting the Bisham attack, a
 * clash near Torkham, a claim and its denial, and a page full of HTML.
 */
final class WebFixtures {
    static final String DAWN = "A suicide bomber killed five Chinese engineers and one local driver in Bisham in March."
            + "\nThe interior minister said the TTP carried out the attack."
            + "\nAt least 12 soldiers were wounded in a clash near Torkham."
            + "\nPakistan accused Kabul of sheltering militants."
            + "\nKabul denied that it shelters militants.";
    static final String NEWS = "Six people, five of them Chinese nationals, died when a bomber struck their convoy near Besham."
            + "\nOfficials blamed Tehreek-e-Taliban Pakistan.";
    static final String HOSTILE_TITLE = "<script>alert('title')</script> & co";
    static final String HOSTILE = "<img src=x onerror=alert(1)> A bomb <b>killed</b> 3 in Peshawar.\n</div><script>alert(2)</script>";

    final TestDatabase db;
    long dawn;
    long news;
    long hostile;

    private WebFixtures(TestDatabase db) {
        this.db = db;
    }

    /** Stores the three documents and extracts them; no consolidation (see {@link Consolidations}). */
    static WebFixtures load(TestDatabase db) {
        WebFixtures f = new WebFixtures(db);
        f.dawn = document(db, "Dawn editorial", LocalDate.of(2024, 5, 28), DAWN, "Dawn");
        f.news = document(db, "Convoy attacked", LocalDate.of(2024, 3, 27), NEWS, "The News");
        f.hostile = document(db, HOSTILE_TITLE, LocalDate.of(2023, 1, 5), HOSTILE, "Evil <Corp>");
        f.extractAll();
        return f;
    }

    /** Extracts every document again, as {@code borderwatch extract} would: machine facts are replaced. */
    void extractAll() {
        extract(db, dawn, DAWN, new Extraction(dawn, "test-1", List.of(bisham(DAWN), torkham()),
                List.of(attribution(), accusation(), denial())));
        extract(db, news, NEWS, new Extraction(news, "test-1", List.of(convoy()), List.of()));
        extract(db, hostile, HOSTILE, new Extraction(hostile, "test-1", List.of(new IncidentReport(IncidentType.BOMBING,
                Optional.of(FuzzyDate.day(LocalDate.of(2023, 1, 4))), List.of(new PlaceMention("Peshawar", span(HOSTILE, "Peshawar"))),
                List.of(), List.of(), Optional.of(Count.exactly(3)), Optional.empty(), Optional.empty(),
                List.of(span(HOSTILE, "A bomb <b>killed</b> 3 in Peshawar")))), List.of()));
    }

    static long document(TestDatabase db, String title, LocalDate published, String text, String publisher) {
        IncomingDocument in = IncomingDocument.of(new Provenance("test:" + title, "https://example.org/" + published,
                null, publisher, PublicationDate.of(published, DateSource.GIVEN), title, "en", SourceGrade.B, "text"), text);
        return db.documents().storeAll(List.of(in)).get(0).id();
    }

    static void extract(TestDatabase db, long id, String text, Extraction extraction) {
        AnnotatedDocument annotated = new AnnotatedDocument(id, text, Optional.empty(), List.of(), List.of(), List.of());
        var places = IncidentPlacer.bundled().place(annotated, extraction.incidents());
        new PostgresExtractionStore(db.jdbi()).replaceMachineFacts(extraction, sentences(text), places);
    }

    static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new Span(at, at + words.length());
    }

    static List<Span> sentences(String text) {
        List<Span> out = new java.util.ArrayList<>();
        int start = 0;
        for (String line : text.split("\n")) {
            out.add(new Span(start, start + line.length()));
            start += line.length() + 1;
        }
        return out;
    }

    static IncidentReport bisham(String text) {
        return new IncidentReport(IncidentType.SUICIDE_ATTACK, Optional.of(FuzzyDate.month(2024, 3)),
                List.of(new PlaceMention("Bisham", span(text, "Bisham"))),
                List.of(new Perpetrator("the TTP", span(text, "the TTP"), Attribution.ATTRIBUTED, "The interior minister")),
                List.of(new VictimGroup("engineers", Optional.of("Chinese"), Optional.of(Count.exactly(5)), Optional.empty()),
                        new VictimGroup("driver", Optional.of("local"), Optional.of(Count.exactly(1)), Optional.empty())),
                Optional.of(Count.exactly(6)), Optional.empty(), Optional.empty(),
                List.of(span(text, "A suicide bomber killed five Chinese engineers and one local driver in Bisham"),
                        span(text, "the attack")));
    }

    static IncidentReport convoy() {
        return new IncidentReport(IncidentType.BOMBING, Optional.of(FuzzyDate.day(LocalDate.of(2024, 3, 26))),
                List.of(new PlaceMention("Besham", span(NEWS, "Besham"))),
                List.of(new Perpetrator("Tehreek-e-Taliban Pakistan", span(NEWS, "Tehreek-e-Taliban Pakistan"),
                        Attribution.ATTRIBUTED, "Officials")),
                List.of(), Optional.of(Count.exactly(6)), Optional.empty(), Optional.empty(),
                List.of(span(NEWS, "Six people, five of them Chinese nationals, died when a bomber struck their convoy")));
    }

    static IncidentReport torkham() {
        return new IncidentReport(IncidentType.CLASH, Optional.empty(),
                List.of(new PlaceMention("Torkham", span(DAWN, "Torkham"))), List.of(), List.of(),
                Optional.empty(), Optional.of(Count.atLeast(12)), Optional.empty(),
                List.of(span(DAWN, "At least 12 soldiers were wounded in a clash near Torkham")));
    }

    static StatementReport attribution() {
        return new StatementReport(StatementType.ATTRIBUTE_RESPONSIBILITY,
                new Party("The interior minister", Optional.of("interior minister"), span(DAWN, "The interior minister")),
                Optional.empty(), "ttp carried out the attack", "the TTP carried out the attack",
                Optional.of(FuzzyDate.day(LocalDate.of(2024, 5, 26))), false, Optional.empty(), Voice.REPORTED,
                List.of(0), List.of(span(DAWN, "The interior minister said the TTP carried out the attack.")));
    }

    static StatementReport accusation() {
        return new StatementReport(StatementType.ACCUSE, new Party("Pakistan", Optional.empty(), span(DAWN, "Pakistan")),
                Optional.of(new Party("Kabul", Optional.empty(), span(DAWN, "Kabul of"))),
                "afghanistan shelters militants", "sheltering militants", Optional.empty(), false,
                Optional.empty(), Voice.REPORTED, List.of(), List.of(span(DAWN, "Pakistan accused Kabul of sheltering militants")));
    }

    static StatementReport denial() {
        return new StatementReport(StatementType.DENY, new Party("Kabul", Optional.empty(), span(DAWN, "Kabul denied")),
                Optional.empty(), "afghanistan shelters militants", "it shelters militants", Optional.empty(), false,
                Optional.empty(), Voice.REPORTED, List.of(), List.of(span(DAWN, "Kabul denied that it shelters militants")));
    }
}
