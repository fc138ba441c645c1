package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ingest.IngestAssertions.ingest;
import static org.borderwatch.ingest.IngestAssertions.onlyDocument;
import static org.borderwatch.ingest.IngestAssertions.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.borderwatch.core.document.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFormatTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Site | Blast in Quetta</title>
              <meta property="og:title" content="Blast in Quetta">
              <meta property="article:published_time" content="2024-03-02T08:15:00+05:00">
              <meta property="og:site_name" content="Daily Example">
              <style>p { color: red }</style>
              <script>var tracking = "SCRIPT TEXT";</script>
            </head><body>
              <header><a href="/">HEADER LINK</a></header>
              <nav><ul><li>NAV ITEM</li></ul></nav>
              <div role="navigation">ROLE NAV</div>
              <article>
                <h1>Blast in Quetta</h1>
                <!-- COMMENT TEXT -->
                <p>QUETTA, Feb. 1, 2024: A blast <b>hit</b> the market.</p>
                <p>Police said   three people were hurt.<br>More later.</p>
                <div style="display: none">HIDDEN STYLE</div>
                <span hidden>HIDDEN ATTR</span>
                <aside>ASIDE TEXT</aside>
                <noscript>NOSCRIPT TEXT</noscript>
              </article>
              <footer>FOOTER TEXT</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void keepsOnlyVisibleArticleTextWithParagraphs() throws Exception {
        var doc = onlyDocument(ingest(write(dir, "page.html", PAGE)));

        assertThat(doc.text()).isEqualTo("Blast in Quetta\n\nQUETTA, Feb. 1, 2024: A blast hit the market.\n\n"
                + "Police said three people were hurt.\nMore later.");
        assertThat(doc.text()).doesNotContain("SCRIPT", "NAV", "HEADER", "FOOTER", "COMMENT", "HIDDEN", "ASIDE",
                "NOSCRIPT", "color");
        assertThat(doc.provenance().title()).isEqualTo("Blast in Quetta");
        assertThat(doc.provenance().publisher()).isEqualTo("Daily Example");
        assertThat(doc.provenance().format()).isEqualTo("html");
    }

    @Test
    void metadataDateWinsOverTheDateline() throws Exception {
        var doc = onlyDocument(ingest(write(dir, "page.htm", PAGE)));

        assertThat(doc.provenance().published().date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(doc.provenance().published().source()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void datelineIsUsedWhenMetadataIsMissingOrUnreadable() throws Exception {
        String page = "<html><head><meta name=\"date\" content=\"last week\"></head><body>"
                + "<main><h1>Headline</h1><p>PESHAWAR, Pakistan (Sept. 9, 2023) — Schools reopened.</p></main>"
                + "<p>Outside main</p></body></html>";

        var doc = onlyDocument(ingest(write(dir, "page.xhtml", page)));

        assertThat(doc.provenance().title()).isEqualTo("Headline");
        assertThat(doc.provenance().published().date()).isEqualTo(LocalDate.of(2023, 9, 9));
        assertThat(doc.provenance().published().source()).isEqualTo(DateSource.DATELINE);
        assertThat(doc.text()).doesNotContain("Outside main");
    }

    @Test
    void timeElementInArticleAndContentSniffing() throws Exception {
        String page = "  <html><body><article><time datetime=\"2022-11-30\">Nov 30</time>"
                + "<div itemprop=articleBody>The body.</div></article></body></html>";

        var doc = onlyDocument(ingest(write(dir, "saved-page.txt", page)));

        assertThat(doc.provenance().format()).isEqualTo("html");
        assertThat(doc.provenance().published().date()).isEqualTo(LocalDate.of(2022, 11, 30));
    }

    @Test
    void pageWithNothingVisibleIsEmpty() throws Exception {
        Path file = write(dir, "blank.html", "<html><script>alert(1)</script><nav>menu</nav></html>");

        IngestAssertions.rejection(ingest(file), file.toString(), "empty document (no text)");
    }

    @Test
    void deeplyNestedMarkupDoesNotBreakTheReader() throws Exception {
        String deep = "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000);

        Collected c = ingest(write(dir, "deep.html", deep));

        assertThat(c.accepted.size() + c.rejected.size()).isEqualTo(1);
    }
}
