package org.borderwatch.accountability.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.borderwatch.accountability.indicator.DateRange;

/**
 * An accountability brief as a document model: sections of paragraphs, tables and figures, every
 * figure citing its sources, and the sources themselves (an appendix of {@link Entry}s). {@link MarkdownRenderer} and
 * {@link HtmlRenderer} write it; {@link Charts} draws its figures.
 */
public record Brief(String title, DateRange period, LocalDate generated, List<Section> sections) {
    public Brief {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Text with links: plain pieces and pieces that point at a source's anchor. */
    public record Text(List<Piece> pieces) {
        public Text {
            pieces = List.copyOf(pieces);
        }

        public static Text of(String plain) {
            return new Text(List.of(new Piece(plain, null)));
        }

        public String plain() {
            StringBuilder s = new StringBuilder();
            pieces.forEach(p -> s.append(p.text()));
            return s.toString();
        }
    }

    /** @param anchor the source anchor it links to, or null */
    public record Piece(String text, String anchor) {
    }

    public sealed interface Block {
    }

    public record Paragraph(Text text) implements Block {
    }

    public record Table(List<String> header, List<List<Text>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** A source in the appendix: the anchor links point at, what it is, and the words quoted from it. */
    public record Entry(String anchor, Text head, List<String> quotes) implements Block {
        public Entry {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * A chart and what it was computed from.
     *
     * @param file    the image's file name, relative to the brief
     * @param sources links to every incident or document behind it
     */
    public record Figure(String id, String caption, Chart chart, String file, Text sources) implements Block {
    }
}
