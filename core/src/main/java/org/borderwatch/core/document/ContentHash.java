package org.borderwatch.core.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Document identity. The same words reach us with different line endings, Unicode forms and trailing
 * blanks; we hash a normalised form so that they are recognised as the same content.
 */
public final class ContentHash {
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\u00A0]+(?=\\n)");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    private ContentHash() {
    }

    /**
     * NFC, LF line endings, no NUL or other control characters except tab and newline, no trailing
     * blanks on a line, at most one empty line in a row, and no leading or trailing white space.
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
        StringBuilder clean = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                clean.append(c == '\uFEFF' ? ' ' : c);
            }
        }
        s = TRAILING_BLANKS.matcher(clean).replaceAll("");
        s = MANY_BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of text that is already normalised. */
    public static String sha256(String normalisedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalisedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
