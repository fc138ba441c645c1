package org.borderwatch.web.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.web.Problem;
import org.borderwatch.web.query.DocumentQueries;
import org.borderwatch.web.query.DocumentQueries.DocumentDetail;
import org.borderwatch.web.query.DocumentQueries.DocumentSummary;
import org.borderwatch.web.query.DocumentQueries.FactSpan;
import org.borderwatch.web.query.Params;
import org.borderwatch.web.query.Views.Page;
import org.jdbi.v3.core.Jdbi;

/** The document list and search, and a document's text with every extracted fact highlighted and linked. */
final class DocumentPages {
    private final DocumentQueries documents;

    DocumentPages(Jdbi jdbi) {
        this.documents = new DocumentQueries(jdbi);
    }

    String list(Params p) {
        Page<DocumentSummary> page = documents.list(p);
        String q = p.text("q").orElse("");
        Html h = new Html().raw("<h1>Documents</h1>");
        h.f("<form class=\"filters\" method=\"get\" action=\"/documents\"><label>search the texts<input name=\"q\" "
                + "value=\"%s\" size=\"40\" placeholder=\"safe haven TTP\"></label><button>Search</button></form>", q);
        h.f("<p>%s documents</p><table id=\"documents\"><tr><th>id</th><th>published</th><th>title</th><th>publisher</th>"
                + "<th class=num>incidents</th><th class=num>statements</th></tr>", page.total());
        for (DocumentSummary d : page.items()) {
            h.f("<tr><td>%s</td><td>%s</td><td><a href=\"/documents/%s\">%s</a>", d.id(), d.published(), d.id(),
                    d.title() == null ? "(untitled)" : d.title());
            if (d.snippet() != null) {
                h.raw("<div class=\"snippet muted\">").raw(highlighted(d.snippet(), d.highlights())).raw("</div>");
            }
            h.f("</td><td>%s</td><td class=num>%s</td><td class=num>%s</td></tr>", d.publisher(), d.incidents(),
                    d.statements());
        }
        h.raw("</table>");
        return h.raw(IncidentPages.pager("/documents?" + (q.isEmpty() ? "" : "q=" + Html.url(q)), page)).toString();
    }

    /** Plain text with the given [start, end) ranges in {@code <mark>}, everything escaped. */
    static String highlighted(String text, List<int[]> ranges) {
        Html h = new Html();
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] < at || r[1] > text.length()) {
                continue;
            }
            h.text(text.substring(at, r[0])).raw("<mark>").text(text.substring(r[0], r[1])).raw("</mark>");
            at = r[1];
        }
        return h.text(text.substring(at)).toString();
    }

    String detail(long id, Long currentEvidence) {
        DocumentDetail d = documents.find(id).orElseThrow(() -> Problem.notFound("no document with id " + id));
        Html h = new Html().f("<h1 id=\"document\" data-id=\"%s\">%s</h1>", d.id(), d.title() == null ? "(untitled)" : d.title());
        h.f("<p>%s · published %s · grade %s · %s · %s%s</p>", d.publisher() == null ? "publisher unknown" : d.publisher(),
                d.published() == null ? "unknown" : d.published(), d.grade(), d.format(), d.origin(),
                d.url() == null ? "" : " · " + d.url());
        h.f("<p class=\"muted\">%s facts highlighted: <span class=\"f f-incident\">incident evidence</span> "
                + "<span class=\"f f-perpetrator\">perpetrator</span> <span class=\"f f-place\">place</span> "
                + "<span class=\"f f-statement\">statement evidence</span> <span class=\"f f-speaker\">speaker or addressee</span>. "
                + "Each links to its fact.</p>", d.facts().size());
        h.raw("<div class=\"doc-text\" id=\"text\">").raw(text(d.text(), d.facts(), currentEvidence)).raw("</div>");
        return h.toString();
    }

    /**
     * The text cut at every fact boundary; each piece is wrapped with the classes of the facts covering it
     * and links to the innermost one; the evidence being looked at is marked {@code current}.
     */
    static String text(String text, List<FactSpan> facts, Long currentEvidence) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (FactSpan f : facts) {
            cuts.add(f.start());
            cuts.add(f.end());
        }
        Html h = new Html();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                segment(h, text, previous, cut, facts, currentEvidence);
            }
            previous = cut;
        }
        return h.toString();
    }

    private static void segment(Html h, String text, int a, int b, List<FactSpan> facts, Long current) {
        for (FactSpan f : facts) {
            if (f.start() == a && f.evidenceId() != null) {
                h.f("<span id=\"ev-%s\"></span>", f.evidenceId());
            }
        }
        List<FactSpan> covering = new ArrayList<>();
        for (FactSpan f : facts) {
            if (f.start() <= a && f.end() >= b) {
                covering.add(f);
            }
        }
        String words = text.substring(a, b);
        if (covering.isEmpty()) {
            h.text(words);
            return;
        }
        FactSpan inner = covering.get(0);
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        boolean isCurrent = false;
        for (FactSpan f : covering) {
            if (f.end() - f.start() < inner.end() - inner.start()) {
                inner = f;
            }
            kinds.add("f-" + f.kind());
            labels.add(f.kind() + " " + f.factId() + ": " + f.label());
            isCurrent |= current != null && current.equals(f.evidenceId());
        }
        String cls = "f " + String.join(" ", kinds);
        boolean statement = inner.kind().equals("statement") || inner.kind().equals("speaker")
                || inner.kind().equals("addressee");
        String link = (statement ? "/statements/" : "/incidents/") + inner.factId();
        if (isCurrent) {
            h.raw("<mark class=\"current\">");
        }
        h.f("<span class=\"%s\" title=\"%s\"><a href=\"%s\">%s</a></span>", cls, String.join("; ", labels), link, words);
        if (isCurrent) {
            h.raw("</mark>");
        }
    }
}
