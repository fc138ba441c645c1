package org.borderwatch.resolve.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Name normalisation for matching. Three levels, from strict to loose: {@link #fold} (case, accents,
 * punctuation), {@link #phonetic} (the spelling variation of transliterated Pashto, Urdu and Dari names)
 * and {@link #withinEdits} (typing and transcription slips).
 */
public final class Names {
    private Names() {}

    /**
     * Words that name an administrative level rather than the place; stripped for admin names. Not
     * "tribal area": Bannu Tribal Area is another unit than Bannu District.
     */
    private static final Set<String> ADMIN_WORDS = Set.of(
            "district", "districts", "agency", "province", "provinces", "region", "state", "division", "municipality", "county", "governorate", "wilaya", "velayat", "wilayat", "ostan", "shahrestan",
            "viloyati", "oblast", "prefecture");

    /**
     * Lower case, accents and apostrophes removed, every other non-alphanumeric run turned into one space.
     * Apostrophes go without a space because transliterations use them inside words (Qal'at, La‘lpur).
     * Letters of other scripts (Arabic) are kept so that names in them still match exactly.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || isApostrophe(c)) {
                continue;
            }
            String mapped = switch (c) {
                case 'ı' -> "i";
                case 'ø', 'Ø' -> "o";
                case 'đ', 'Đ' -> "d";
                case 'ł', 'Ł' -> "l";
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                default -> null;
            };
            if (mapped != null) {
                b.append(mapped);
                space = false;
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´' || c == 'ʼ' || c == 'ʻ'
                || c == 'ʿ' || c == 'ʾ' || c == '′';
    }

    /** The folded name without a leading article: "the Khyber Agency" and "Khyber Agency" are one key. */
    public static String key(String s) {
        String f = fold(s);
        return f.startsWith("the ") ? f.substring(4) : f;
    }

    /** The folded name without words that only say the level ("Shangla District" → "shangla"). */
    static String stripAdminWords(String folded) {
        String[] words = folded.split(" ");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (ADMIN_WORDS.contains(w) || isDistrictTypo(w)) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w);
        }
        String out = b.toString();
        // "Province of Aleppo" → "aleppo".
        if (out.startsWith("of ")) {
            out = out.substring(3);
        }
        // Never strip a name to nothing: "Province" alone is still a name.
        return out.isEmpty() ? folded : out;
    }

    /** UCDP writes "Jafarabad Distrcit": one slip of "district" is still the level word. */
    private static boolean isDistrictTypo(String w) {
        return w.length() >= 7 && w.startsWith("dis") && withinEdits(w, "district", 1);
    }

    /** Key of a province or district name, for matching it across sources: "Khyber Pakhtunkwa Province" = "Khyber Pakhtunkhwa". */
    public static String adminKey(String name) {
        return phonetic(stripAdminWords(key(name)));
    }

    /**
     * A transliteration key: folded, spaces dropped ("Mir Ali" = "Mirali"), aspirated digraphs reduced
     * (kh→k, gh→g, th→t…), q→k, c→k, w→v, vowels reduced to three classes (a; e/i/y; o/u) since
     * Persian-script names are romanised with i or e, u or o at will (Bisham/Besham, Uruzgan/Oruzgan,
     * the izafe "-e-"/"-i-"), a silent h after a vowel dropped (Mohmand/Momand), and doubled letters
     * collapsed (Bannu/Banu, aa/a). Letters outside a–z pass through unchanged.
     */
    static String phonetic(String folded) {
        StringBuilder t = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != ' ' && !Character.isDigit(c)) {
                t.append(c);
            }
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            String emit;
            if (next == 'h' && "kgtdbjpscz".indexOf(c) >= 0) {
                emit = switch (c) {
                    case 'p' -> "f";
                    case 's' -> "x";
                    case 'c' -> "c";
                    case 'z' -> "j";
                    default -> String.valueOf(c);
                };
                i++;
            } else {
                emit = switch (c) {
                    case 'q', 'c' -> "k";
                    case 'w' -> "v";
                    case 'x' -> "ks";
                    case 'a' -> "a";
                    case 'e', 'i' -> "i";
                    case 'o', 'u' -> "u";
                    case 'y' -> isVowel(next) ? "y" : "i";
                    case 'h' -> {
                        boolean afterVowel = out.length() > 0 && isVowelClass(out.charAt(out.length() - 1));
                        yield afterVowel && !isVowel(next) ? "" : "h";
                    }
                    default -> String.valueOf(c);
                };
            }
            for (int k = 0; k < emit.length(); k++) {
                char e = emit.charAt(k);
                if (out.length() == 0 || out.charAt(out.length() - 1) != e) {
                    out.append(e);
                }
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isVowelClass(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    /** How many edits a fuzzy match may take: none below 5 letters, where one edit is another word. */
    static int allowedEdits(String phoneticKey) {
        int n = phoneticKey.length();
        return n < 5 ? 0 : n < 11 ? 1 : 2;
    }

    /** Optimal-string-alignment distance of a and b is at most max (adjacent swaps count as one). */
    static boolean withinEdits(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return false;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return false;
            }
            int[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[m] <= max;
    }

    /** An abbreviation such as KP, FATA, U.S.: 2–4 capitals, matched only against a mention in capitals. */
    static boolean isAbbreviation(String name) {
        String letters = name.replace(".", "");
        if (letters.length() < 2 || letters.length() > 4) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    static String abbreviationKey(String name) {
        return name.replace(".", "").trim();
    }
}
