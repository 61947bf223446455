package merchlab.importer.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of byte ranges: malformed input is a row problem, never a replacement character. */
public final class Utf8 {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Decodes {@code len} bytes at {@code off}; {@code what} names the field in the problem message. */
    public String decode(byte[] buf, int off, int len, String what) throws RowProblem {
        boolean ascii = true;
        for (int i = off, end = off + len; i < end; i++) {
            if (buf[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(buf, off, len, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(buf, off, len));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new RowProblem("invalid UTF-8 encoding in " + what);
        }
    }

    /** Whether the bytes are valid UTF-8. */
    public boolean valid(byte[] buf, int off, int len) {
        try {
            decode(buf, off, len, "");
            return true;
        } catch (RowProblem e) {
            return false;
        }
    }
}
