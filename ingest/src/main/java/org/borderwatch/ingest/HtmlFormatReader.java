package org.borderwatch.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page: its title, publication date from metadata, and the visible article text. Metadata is
 * read before page furniture is stripped, because dates and titles often live in the parts removed.
 */
final class HtmlFormatReader implements FormatReader {
    private static final List<String> DATE_SELECTORS = List.of(
            "meta[property=article:published_time]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "[itemprop=datePublished]",
            "article time[datetime]");

    private final long maxFileBytes;

    HtmlFormatReader(Limits limits) {
        this.maxFileBytes = limits.maxFileBytes();
    }

    @Override
    public void read(Input input, TextEncoding encoding, DocumentAssembler out) throws IOException {
        Document page = Jsoup.parse(encoding.readAll(input, maxFileBytes));
        String title = title(page);
        PublicationDate published = metadataDate(page)
                .map(d -> PublicationDate.of(d, DateSource.METADATA))
                .orElse(PublicationDate.unknown());
        out.accept(Draft.of(input.origin(), Format.HTML, HtmlVisibleText.of(page))
                .withTitle(title)
                .withUrl(attribute(page, "link[rel=canonical]", "href", "meta[property=og:url]", "content"))
                .withPublisher(attribute(page, "meta[property=og:site_name]", "content", "", ""))
                .withPublished(published));
    }

    private static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content");
        }
        if (!page.title().isBlank()) {
            return page.title();
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    /** Sloppy metadata is common, so a value we cannot read is passed over, not held against the page. */
    private static Optional<LocalDate> metadataDate(Document page) {
        for (String selector : DATE_SELECTORS) {
            for (Element e : page.select(selector)) {
                for (String value : List.of(e.attr("content"), e.attr("datetime"), e.ownText())) {
                    Optional<LocalDate> date = value.isBlank() ? Optional.empty() : FieldDates.parse(value);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String attribute(Document page, String selector, String attr, String fallback, String fallbackAttr) {
        Element e = page.selectFirst(selector);
        if (e != null && !e.attr(attr).isBlank()) {
            return e.attr(attr);
        }
        Element f = fallback.isEmpty() ? null : page.selectFirst(fallback);
        return f == null ? null : f.attr(fallbackAttr);
    }
}
