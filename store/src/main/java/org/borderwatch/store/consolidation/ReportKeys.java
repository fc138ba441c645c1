package org.borderwatch.store.consolidation;

import java.time.LocalDate;
import java.util.Map;

/**
 * Report keys as V7 defines them: {@code doc:<document id>:<offset of its first evidence>} for an
 * extracted report, {@code <dataset>:<record id>} for an imported one, {@code human:<id>} for one an
 * analyst entered. Re-extraction gives a report a new id but the same key. When two reports of one
 * document start at the same offset, the second and later ones take {@code #2}, {@code #3} in the
 * extractor's order ({@code doc:12:40#2}), so that every key names one report.
 */
public final class ReportKeys {
    private static final Map<String, String> DATASET_LABELS = Map.of("ucdp-ged", "UCDP GED", "acled", "ACLED");

    private ReportKeys() {
    }

    public static String extracted(long documentId, int firstEvidenceOffset) {
        return "doc:" + documentId + ":" + firstEvidenceOffset;
    }

    /** The keys of one extraction's reports, given the offsets of their first evidence in order. */
    public static java.util.List<String> extracted(long documentId, java.util.List<Integer> firstEvidenceOffsets) {
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int offset : firstEvidenceOffsets) {
            int n = seen.merge(offset, 1, Integer::sum);
            keys.add(extracted(documentId, offset) + (n == 1 ? "" : "#" + n));
        }
        return keys;
    }

    public static String imported(String dataset, String recordId) {
        return dataset + ":" + recordId;
    }

    static String of(long id, String dataset, String record, Long document, Integer firstOffset) {
        if (dataset != null) {
            return imported(dataset, record);
        }
        if (document != null) {
            return extracted(document, firstOffset == null ? 0 : firstOffset);
        }
        return "human:" + id;
    }

    /**
     * The source of a report as a reader recognises it: "UCDP GED 51776", "Dawn, 2024-05-28: We are
     * going in wrong directions…", "document 12", or "entered by an analyst".
     */
    static String label(String dataset, String record, Long document, String publisher, LocalDate published,
                        String title) {
        if (dataset != null) {
            return datasetLabel(dataset) + " " + record;
        }
        if (document == null) {
            return "entered by an analyst";
        }
        StringBuilder s = new StringBuilder(publisher != null ? publisher : "document " + document);
        if (published != null) {
            s.append(", ").append(published);
        }
        if (title != null && !title.isBlank()) {
            String t = title.strip();
            s.append(": ").append(t.length() > 80 ? t.substring(0, 79) + "…" : t);
        }
        return s.toString();
    }

    /** How a dataset is named to readers: "UCDP GED", "ACLED", else its own name. */
    static String datasetLabel(String dataset) {
        return DATASET_LABELS.getOrDefault(dataset, dataset);
    }
}
