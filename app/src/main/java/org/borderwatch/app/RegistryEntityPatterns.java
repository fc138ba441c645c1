package org.borderwatch.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.core.actor.ActorType;
import org.borderwatch.nlp.EntityPattern;
import org.borderwatch.nlp.NlpConfig;
import org.borderwatch.resolve.actor.ActorRegistry;

/**
 * The entity lexicon extraction annotates with: the bundled one, and the actor registry's armed groups
 * and factions by their own names, so that a group added to the registry ("Qaeda", "Lashkar e Jhangvi")
 * is tagged as one without also being written into the lexicon. Other actors' names stay out: the
 * registry gives forces and ministries common nouns ("police", "troops") that must remain the people
 * and words they are, and states' names are places.
 */
final class RegistryEntityPatterns {
    private RegistryEntityPatterns() {
    }

    /** The default NLP settings with the registry's armed groups added to the entity lexicon. */
    static NlpConfig config() {
        NlpConfig defaults = NlpConfig.defaults();
        return defaults.withEntityPatterns(with(defaults.entityPatterns(), ActorRegistry.bundled()));
    }

    static List<EntityPattern> with(List<EntityPattern> lexicon, ActorRegistry registry) {
        List<EntityPattern> out = new ArrayList<>(lexicon);
        Set<String> known = new HashSet<>();
        lexicon.forEach(p -> known.add(p.phrase().toLowerCase(Locale.ROOT)));
        registry.names().forEach((name, type) -> {
            boolean group = type == ActorType.ARMED_GROUP || type == ActorType.FACTION;
            // "IS" and "AQ" are safe: the lexicon takes two capitals only beside a lower-case word
            boolean properName = name.codePoints().anyMatch(Character::isUpperCase);
            if (group && properName && known.add(name.strip().toLowerCase(Locale.ROOT))) {
                out.add(new EntityPattern(name, "ARMED_GROUP"));
            }
        });
        return List.copyOf(out);
    }
}
