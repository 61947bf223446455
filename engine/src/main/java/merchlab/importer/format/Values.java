package merchlab.importer.format;

import merchlab.importer.read.CsvReader;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/** The values of the current delimited row, by column index, named after their column in problem messages. */
final class Values {
    private final CsvReader reader;
    private final Columns columns;

    Values(CsvReader reader, Columns columns) {
        this.reader = reader;
        this.columns = columns;
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
            return s.isEmpty() ? null : s;
        }
        return s;
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
