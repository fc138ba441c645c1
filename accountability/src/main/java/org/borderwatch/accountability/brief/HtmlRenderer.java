package org.borderwatch.accountability.brief;

/** Writes a brief as one self-contained HTML page (no scripts, no external resources but its chart images). */
public final class HtmlRenderer {
    private static final String STYLE = """
            body{font-family:sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#1a202c;line-height:1.45}
            table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #cbd5e0;padding:4px 6px;
            text-align:left;vertical-align:top;font-size:90%}th{background:#edf2f7}figure{margin:1.5em 0}
            img{max-width:100%;border:1px solid #e2e8f0}figcaption{font-size:90%;color:#4a5568}
            blockquote{margin:.3em 0 .8em 1.5em;color:#4a5568;border-left:3px solid #cbd5e0;padding-left:.6em}
            .source:target{background:#fefcbf}""";

    private HtmlRenderer() {
    }

    public static String render(Brief brief) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<title>").append(escape(brief.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(brief.title())).append("</h1>\n");
        h.append("<p>Period: ").append(brief.period().start()).append(" to ").append(brief.period().end())
                .append(". Generated on ").append(brief.generated()).append(".</p>\n");
        int figure = 0;
        for (Brief.Section section : brief.sections()) {
            h.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            for (Brief.Block block : section.blocks()) {
                if (block instanceof Brief.Paragraph p) {
                    h.append("<p>").append(text(p.text())).append("</p>\n");
                } else if (block instanceof Brief.Table t) {
                    h.append("<table>\n<tr>");
                    t.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
                    h.append("</tr>\n");
                    for (var row : t.rows()) {
                        h.append("<tr>");
                        row.forEach(c -> h.append("<td>").append(text(c)).append("</td>"));
                        h.append("</tr>\n");
                    }
                    h.append("</table>\n");
                } else if (block instanceof Brief.Figure f) {
                    figure++;
                    h.append("<figure id=\"").append(escape(f.id())).append("\">\n<img src=\"").append(escape(f.file()))
                            .append("\" alt=\"").append(escape(f.caption())).append("\" width=\"").append(Charts.WIDTH)
                            .append("\" height=\"").append(Charts.HEIGHT).append("\">\n<figcaption>Figure ").append(figure)
                            .append(": ").append(escape(f.caption())).append(". Sources: ").append(text(f.sources()))
                            .append("</figcaption>\n</figure>\n");
                } else if (block instanceof Brief.Entry e) {
                    h.append("<div class=\"source\" id=\"").append(escape(e.anchor())).append("\"><p>").append(text(e.head()))
                            .append("</p>\n");
                    e.quotes().forEach(q -> h.append("<blockquote>").append(escape(q)).append("</blockquote>\n"));
                    h.append("</div>\n");
                }
            }
            h.append("</section>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String text(Brief.Text t) {
        StringBuilder s = new StringBuilder();
        for (Brief.Piece p : t.pieces()) {
            s.append(p.anchor() == null ? escape(p.text()) : "<a href=\"#" + escape(p.anchor()) + "\">" + escape(p.text()) + "</a>");
        }
        return s.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
