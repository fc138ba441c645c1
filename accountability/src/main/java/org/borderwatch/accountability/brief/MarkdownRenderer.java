package org.borderwatch.accountability.brief;

/** Writes a brief as Markdown (GitHub flavour: tables, raw HTML anchors for the sources). */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String render(Brief brief) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(brief.title())).append("\n\n");
        md.append("Period: ").append(brief.period().start()).append(" to ").append(brief.period().end())
                .append(". Generated on ").append(brief.generated()).append(".\n\n");
        int figure = 0;
        for (Brief.Section section : brief.sections()) {
            md.append("## ").append(line(section.heading())).append("\n\n");
            for (Brief.Block block : section.blocks()) {
                if (block instanceof Brief.Paragraph p) {
                    md.append(text(p.text())).append("\n\n");
                } else if (block instanceof Brief.Table t) {
                    md.append("| ").append(String.join(" | ", t.header().stream().map(MarkdownRenderer::cell).toList())).append(" |\n");
                    md.append("|").append("---|".repeat(t.header().size())).append('\n');
                    for (var row : t.rows()) {
                        md.append("| ").append(String.join(" | ", row.stream().map(c -> cell(text(c))).toList())).append(" |\n");
                    }
                    md.append('\n');
                } else if (block instanceof Brief.Figure f) {
                    figure++;
                    md.append("![").append(line(f.caption())).append("](").append(f.file()).append(")\n\n");
                    md.append("*Figure ").append(figure).append(": ").append(line(f.caption())).append(".* Sources: ")
                            .append(text(f.sources())).append("\n\n");
                } else if (block instanceof Brief.Entry e) {
                    md.append("<a id=\"").append(e.anchor()).append("\"></a>").append(text(e.head())).append("\n\n");
                    for (String q : e.quotes()) {
                        md.append("> ").append(line(q)).append("\n\n");
                    }
                }
            }
        }
        return md.toString();
    }

    private static String text(Brief.Text t) {
        StringBuilder s = new StringBuilder();
        for (Brief.Piece p : t.pieces()) {
            String words = p.text().replaceAll("\\s+", " ").replace("<", "&lt;");
            s.append(p.anchor() == null ? words : "[" + words + "](#" + p.anchor() + ")");
        }
        return s.toString();
    }

    private static String line(String s) {
        return s.replaceAll("\\s+", " ").replace("<", "&lt;").strip();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
