package org.borderwatch.ingest;

import java.io.IOException;
import java.util.Set;

/**
 * Reads one file-like input: decides its encoding, refuses binary content, picks the format and
 * runs its reader. Whatever goes wrong ends as a rejection, never as an exception out of the batch.
 */
final class InputProcessor {
    private static final int HEAD_BYTES = 8192;
    /** Formats that hold one document and are therefore read whole. */
    private static final Set<Format> WHOLE_FILE = Set.of(Format.LINE, Format.TEXT, Format.HTML);

    private final IngestOptions options;
    private final DocumentAssembler out;

    InputProcessor(IngestOptions options, DocumentAssembler out) {
        this.options = options;
        this.out = out;
    }

    void process(Input input) {
        try {
            read(input);
        } catch (RejectedInputException e) {
            out.reject(e.originOr(input.origin()), e.getMessage());
        } catch (IOException e) {
            out.reject(input.origin(), Problems.cannotRead(IoReasons.of(e)));
        } catch (RuntimeException | StackOverflowError e) {
            // Last line of defence for hostile input that trips a parser in a way we did not foresee.
            out.reject(input.origin(), Problems.unexpected(e));
        }
    }

    private void read(Input input) throws IOException {
        byte[] head = TextEncoding.readHead(input, HEAD_BYTES);
        if (head.length == 0) {
            out.reject(input.origin(), Problems.EMPTY);
            return;
        }
        TextEncoding likely = TextEncoding.forHead(head);
        if (BinarySniffer.looksBinary(head, likely)) {
            out.reject(input.origin(), Problems.BINARY);
            return;
        }
        Format format = FormatDetector.detect(options.format(), input.fileName(), likely.decode(head));
        long maxFileBytes = options.limits().maxFileBytes();
        if (WHOLE_FILE.contains(format) && input.size() > maxFileBytes) {
            // Refused before the encoding pass, so an oversized file is never read through.
            out.reject(input.origin(), Problems.fileTooLarge(input.size(), maxFileBytes));
            return;
        }
        readerFor(format).read(input, TextEncoding.forInput(input, head), out);
    }

    private FormatReader readerFor(Format format) {
        Limits limits = options.limits();
        return switch (format) {
            case LINE -> new LineFormatReader(limits);
            case TEXT -> new TextFormatReader(limits);
            case JSONL -> new JsonlFormatReader(limits);
            case CSV -> new CsvFormatReader(options);
            case HTML -> new HtmlFormatReader(limits);
            case AUTO -> throw new IllegalStateException("AUTO is resolved before reading");
        };
    }
}
