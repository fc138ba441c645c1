package org.borderwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void drawsABarThatMessagesDoNotOverwrite() {
        StringWriter err = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(err), true, "ingest")) {
            p.update(50, 100, "5 new");
            p.message("rejected: a.txt: binary file (not text)");
            p.update(100, 100, "10 new");
        }
        String shown = err.toString();
        assertThat(shown).contains("ingest [===============>", " 50% 5 new", "100% 10 new");
        assertThat(shown).contains("\r\u001b[Krejected: a.txt: binary file (not text)\n");
        assertThat(shown).endsWith("\n");
    }

    @Test
    void isSilentWhenQuietOrWhenStderrIsNotATerminal() {
        StringWriter err = new StringWriter();
        try (Progress quiet = Progress.onTerminal(new PrintWriter(err), true, "ingest");
             Progress piped = Progress.onTerminal(new PrintWriter(err), false, "ingest")) {
            quiet.update(1, 2, "");
            piped.update(1, 2, ""); // the test JVM's stderr is not a console
        }
        assertThat(err.toString()).isEmpty();
    }
}
