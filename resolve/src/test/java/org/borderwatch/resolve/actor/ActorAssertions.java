package org.borderwatch.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderwatch.resolve.actor.Resolution.Candidate;
import org.borderwatch.resolve.actor.Resolution.Matched;

/** The shared assertions of the actor tests: a mention resolves to an actor (with a role), or is a candidate. */
final class ActorAssertions {
    static final ActorRegistry REGISTRY = ActorRegistry.bundled();

    private ActorAssertions() {}

    /** A Pakistani paper's context on a day, about Pakistan and Afghanistan. */
    static ResolutionContext pakistaniPaper(String day) {
        return ResolutionContext.of(LocalDate.parse(day), "PK", "PK", "AF");
    }

    /** A document whose publisher is unknown, about the countries given, most salient first. */
    static ResolutionContext about(String day, String... countries) {
        return new ResolutionContext(day == null ? null : LocalDate.parse(day), null, List.of(countries), Set.of());
    }

    static Matched matches(String mention, ResolutionContext context, String id) {
        Resolution r = REGISTRY.resolve(mention, context);
        assertThat(r).as("'%s' → %s", mention, describe(r)).isInstanceOf(Matched.class);
        Matched m = (Matched) r;
        assertThat(m.actor().id()).as("'%s' → %s", mention, describe(r)).isEqualTo(id);
        assertThat(m.why()).as("a reason a reviewer can read").isNotBlank();
        return m;
    }

    static Matched matches(String mention, ResolutionContext context, String id, String role) {
        Matched m = matches(mention, context, id);
        assertThat(m.role()).as("'%s' → %s", mention, describe(m)).hasValue(role);
        return m;
    }

    static Candidate candidate(String mention, ResolutionContext context) {
        Resolution r = REGISTRY.resolve(mention, context);
        assertThat(r).as("'%s' → %s", mention, describe(r)).isInstanceOf(Candidate.class);
        assertThat(r.why()).as("why nothing matched").isNotBlank();
        return (Candidate) r;
    }

    static String describe(Resolution r) {
        if (r instanceof Matched m) {
            return m.actor().id() + m.role().map(x -> "[" + x + "]").orElse("") + " (" + m.how() + " "
                    + String.format(java.util.Locale.ROOT, "%.2f", m.score()) + ": " + m.why() + ")";
        }
        return "CANDIDATE (" + r.why() + ")";
    }
}
