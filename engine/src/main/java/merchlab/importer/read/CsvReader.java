package merchlab.importer.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A streaming reader of CSV and TSV records straight from bytes, keeping the line number where each record starts.
 *
 * <p>With quoting on (CSV), a value may be enclosed in double quotes, with {@code ""} for a quote inside and line
 * breaks allowed; a quote inside an unquoted value is kept as it is ({@code 24" monitor}). A quoted value that never
 * closes, or text after a closing quote, makes the record malformed: {@link #problem()} says why and reading goes on
 * at the next line. TSV (quoting off) treats quotes as ordinary characters. Blank lines are skipped. Memory stays
 * bounded by the longest record, at most {@link #MAX_RECORD} bytes.
 */
public final class CsvReader implements Closeable {
    /** The longest record accepted. */
    public static final int MAX_RECORD = 8 << 20;

    private final InputStream in;
    private final byte separator;
    private final boolean quoting;
    private final Utf8 utf8 = new Utf8();
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;

    private long line;
    private int recStart;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];
    private String problem;
    /** Columns and value lengths whose last text is kept for {@link #text}. */
    private static final int REUSED_COLUMNS = 64;
    private static final int REUSED_BYTES = 64;
    private final byte[][] lastBytes = new byte[REUSED_COLUMNS][REUSED_BYTES];
    private final int[] lastLength = new int[REUSED_COLUMNS];
    private final String[] lastText = new String[REUSED_COLUMNS];
    private int lastPeek;
    private static final int TOO_LONG = -2;

    public CsvReader(InputStream in, char separator, boolean quoting) {
        this(in, separator, quoting, 1 << 20);
    }

    /** A reader starting with a buffer of {@code bufferBytes} (it grows for long records); small ones for tests. */
    CsvReader(InputStream in, char separator, boolean quoting, int bufferBytes) {
        this.in = in;
        this.separator = (byte) separator;
        this.quoting = quoting;
        this.buf = new byte[Math.max(4, bufferBytes)];
    }

    /** Reads the next record; false at the end of the file. */
    public boolean next() throws IOException {
        while (true) {
            problem = null;
            count = 0;
            if (pos >= limit && fill() < 0) {
                return false;
            }
            recStart = pos;
            line = nextLine;
            if (pos == 0 && line == 1) {
                skipBom();
            }
            readRecord();
            if (problem != null || count > 1 || (count == 1 && (ends[0] > starts[0] || escaped[0]))) {
                return true;
            }
            // a blank line: nothing to read, go on
        }
    }

    private void skipBom() throws IOException {
        while (limit - pos < 3 && !eof) {
            if (fill() < 0) {
                break;
            }
        }
        if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
            recStart = pos;
        }
    }

    private void readRecord() throws IOException {
        int p = pos;
        final byte sep = separator;
        long newlines = 0;
        while (true) {
            while (p == limit) {
                int shift = more();
                if (shift < 0) {
                    if (shift == TOO_LONG) {
                        tooLong();
                        return;
                    }
                    add(p, p, false);
                    finish(p, newlines);
                    return;
                }
                p -= shift;
            }
            if (quoting && buf[p] == '"') {
                int fs = ++p;
                boolean esc = false;
                while (true) {
                    if (p >= limit - 1) {
                        int shift = more();
                        if (shift >= 0) {
                            p -= shift;
                            fs -= shift;
                            if (p >= limit) {
                                continue;
                            }
                        } else if (shift == TOO_LONG || p >= limit) {
                            unterminated(shift == TOO_LONG ? "row longer than 8 MiB (is a quote left open?)"
                                    : "broken quoting: a quoted value never closes");
                            return;
                        }
                    }
                    byte d = buf[p];
                    if (d == '"') {
                        if (p + 1 < limit && buf[p + 1] == '"') {
                            esc = true;
                            p += 2;
                            continue;
                        }
                        add(fs, p, esc);
                        p++;
                        int after = peek(p);
                        p = lastPeek;
                        if (after < 0 || after == '\n') {
                            finish(after < 0 ? p : p + 1, after < 0 ? newlines : newlines + 1);
                            return;
                        }
                        if (after == sep) {
                            p++;
                            break;
                        }
                        if (after == '\r') {
                            int next = peek(p + 1);
                            p = lastPeek - 1;
                            finish(next == '\n' ? p + 2 : p + 1, newlines + 1);
                            return;
                        }
                        problem = "broken quoting: text after a closing quote";
                        skipToLineEnd(p, newlines);
                        return;
                    }
                    if (d == '\n') {
                        newlines++;
                    }
                    p++;
                }
            } else {
                int fs = p;
                while (true) {
                    while (p == limit) {
                        int shift = more();
                        if (shift < 0) {
                            if (shift == TOO_LONG) {
                                tooLong();
                                return;
                            }
                            add(fs, p, false);
                            finish(p, newlines);
                            return;
                        }
                        p -= shift;
                        fs -= shift;
                    }
                    byte d = buf[p];
                    if (d == sep) {
                        add(fs, p, false);
                        p++;
                        break;
                    }
                    if (d == '\n') {
                        int e = p > fs && buf[p - 1] == '\r' ? p - 1 : p;
                        add(fs, e, false);
                        finish(p + 1, newlines + 1);
                        return;
                    }
                    p++;
                }
            }
        }
    }

    /** The byte at {@code p} (reading more if needed, which may move the record; see {@link #lastPeek}), or -1 at the end. */
    private int peek(int p) throws IOException {
        while (p >= limit) {
            int shift = more();
            if (shift < 0) {
                lastPeek = p;
                return -1;
            }
            p -= shift;
        }
        lastPeek = p;
        return p < limit ? buf[p] : -1;
    }

    private void tooLong() throws IOException {
        problem = "row longer than 8 MiB";
        count = 0;
        discardLine();
        nextLine = line + 1;
    }

    private void finish(int p, long newlines) {
        pos = p;
        nextLine = line + newlines;
    }

    /** A quoted value reached the end of the file or the size limit: reject its first line and go on after it. */
    private void unterminated(String why) throws IOException {
        problem = why;
        count = 0;
        int p = recStart;
        while (p < limit && buf[p] != '\n') {
            p++;
        }
        if (p < limit) {
            pos = p + 1;
        } else {
            pos = limit;
            discardLine();
        }
        nextLine = line + 1;
    }

    private void skipToLineEnd(int p, long newlines) throws IOException {
        count = 0;
        while (true) {
            while (p == limit) {
                int shift = more();
                if (shift < 0) {
                    finish(p, newlines);
                    return;
                }
                p -= shift;
            }
            if (buf[p] == '\n') {
                finish(p + 1, newlines + 1);
                return;
            }
            p++;
        }
    }

    /** Drops bytes up to and including the next line break (a line too long to keep). */
    private void discardLine() throws IOException {
        while (true) {
            pos = limit = recStart = 0;
            if (eof || fill() < 0) {
                return;
            }
            for (int p = 0; p < limit; p++) {
                if (buf[p] == '\n') {
                    pos = p + 1;
                    return;
                }
            }
        }
    }

    /**
     * Makes room and reads more bytes, keeping the current record; returns how far the record moved towards the
     * start of the buffer, or -1 at the end of the file.
     */
    private int more() throws IOException {
        if (eof) {
            return -1;
        }
        int shift = recStart;
        if (shift > 0) {
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            limit -= shift;
            pos -= shift;
            recStart = 0;
            for (int i = 0; i < count; i++) {
                starts[i] -= shift;
                ends[i] -= shift;
            }
        } else if (limit == buf.length) {
            if (buf.length >= MAX_RECORD) {
                return TOO_LONG;
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return shift > 0 ? shift : -1;
        }
        limit += n;
        return shift;
    }

    private int fill() throws IOException {
        if (eof) {
            return -1;
        }
        if (pos >= limit) {
            pos = limit = recStart = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return -1;
        }
        limit += n;
        return n;
    }

    private void add(int start, int end, boolean esc) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            escaped = Arrays.copyOf(escaped, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        escaped[count] = esc;
        count++;
    }

    /** The line number (from 1) where the current record starts. */
    public long line() {
        return line;
    }

    /** Why the current record is malformed, or null. */
    public String problem() {
        return problem;
    }

    /** The number of values in the current record. */
    public int size() {
        return count;
    }

    /** Whether value {@code i} is empty. */
    public boolean isEmpty(int i) {
        return ends[i] == starts[i];
    }

    /**
     * Value {@code i} as text; {@code what} names it in a problem message (invalid UTF-8). A short value with the same
     * bytes as the previous record's value in that column is the same string (logs repeat shopper, session, query
     * and device row after row), made once.
     */
    public String text(int i, String what) throws RowProblem {
        int len = ends[i] - starts[i];
        boolean reusable = len <= REUSED_BYTES && i < REUSED_COLUMNS && !escaped[i];
        if (reusable && lastText[i] != null && lastLength[i] == len
                && Arrays.equals(buf, starts[i], ends[i], lastBytes[i], 0, len)) {
            return lastText[i];
        }
        String s = utf8.decode(buf, starts[i], len, what);
        if (escaped[i]) {
            return s.replace("\"\"", "\"");
        }
        if (reusable) {
            System.arraycopy(buf, starts[i], lastBytes[i], 0, len);
            lastLength[i] = len;
            lastText[i] = s;
        }
        return s;
    }

    /**
     * Value {@code i} as a plain whole number (optional minus sign, up to 18 digits), or {@code Long.MIN_VALUE} when
     * it has any other shape; read straight from the bytes, without making a string.
     */
    public long plainWhole(int i) {
        int p = starts[i];
        int end = ends[i];
        boolean negative = p < end && buf[p] == '-';
        if (negative) {
            p++;
        }
        if (p == end || end - p > 18 || escaped[i]) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (; p < end; p++) {
            int d = buf[p] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /**
     * Value {@code i} as a plain decimal ({@code 12.99}, {@code -3}, up to 15 significant digits), exactly rounded, or
     * NaN when it has any other shape; read straight from the bytes.
     */
    public double plainDecimal(int i) {
        int p = starts[i];
        int end = ends[i];
        boolean negative = p < end && buf[p] == '-';
        if (negative) {
            p++;
        }
        if (p == end || escaped[i]) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        for (; p < end; p++) {
            byte b = buf[p];
            if (b == '.' && scale < 0) {
                scale = 0;
                continue;
            }
            int d = b - '0';
            if (d < 0 || d > 9 || ++digits > 15) {
                return Double.NaN;
            }
            mantissa = mantissa * 10 + d;
            if (scale >= 0) {
                scale++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double v = scale <= 0 ? mantissa : mantissa / POWERS[scale];
        return negative ? -v : v;
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};

    /** Value {@code i} as text, or null when empty. */
    public String textOrNull(int i, String what) throws RowProblem {
        return isEmpty(i) ? null : text(i, what);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
