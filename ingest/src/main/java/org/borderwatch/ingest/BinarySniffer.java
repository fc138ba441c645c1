package org.borderwatch.ingest;

/**
 * Tells text from binary by its first bytes. NUL never occurs in 8-bit or UTF-8 text, and real text
 * has almost no control characters; undecodable bytes (U+FFFD) count against it too.
 */
final class BinarySniffer {
    /** Share of suspicious characters above which the head is not text. */
    private static final double MAX_SUSPICIOUS_SHARE = 0.05;

    private BinarySniffer() {
    }

    static boolean looksBinary(byte[] head, TextEncoding encoding) {
        if (!encoding.isUtf16()) {
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
        }
        String text = encoding.decode(head);
        if (text.isEmpty()) {
            return false;
        }
        int suspicious = 0;
        // The last character may be a multi-byte sequence cut off by the head's end: not counted.
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
            if (control || c == '\uFFFD') {
                suspicious++;
            }
        }
        return suspicious > 0 && suspicious > MAX_SUSPICIOUS_SHARE * text.length();
    }
}
