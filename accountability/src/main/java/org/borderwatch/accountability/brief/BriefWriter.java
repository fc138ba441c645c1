package org.borderwatch.accountability.brief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a brief into a directory: {@code brief.md}, {@code brief.html} and {@code charts/figure-N.png}. */
public final class BriefWriter {
    private BriefWriter() {
    }

    /** Returns the files written. */
    public static List<Path> write(Brief brief, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Brief.Section s : brief.sections()) {
            for (Brief.Block b : s.blocks()) {
                if (b instanceof Brief.Figure f) {
                    Path png = dir.resolve(f.file());
                    Charts.png(f.chart(), png);
                    files.add(png);
                }
            }
        }
        Path md = dir.resolve("brief.md");
        Files.writeString(md, MarkdownRenderer.render(brief), StandardCharsets.UTF_8);
        Path html = dir.resolve("brief.html");
        Files.writeString(html, HtmlRenderer.render(brief), StandardCharsets.UTF_8);
        files.add(md);
        files.add(html);
        return files;
    }
}
