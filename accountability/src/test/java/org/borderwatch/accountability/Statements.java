package org.borderwatch.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.core.accountability.PartyRef;
import org.borderwatch.core.accountability.StatementFact;
import org.borderwatch.core.evidence.Evidence;
import org.borderwatch.core.evidence.Span;
import org.borderwatch.core.statement.StatementType;
import org.borderwatch.core.statement.Voice;
import org.borderwatch.core.time.FuzzyDate;

/** Hand-made statements for the rule tests: {@code Statements.of(DEMAND, "Naqvi", "the Taliban", "…")}. */
public final class Statements {
    private static long nextId = 1;

    private final long id = nextId++;
    private final StatementType type;
    private final PartyRef speaker;
    private final PartyRef addressee;
    private final String proposition;
    private String quote;
    private String condition;
    private boolean negated;
    private long document = 1;
    private int sentence;
    private LocalDate day = LocalDate.of(2024, 5, 26);
    private final List<Long> incidents = new ArrayList<>();

    private Statements(StatementType type, String speaker, String addressee, String proposition) {
        this.type = type;
        this.speaker = PartyRef.mention(speaker);
        this.addressee = addressee == null ? null : PartyRef.mention(addressee);
        this.proposition = proposition.toLowerCase(java.util.Locale.ROOT);
        this.quote = proposition;
    }

    public static Statements of(StatementType type, String speaker, String addressee, String proposition) {
        return new Statements(type, speaker, addressee, proposition);
    }

    public Statements quote(String q) {
        quote = q;
        return this;
    }

    public Statements condition(String c) {
        condition = c;
        return this;
    }

    public Statements negated() {
        negated = true;
        return this;
    }

    public Statements on(String d) {
        day = LocalDate.parse(d);
        return this;
    }

    public Statements document(long d) {
        document = d;
        return this;
    }

    public Statements sentence(int s) {
        sentence = s;
        return this;
    }

    public Statements about(long incident) {
        incidents.add(incident);
        return this;
    }

    public StatementFact fact() {
        return new StatementFact(id, "doc:" + document + ":" + id + ":" + type, type, speaker, Optional.empty(),
                Optional.ofNullable(addressee), proposition, Optional.of(quote), Optional.of(FuzzyDate.day(day)), negated,
                Optional.ofNullable(condition), Voice.REPORTED, document, Optional.of(day), incidents,
                Optional.of(new Evidence(document, new Span(0, quote.length()), sentence, quote)));
    }
}
