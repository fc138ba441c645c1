package org.borderwatch.accountability.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.core.accountability.IncidentFact;
import org.borderwatch.core.accountability.IncidentRef;
import org.borderwatch.core.accountability.SourceRef;

/**
 * The incidents and documents a brief cites, in the order first cited, each with an anchor the
 * brief's links point at and the appendix defines.
 */
public final class Sources {
    private final Map<IncidentRef, IncidentFact> known;
    private final java.util.function.Function<Long, Optional<BriefData.DocumentInfo>> lookup;
    private final Map<IncidentRef, IncidentFact> incidents = new LinkedHashMap<>();
    private final Map<Long, Document> documents = new LinkedHashMap<>();

    /** A cited document and the words of it the brief quotes. */
    public record Document(long id, Optional<String> title, Optional<LocalDate> published, List<String> quotes) {
    }

    /**
     * @param known  every incident the brief may cite, by reference
     * @param lookup a document's title and date, for documents cited without them
     */
    public Sources(Map<IncidentRef, IncidentFact> known,
                   java.util.function.Function<Long, Optional<BriefData.DocumentInfo>> lookup) {
        this.known = known;
        this.lookup = lookup;
    }

    public static String anchor(IncidentRef ref) {
        return "incident-" + ref.label();
    }

    public static String anchor(long documentId) {
        return "document-" + documentId;
    }

    /** Cites the incidents (and the documents they come from); returns links to them. */
    public Brief.Text incidents(Collection<IncidentRef> refs, int max) {
        List<Brief.Piece> pieces = new ArrayList<>();
        int shown = 0;
        for (IncidentRef ref : refs) {
            IncidentFact fact = known.get(ref);
            if (fact != null) {
                incidents.putIfAbsent(ref, fact);
                for (SourceRef s : fact.sources()) {
                    s.documentId().ifPresent(d -> document(d, s.title(), s.published(), null));
                }
            }
            if (shown < max) {
                pieces.add(new Brief.Piece(shown == 0 ? "" : ", ", null));
                pieces.add(new Brief.Piece(ref.label(), anchor(ref)));
                shown++;
            }
        }
        if (refs.size() > max) {
            pieces.add(new Brief.Piece(" and " + (refs.size() - max) + " more (all in the appendix)", null));
        }
        if (pieces.isEmpty()) {
            pieces.add(new Brief.Piece("no incidents", null));
        }
        return new Brief.Text(pieces);
    }

    /** Cites a document, with the words quoted from it; returns a link to it. */
    public Brief.Piece document(long id, Optional<String> title, Optional<LocalDate> published, String quote) {
        Document d = documents.computeIfAbsent(id, k -> {
            Optional<BriefData.DocumentInfo> info = title.isPresent() ? Optional.empty() : lookup.apply(id);
            return new Document(id, title.or(() -> info.flatMap(BriefData.DocumentInfo::title)),
                    published.or(() -> info.flatMap(BriefData.DocumentInfo::published)), new ArrayList<>());
        });
        if (quote != null && !d.quotes().contains(quote)) {
            d.quotes().add(quote);
        }
        return new Brief.Piece("document " + id, anchor(id));
    }

    public Collection<IncidentFact> citedIncidents() {
        return incidents.values();
    }

    public Collection<Document> citedDocuments() {
        return documents.values();
    }
}
