package io.entente.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.entente.graphql.ApiError;
import io.entente.graphql.ErrorCode;

/**
 * Cuts a byte stream into numbered lines (LF or CRLF), each judged on its own: a line longer than the limit is
 * skipped to its end (never buffered whole) and reported, a line that is not UTF-8 is reported, and the lines
 * around them are read as usual. Not thread-safe: one per request, fed in order.
 */
final class LineSplitter {

    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[8192];
    private int length;
    /** Bytes of the current line beyond what was kept (0 unless it is too long). */
    private long dropped;
    private int number;

    LineSplitter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The lines that {@code bytes} completes, in order. */
    List<ImportLine> feed(byte[] bytes) {
        List<ImportLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                append(bytes, start, i - start);
                lines.add(take());
                start = i + 1;
            }
        }
        append(bytes, start, bytes.length - start);
        return lines;
    }

    /** The last line, when the stream ended without a final newline. */
    List<ImportLine> finish() {
        return length == 0 && dropped == 0 ? List.of() : List.of(take());
    }

    private void append(byte[] bytes, int from, int count) {
        if (dropped > 0 || length + count > maxBytes) {
            dropped += count;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(length + count, line.length * 2)));
        }
        System.arraycopy(bytes, from, line, length, count);
        length += count;
    }

    private ImportLine take() {
        number++;
        ImportLine taken = dropped > 0 ? tooLong(length + dropped) : decode();
        length = 0;
        dropped = 0;
        if (line.length > 65536) {
            line = new byte[8192]; // one long line does not keep its buffer for the rest of the file
        }
        return taken;
    }

    private ImportLine tooLong(long size) {
        return ImportLine.unreadable(number, new ApiError(ErrorCode.BAD_USER_INPUT, "The line has " + size
                + " bytes, more than the " + maxBytes + " a line may have (ENTENTE_IMPORT_MAX_LINE_SIZE); it was skipped."));
    }

    private ImportLine decode() {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, 0, end));
            return ImportLine.of(number, chars.toString());
        } catch (CharacterCodingException e) {
            return ImportLine.unreadable(number, new ApiError(ErrorCode.BAD_USER_INPUT, "The line is not valid UTF-8."));
        }
    }
}
