package merchlab.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.csv.CsvRows;

/** Reads generated CSV files into rows keyed by header, for tests. */
final class ShopFiles {
    private ShopFiles() {
    }

    static List<String> header(Path csv) {
        try (CsvRows in = CsvRows.open(csv)) {
            return in.next();
        }
    }

    static List<Map<String, String>> rows(Path csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvRows in = CsvRows.open(csv)) {
            List<String> header = in.next();
            for (List<String> fields = in.next(); fields != null; fields = in.next()) {
                if (fields.size() != header.size()) {
                    throw new AssertionError("row has " + fields.size() + " fields, header " + header.size()
                            + ": " + fields);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Only the named columns of each row, in the order named (cheaper than {@link #rows} for big files). */
    static List<String[]> columns(Path csv, String... names) {
        List<String[]> rows = new ArrayList<>();
        try (CsvRows in = CsvRows.open(csv)) {
            List<String> header = in.next();
            int[] at = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                at[i] = header.indexOf(names[i]);
                if (at[i] < 0) {
                    throw new AssertionError("no column " + names[i] + " in " + csv);
                }
            }
            for (List<String> fields = in.next(); fields != null; fields = in.next()) {
                String[] row = new String[names.length];
                for (int i = 0; i < names.length; i++) {
                    row[i] = fields.get(at[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
