package org.borderwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.core.document.DateSource;
import org.borderwatch.core.document.Document;
import org.borderwatch.core.document.DocumentStore;
import org.borderwatch.core.document.IncomingDocument;
import org.borderwatch.core.document.Provenance;
import org.borderwatch.core.document.PublicationDate;
import org.borderwatch.core.document.SourceGrade;
import org.borderwatch.core.document.StoreOutcome;
import org.junit.jupiter.api.Test;

class DocumentStoreTest {
    private final DocumentStore store = TestDatabase.create().documents();

    static IncomingDocument doc(String origin, String text, PublicationDate date) {
        return IncomingDocument.of(new Provenance(origin, "https://example.org/a", "ext-1", "Dawn", date,
                "A title", "en", SourceGrade.B, "text"), text);
    }

    @Test
    void storesProvenanceAndTextAndReadsThemBack() {
        IncomingDocument in = doc("feed.jsonl:3", "KABUL (Jan. 25, 2013)\r\nBody  \r\n",
                PublicationDate.of(LocalDate.of(2013, 1, 25), DateSource.DATELINE));
        StoreOutcome out = store.storeAll(List.of(in)).get(0);
        assertThat(out.added()).isTrue();

        Document read = store.find(out.id()).orElseThrow();
        assertThat(read.text()).isEqualTo("KABUL (Jan. 25, 2013)\nBody");
        assertThat(read.sha256()).isEqualTo(in.sha256()).hasSize(64);
        assertThat(read.provenance()).isEqualTo(in.provenance());
        assertThat(read.ingestedAt()).isNotNull();
    }

    @Test
    void sameContentIsStoredOnceAcrossAndWithinBatches() {
        IncomingDocument a = doc("a.txt", "same words", PublicationDate.unknown());
        IncomingDocument b = doc("b.txt", "same words\n", PublicationDate.unknown());
        IncomingDocument c = doc("c.txt", "other words", PublicationDate.unknown());

        List<StoreOutcome> first = store.storeAll(List.of(a, b, c));
        assertThat(first).extracting(StoreOutcome::added).containsExactly(true, false, true);
        assertThat(first.get(0).id()).isEqualTo(first.get(1).id());

        List<StoreOutcome> again = store.storeAll(List.of(c, a));
        assertThat(again).extracting(StoreOutcome::added).containsExactly(false, false);
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void listsNewestFirstWithPaging() {
        for (int i = 0; i < 5; i++) {
            store.storeAll(List.of(doc("d" + i, "text " + i, PublicationDate.unknown())));
        }
        assertThat(store.list(2, 0)).extracting(d -> d.provenance().origin()).containsExactly("d4", "d3");
        assertThat(store.list(2, 4)).extracting(d -> d.provenance().origin()).containsExactly("d0");
        assertThat(store.find(999_999)).isEmpty();
    }
}
