package merchlab.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import merchlab.MerchLabException;

/**
 * A small RFC 4180 CSV reader for the evaluation files (quoted fields, doubled quotes, line breaks inside quotes):
 * each row is handed over as a map from header name to value.
 */
public final class CsvRows {
    private CsvRows() {
    }

    /** Calls {@code sink} with each data row of {@code file}. */
    public static void forEach(Path file, Consumer<Map<String, String>> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = next(in);
            if (header == null) {
                throw new MerchLabException(file + " is empty");
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            List<String> row;
            while ((row = next(in)) != null) {
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.size() && i < row.size(); i++) {
                    map.put(header.get(i), row.get(i).isEmpty() ? null : row.get(i));
                }
                sink.accept(map);
            }
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next record, or null at the end of the file. */
    static List<String> next(BufferedReader in) throws IOException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (c >= 0) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
            c = in.read();
        }
        fields.add(field.toString());
        return fields;
    }
}
