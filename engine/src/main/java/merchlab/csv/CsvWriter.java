package merchlab.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes an RFC 4180 CSV file in UTF-8 (no byte-order mark, LF line ends): fields holding a comma, quote or line
 * break are quoted with doubled quotes; an empty field means a missing value.
 */
public final class CsvWriter implements AutoCloseable {
    private final Utf8Output out;
    private boolean rowStarted;
    private long rows;

    public CsvWriter(Path file, List<String> header) {
        out = new Utf8Output(file);
        header.forEach(this::cell);
        endRow();
        rows = 0;
    }

    private void separator() {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
    }

    public CsvWriter cell(String value) {
        separator();
        if (value == null || value.isEmpty()) {
            return this;
        }
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
        return this;
    }

    /** A value known to need no quoting (an id, a number, a timestamp); null writes an empty field. */
    public CsvWriter raw(String value) {
        separator();
        if (value != null) {
            out.write(value);
        }
        return this;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    public CsvWriter cell(long value) {
        return raw(Long.toString(value));
    }

    public CsvWriter empty() {
        return cell((String) null);
    }

    /** A number with a fixed count of decimals and no exponent, for example {@code -0.125000}. */
    public CsvWriter fixed(double value, int decimals) {
        return raw(Decimals.fixed(value, decimals));
    }

    public void endRow() {
        out.write('\n');
        rowStarted = false;
        rows++;
    }

    /** Data rows written (the header not counted). */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        out.close();
    }
}
