package org.borderwatch.app;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.incident.Count;
import org.borderwatch.core.time.FuzzyDate;
import org.borderwatch.store.extraction.DocumentRef;
import org.borderwatch.store.extraction.FactSource;

/** The parts incident and statement views share, as JSON shows them. */
final class FactViews {
    private FactViews() {
    }

    /** A reported number: high null when open-ended ("at least 12"). */
    record CountView(int low, int best, Integer high) {
        static CountView of(Optional<Count> count) {
            return count.map(c -> new CountView(c.low(), c.best(), c.high() == Count.OPEN ? null : c.high()))
                    .orElse(null);
        }

        /** CSV columns {@code PREFIX_low, PREFIX_best, PREFIX_high} (high empty when open-ended). */
        static <T> java.util.List<Column<T>> csvColumns(String prefix, java.util.function.Function<T, CountView> count) {
            return java.util.List.of(
                    Column.csv(prefix + "_low", v -> count.apply(v) == null ? null : count.apply(v).low()),
                    Column.csv(prefix + "_best", v -> count.apply(v) == null ? null : count.apply(v).best()),
                    Column.csv(prefix + "_high", v -> count.apply(v) == null ? null : count.apply(v).high()));
        }

        /** "6", "12+", "2-4 (best 3)". */
        static String text(CountView c) {
            if (c == null) {
                return null;
            }
            if (c.high == null) {
                return c.low + "+" + (c.best == c.low ? "" : " (best " + c.best + ")");
            }
            return c.low == c.high ? Integer.toString(c.best) : c.low + "-" + c.high + " (best " + c.best + ")";
        }
    }

    /** The words a fact was read from. */
    record EvidenceView(long documentId, int start, int end, int sentence, String quote) {
        static EvidenceView of(Optional<Evidence> evidence) {
            return evidence.map(e -> new EvidenceView(e.documentId(), e.span().start(), e.span().end(), e.sentence(),
                    e.quote())).orElse(null);
        }
    }

    /** The document a fact was read from. */
    record DocumentInfo(long id, String title, LocalDate published) {
        static DocumentInfo of(Optional<DocumentRef> document) {
            return document.map(d -> new DocumentInfo(d.id(), d.title().orElse(null), d.published().orElse(null)))
                    .orElse(null);
        }
    }

    /** Who stands behind a fact. */
    record SourceInfo(String origin, String reviewStatus, String extractor) {
        static SourceInfo of(FactSource source) {
            return new SourceInfo(lower(source.origin().name()), lower(source.reviewStatus()),
                    source.extractor().orElse(null));
        }
    }

    static String iso(Optional<FuzzyDate> date) {
        return date.map(FuzzyDate::iso).orElse(null);
    }

    /** A date for a narrow table column: the day, month or year, or "~" and the first day of a range. */
    static String shortDate(String iso) {
        return iso == null || !iso.contains("/") ? iso : "~" + iso.substring(0, iso.indexOf('/'));
    }

    static String precision(Optional<FuzzyDate> date) {
        return date.map(d -> lower(d.precision().name())).orElse(null);
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
