package org.borderwatch.app;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Who takes an analyst's decision and why: shared by {@code merge} and {@code split}. */
final class DecisionOptions {
    @Option(names = "--author", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who decides, for the audit log (default: your user name).")
    String author;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept with the decision.")
    String note;

    Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
