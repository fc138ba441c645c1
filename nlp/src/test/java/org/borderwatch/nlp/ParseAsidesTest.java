package org.borderwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words the parser reads a sentence without: tokens built by hand, "word/TAG", spaces as written. */
class ParseAsidesTest {
    @Test
    void aNamesBracketedAcronymIsAnAsideUnlessThePhraseGoesOn() {
        assertThat(ParseAsides.find(tokens("The/DT Pakistani/JJ Taliban/NNP (/-LRB- TTP/NNP )/-RRB- claimed/VBD")))
                .containsExactly(new ParseAsides.Aside(3, 5, true));
        assertThat(ParseAsides.find(tokens("The/DT Cooperation/NNP (/-LRB- APEC/NNP )/-RRB- forum/NN met/VBD"))).isEmpty();
        assertThat(ParseAsides.find(tokens("Taliban/NNP (/-LRB- Reuters/NNP )/-RRB- said/VBD")))
                .as("one capital is a word, not an acronym").isEmpty();
    }

    @Test
    void anOpeningDatelineEndsAtADashThatStandsApart() {
        assertThat(ParseAsides.find(tokens("KABUL/NNP (/-LRB- Reuters/NNP )/-RRB- -/: The/DT Taliban/NNP said/VBD")))
                .containsExactly(new ParseAsides.Aside(0, 4, false));
        assertThat(ParseAsides.find(tokens("Q/NNP :/: Will/MD you/PRP move/VB")))
                .containsExactly(new ParseAsides.Aside(0, 1, false));
        assertThat(ParseAsides.find(tokens("Five/CD Al/NNP -|HYPH Qa'idah/NNP militants/NNS killed/VBD")))
                .as("a hyphen inside a name").isEmpty();
        assertThat(ParseAsides.find(tokens("Police/NNS said/VBD -/: The/DT")))
                .as("a lower-case word is no dateline").isEmpty();
    }

    /** "a/X b/Y": tokens separated by a space; "-|HYPH" is glued to the tokens around it. */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        int offset = 0;
        boolean glueNext = false;
        for (String item : tagged.split(" ")) {
            boolean glued = item.contains("|");
            String[] parts = glued ? item.split("\\|") : item.split("/(?=[^/]+$)");
            if (!out.isEmpty() && !glued && !glueNext) {
                offset++;
            }
            CoreLabel label = new CoreLabel();
            label.setWord(parts[0]);
            label.setValue(parts[0]);
            label.setTag(parts[1]);
            label.setBeginPosition(offset);
            offset += parts[0].length();
            label.setEndPosition(offset);
            label.setIndex(out.size() + 1);
            out.add(label);
            glueNext = glued;
        }
        return out;
    }
}
