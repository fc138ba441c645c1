package org.borderwatch.nlp;

import java.util.Random;

/** Junk text for robustness runs: mixed scripts, marks, controls, emoji, stray surrogates and a few real words. */
final class RandomText {
    private static final int[][] RANGES = {
            {0x20, 0x7E}, {0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0xFF}, {0x300, 0x36F}, {0x600, 0x6FF},
            {0x4E00, 0x4FFF}, {0x1F300, 0x1F6FF}, {0xE000, 0xE0FF}, {0xD800, 0xDFFF}, {0x2000, 0x206F},
    };
    private static final String[] WORDS = {
            " TTP ", " Sunday ", " March 3 ", " 2013 ", " weeks ago ", " Tehreek-e-Taliban ", " U.S. ", " $5 ",
            "\n\n", ". ", " Mr. ", " (", ") ", " 'll ", " the ", " killed ", " Nacta ", " next Friday ", " 99999 ",
    };

    private RandomText() {
    }

    static String next(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            if (random.nextInt(6) == 0) {
                out.append(WORDS[random.nextInt(WORDS.length)]);
            } else {
                int[] range = RANGES[random.nextInt(RANGES.length)];
                out.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
        }
        return out.toString();
    }
}
