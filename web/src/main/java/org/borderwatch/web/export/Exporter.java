package org.borderwatch.web.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.borderwatch.web.query.IncidentFilter;
import org.borderwatch.web.query.Cursor;
import org.borderwatch.web.query.IncidentQueries;
import org.borderwatch.web.query.Views;
import org.borderwatch.web.query.Views.IncidentSummary;
import org.borderwatch.web.query.Views.Source;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes every incident a filter selects (its paging ignored) in one of the export formats, reading
 * them a page at a time so memory stays bounded. The API's export endpoint and the export command share it.
 */
public final class Exporter {
    static final int PAGE = 500;
    private final IncidentQueries incidents;

    public Exporter(Jdbi jdbi) {
        this.incidents = new IncidentQueries(jdbi);
    }

    /** @return how many incidents were written */
    public long write(ExportFormat format, IncidentFilter filter, Writer out, Instant now) throws IOException {
        FormatWriter writer = switch (format) {
            case CSV -> new CsvExport(out);
            case JSON -> new JsonExport(out);
            case GEOJSON -> new GeoJsonExport(out);
            case STIX -> new StixExport(out, now);
        };
        writer.begin();
        long[] n = {0};
        pages(filter, row -> {
            try {
                writer.row(row);
                n[0]++;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.end();
        out.flush();
        return n[0];
    }

    /** Every incident the filter selects, a page at a time, each page after the last one's cursor. */
    private void pages(IncidentFilter filter, Consumer<ExportRow> each) {
        IncidentFilter next = filter.page(PAGE, 0);
        while (true) {
            Views.IncidentPage page = incidents.list(next);
            Map<String, List<Source>> sources = incidents.sources(page.items().stream().map(IncidentSummary::id).toList());
            for (IncidentSummary i : page.items()) {
                each.accept(new ExportRow(i, sources.getOrDefault(i.id(), new ArrayList<>())));
            }
            if (page.nextCursor() == null) {
                return;
            }
            next = filter.after(PAGE, Cursor.parse(page.nextCursor(), filter.sort()));
        }
    }

    /** One format: a header, rows, a footer. */
    interface FormatWriter {
        void begin() throws IOException;

        void row(ExportRow row) throws IOException;

        void end() throws IOException;
    }
}
