package org.borderwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of an input. A byte-order mark decides; without one we insist on valid UTF-8
 * and otherwise assume Windows-1252, the usual encoding of older Western text, which decodes any bytes
 * so that the document is still read.
 */
record TextEncoding(Charset charset, int bomLength) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * A first judgement from the head alone, good enough to tell text from binary and pick a format
     * before paying for a pass over the whole input.
     */
    static TextEncoding forHead(byte[] head) {
        TextEncoding bom = byBom(head);
        if (bom != null) {
            return bom;
        }
        CharsetDecoder strict = strictUtf8();
        // Not end of input: a character cut off by the head's end is not held against it.
        CoderResult result = strict.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
        return new TextEncoding(result.isError() ? WINDOWS_1252 : StandardCharsets.UTF_8, 0);
    }

    /** The encoding of the whole input; without a byte-order mark this reads it through once. */
    static TextEncoding forInput(Input input, byte[] head) throws IOException {
        TextEncoding bom = byBom(head);
        if (bom != null) {
            return bom;
        }
        try (InputStream in = input.open()) {
            return new TextEncoding(isValidUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        }
    }

    private static TextEncoding byBom(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** A streaming reader past the byte-order mark; bad sequences become U+FFFD rather than errors. */
    Reader openReader(Input input) throws IOException {
        InputStream in = input.open();
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, lenientDecoder());
    }

    /** The whole input as text; callers have already checked its size against the file limit. */
    String readAll(Input input, long maxBytes) throws IOException {
        try (InputStream in = input.open()) {
            // The size was checked up front, but a file may grow while we read it.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new RejectedInputException(Problems.fileTooLarge(bytes.length, maxBytes));
            }
            return decode(bytes);
        }
    }

    String decode(byte[] bytes) {
        int skip = Math.min(bomLength, bytes.length);
        try {
            return lenientDecoder().decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    private CharsetDecoder lenientDecoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    static byte[] readHead(Input input, int max) throws IOException {
        try (InputStream in = input.open()) {
            return in.readNBytes(max);
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isValidUtf8(InputStream in) throws IOException {
        CharsetDecoder strict = strictUtf8();
        char[] sink = new char[8192];
        try (Reader reader = new InputStreamReader(in, strict)) {
            while (reader.read(sink) != -1) {
                // only the decoding matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
