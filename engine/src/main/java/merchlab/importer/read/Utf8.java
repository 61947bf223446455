package merchlab.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of byte ranges: malformed input is a row problem, never a replacement character. The fast
 * lenient decoder runs first; only text that then holds a replacement character is checked strictly.
 */
public final class Utf8 {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Decodes {@code len} bytes at {@code off}; {@code what} names the field in the problem message. */
    public String decode(byte[] buf, int off, int len, String what) throws RowProblem {
        String s = new String(buf, off, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(buf, off, len)).toString();
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
