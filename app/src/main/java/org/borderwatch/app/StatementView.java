package org.borderwatch.app;

import static org.borderwatch.app.FactViews.lower;

import java.util.List;
import java.util.stream.Collectors;
import org.borderwatch.app.FactViews.DocumentInfo;
import org.borderwatch.app.FactViews.EvidenceView;
import org.borderwatch.app.FactViews.SourceInfo;
import org.borderwatch.store.extraction.StoredStatement;

/** A statement as the CLI lists it: one JSON object, one CSV or table row. */
record StatementView(
        long id,
        String type,
        String speaker,
        String speakerRole,
        String addressee,
        String addresseeRole,
        String proposition,
        String quote,
        String date,
        String datePrecision,
        boolean negated,
        String condition,
        String voice,
        List<Long> incidents,
        DocumentInfo document,
        SourceInfo source,
        EvidenceView evidence) {

    static StatementView of(StoredStatement s) {
        return new StatementView(s.id(), lower(s.type()), s.speaker().orElse(null), s.speakerRole().orElse(null),
                s.addressee().orElse(null), s.addresseeRole().orElse(null), s.proposition().orElse(null),
                s.quote().orElse(null), FactViews.iso(s.date()), FactViews.precision(s.date()), s.negated(),
                s.condition().orElse(null), lower(s.voice().name()), s.incidentIds(),
                DocumentInfo.of(java.util.Optional.of(s.document())), SourceInfo.of(s.source()),
                EvidenceView.of(s.evidence()));
    }

    static final List<Column<StatementView>> COLUMNS = List.of(
            Column.of("id", 6, StatementView::id),
            Column.of("document_id", "DOC", 6, v -> v.document().id()),
            Column.csv("document_title", v -> v.document().title()),
            Column.csv("document_date", v -> v.document().published()),
            Column.csv("date", StatementView::date),
            Column.table("DATE", 11, v -> FactViews.shortDate(v.date())),
            Column.csv("date_precision", StatementView::datePrecision),
            Column.csv("type", StatementView::type),
            Column.table("TYPE", 24, v -> (v.negated() ? "not " : "") + v.type()),
            Column.of("speaker", 22, StatementView::speaker),
            Column.csv("speaker_role", StatementView::speakerRole),
            Column.of("addressee", 16, StatementView::addressee),
            Column.csv("addressee_role", StatementView::addresseeRole),
            Column.csv("negated", StatementView::negated),
            Column.csv("proposition", StatementView::proposition),
            Column.csv("quote", StatementView::quote),
            Column.csv("condition", StatementView::condition),
            Column.of("voice", 8, StatementView::voice),
            Column.csv("incidents", v -> v.incidents().stream().map(String::valueOf).collect(Collectors.joining(";"))),
            Column.of("origin", 9, v -> v.source().origin()),
            Column.csv("review_status", v -> v.source().reviewStatus()),
            Column.csv("extractor", v -> v.source().extractor()),
            Column.csv("evidence_start", v -> v.evidence() == null ? null : v.evidence().start()),
            Column.csv("evidence_end", v -> v.evidence() == null ? null : v.evidence().end()),
            Column.of("evidence_quote", "QUOTE", 80, v -> v.evidence() == null ? null : v.evidence().quote()));
}
