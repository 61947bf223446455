package merchlab.importer.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file line by line as raw bytes with line numbers, for JSON Lines; blank lines are skipped and a line longer
 * than {@link CsvReader#MAX_RECORD} bytes is reported, not kept.
 */
public final class LineReader implements Closeable {
    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;
    private long line;
    private int start;
    private int end;
    private boolean tooLong;

    public LineReader(InputStream in) {
        this(in, 1 << 20);
    }

    /** A reader starting with a buffer of {@code bufferBytes} (it grows for long lines); small ones for tests. */
    LineReader(InputStream in, int bufferBytes) {
        this.in = in;
        this.buf = new byte[Math.max(4, bufferBytes)];
    }

    /** Moves to the next non-blank line; false at the end of the file. */
    public boolean next() throws IOException {
        while (true) {
            tooLong = false;
            if (pos >= limit && !refill()) {
                return false;
            }
            line = nextLine++;
            int p = pos;
            while (true) {
                if (p >= limit) {
                    int moved = pos;
                    boolean more = refill();
                    p -= moved;
                    if (!more || tooLong) {
                        break;
                    }
                    continue;
                }
                if (buf[p] == '\n') {
                    break;
                }
                p++;
            }
            if (tooLong) {
                skipRest();
                return true;
            }
            start = pos;
            end = p > start && buf[p - 1] == '\r' ? p - 1 : p;
            pos = Math.min(p + 1, limit);
            if (line == 1 && end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                    && buf[start + 2] == (byte) 0xBF) {
                start += 3;
            }
            if (!blank()) {
                return true;
            }
        }
    }

    private boolean blank() {
        for (int i = start; i < end; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Reads more, keeping the bytes from {@code pos}; false at the end of the file. */
    private boolean refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (eof) {
            return false;
        }
        if (limit == buf.length) {
            if (buf.length >= CsvReader.MAX_RECORD) {
                tooLong = true;
                return true;
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private void skipRest() throws IOException {
        start = end = 0;
        while (true) {
            pos = limit = 0;
            int n = eof ? -1 : in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return;
            }
            limit = n;
            for (int p = 0; p < limit; p++) {
                if (buf[p] == '\n') {
                    pos = p + 1;
                    return;
                }
            }
        }
    }

    /** Whether the current line was too long to read. */
    public boolean tooLong() {
        return tooLong;
    }

    /** The current line's number, from 1. */
    public long line() {
        return line;
    }

    /** The buffer holding the current line (valid until the next call). */
    public byte[] buffer() {
        return buf;
    }

    /** Where the current line starts in {@link #buffer()}. */
    public int offset() {
        return start;
    }

    /** The current line's length in bytes, without its line break. */
    public int length() {
        return end - start;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
