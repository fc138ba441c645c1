package org.borderwatch.web.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The records the API answers with and the pages and exports render: plain values, JSON as they are. */
public final class Views {
    private Views() {
    }

    /** A page of a listing. */
    public record Page<T>(long total, int limit, int offset, List<T> items) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * A page of the incident list. {@code offset} is null on a page read after a cursor; {@code nextCursor}
     * continues the list after this page (null on the last), and {@code next} is the API link to that page.
     */
    public record IncidentPage(long total, int limit, Integer offset, List<IncidentSummary> items, String nextCursor,
                               String next) {
        public IncidentPage {
            items = List.copyOf(items);
        }

        /** With {@code next} the link at {@code path} to the page after this one, keeping the filter, sort and size. */
        public IncidentPage linked(String path, IncidentFilter f) {
            if (nextCursor == null) {
                return this;
            }
            String filter = f.query();
            return new IncidentPage(total, limit, offset, items, nextCursor, path + "?" + (filter.isEmpty() ? "" : filter + "&")
                    + "sort=" + f.sort() + "&limit=" + limit + "&after=" + nextCursor);
        }
    }

    /** A reported number as low/best/high; high null when open-ended ("at least 12"). */
    public record Estimate(int low, int best, Integer high) {
        public String text() {
            if (high == null) {
                return low + "+";
            }
            return low == high ? Integer.toString(best) : low + "–" + high + " (best " + best + ")";
        }
    }

    public record PlaceRef(long id, String name, String country, String admin1, String admin2, Double latitude,
                           Double longitude, String precision, Double borderKm, String nearestBorder, Long geonamesId) {
        /** "Besham, Shangla District, Khyber Pakhtunkhwa, PK". */
        public String label() {
            StringBuilder s = new StringBuilder(name);
            for (String part : new String[] {admin2, admin1, country}) {
                if (part != null && !part.isBlank() && !part.equals(name)) {
                    s.append(", ").append(part);
                }
            }
            return s.toString();
        }
    }

    public record DocRef(long id, String title, LocalDate published, String publisher) {
    }

    /** Words of a document supporting a fact: character offsets into its text. */
    public record EvidenceRef(long id, long documentId, int start, int end, int sentence, String quote) {
    }

    /**
     * @param name         the registry actor's name when resolved, else the words naming it
     * @param attribution  claimed, attributed, suspected or unknown
     * @param attributedBy who attributed it (the speaker), if anyone
     */
    public record PerpetratorRef(String name, Long actorId, String mention, String attribution, String attributedBy) {
    }

    public record VictimRef(String category, String nationality, Estimate killed, Estimate injured, Estimate captured) {
    }

    /**
     * A real incident: a consolidated incident ({@code c} id) or, where consolidation has not grouped a
     * report yet, that report alone ({@code r} id).
     */
    public record IncidentSummary(String id, String type, String date, String datePrecision, PlaceRef place,
                                  List<PerpetratorRef> perpetrators, Estimate killed, Estimate injured, int reports,
                                  String origin, String reviewStatus, int version) {
    }

    /** One report of an incident: what one document (or dataset record, or analyst) says about it. */
    public record ReportView(long id, String reportKey, String type, String date, String datePrecision,
                             PlaceRef place, List<String> placeMentions, Estimate killed, Estimate injured,
                             Estimate captured, List<PerpetratorRef> perpetrators, List<VictimRef> victims,
                             DocRef document, String sourceRecord, List<EvidenceRef> evidence, Double matchScore,
                             JsonNode matchFeatures, String origin, String reviewStatus, int version,
                             String reviewedBy, OffsetDateTime reviewedAt) {
    }

    /** A report's source, as exports cite it: its document (if any), dataset record, first quote. */
    public record Source(long reportId, DocRef document, String url, String sourceRecord, String quote) {
    }

    public record StatementRef(long id, String type, String speaker, String addressee, String quote, String date,
                               long documentId) {
    }

    /** @param consolidation how it was consolidated; null for a report not consolidated yet */
    public record IncidentDetail(IncidentSummary incident, List<ReportView> reports, List<StatementRef> statements,
                                 List<AuditEntry> history, ConsolidationView consolidation) {
    }

    /**
     * The consolidation decision behind an incident: how its fields were reconciled ({@code chosenFrom}: the
     * report key each of type, date and place came from; {@code sources}: each report's counts), the notes
     * consolidation left, and every analyst's decision about its reports (superseded ones too).
     */
    public record ConsolidationView(JsonNode reconciliation, JsonNode notes, List<DecisionRef> decisions) {
    }

    /** An analyst's decision that two reports (by report key) are the SAME incident or DIFFERENT ones. */
    public record DecisionRef(long id, String reportA, String reportB, String decision, String author,
                              OffsetDateTime decidedAt, String note, boolean live) {
    }

    public record AuditEntry(String entity, long entityId, String action, String author, OffsetDateTime at,
                             JsonNode oldValue, JsonNode newValue) {
    }
}
