package merchlab.importer.format;

import merchlab.importer.read.CsvReader;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/** The values of the current delimited row, by column index, named after their column in problem messages. */
final class Values {
    private final CsvReader reader;
    private final Columns columns;
    private final boolean tabs;
    private long unquoted;

    /** The values of {@code reader}'s rows; {@code tabs}: a tab-separated file, whose quoting is checked per value. */
    Values(CsvReader reader, Columns columns, boolean tabs) {
        this.reader = reader;
        this.columns = columns;
        this.tabs = tabs;
    }

    /** How many values of a tab-separated file were wrapped in CSV quotes and read without them. */
    long unquoted() {
        return unquoted;
    }

    /** The value in column {@code col} with surrounding spaces removed, or null when the column is absent or empty. */
    String get(int col) throws RowProblem {
        if (col < 0 || reader.isEmpty(col)) {
            return null;
        }
        String s = reader.text(col, Numbers.clip(columns.name(col)));
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (first <= ' ' || last <= ' ') {
            s = s.strip();
            if (s.isEmpty()) {
                return null;
            }
        }
        return tabs && s.charAt(0) == '"' ? unquote(s) : s;
    }

    /**
     * A tab-separated value written with CSV quoting ({@code "Tee, ""slim"" fit"}): wrapped in quotes with every quote
     * inside doubled, it is read as {@code Tee, "slim" fit}; any other value keeps its quotes as they are.
     */
    private String unquote(String s) {
        int n = s.length();
        if (n < 2 || s.charAt(n - 1) != '"') {
            return s;
        }
        StringBuilder out = new StringBuilder(n - 2);
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                if (i + 1 >= n - 1 || s.charAt(i + 1) != '"') {
                    return s;
                }
                i++;
            }
            out.append(c);
        }
        unquoted++;
        String inner = out.toString().strip();
        return inner.isEmpty() ? null : inner;
    }

    /** Like {@link #get} but an empty value rejects the row. */
    String required(int col) throws RowProblem {
        String s = get(col);
        if (s == null) {
            throw new RowProblem("missing " + Numbers.clip(columns.name(col)));
        }
        return s;
    }

    /** A whole number in column {@code col}, or null when absent or empty; plain digits are read without a string. */
    Long whole(int col, long min) throws RowProblem {
        if (col < 0 || reader.isEmpty(col)) {
            return null;
        }
        long v = reader.plainWhole(col);
        if (v == Long.MIN_VALUE) {
            String s = get(col);
            return s == null ? null : Numbers.atLeast(s, min, Numbers.clip(columns.name(col)));
        }
        if (v < min) {
            throw new RowProblem(Numbers.clip(columns.name(col)) + " " + v + " is below " + min);
        }
        return v;
    }

    /** A decimal number in column {@code col}, or null when absent or empty; plain ones are read without a string. */
    Double decimal(int col) throws RowProblem {
        if (col < 0 || reader.isEmpty(col)) {
            return null;
        }
        double v = reader.plainDecimal(col);
        if (Double.isNaN(v)) {
            String s = get(col);
            return s == null ? null : Numbers.decimal(s, Numbers.clip(columns.name(col)));
        }
        return v;
    }

    /** Column {@code col}'s name. */
    String name(int col) {
        return columns.name(col);
    }

    int size() {
        return columns.size();
    }
}
