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
 * The one reader of RFC 4180 CSV files beside the imports (evaluation files, query kinds, generated shops, truth
 * files): quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF. Either record by record
 * ({@link #open}, {@link #next()}) or each data row as a map from header name to value ({@link #forEach}). The
 * importer has its own streaming reader for bounded memory and row-level problems.
 */
public final class CsvRows implements AutoCloseable {
    private final Path file;
    private final BufferedReader in;

    private CsvRows(Path file, BufferedReader in) {
        this.file = file;
        this.in = in;
    }

    /** Opens {@code file} (UTF-8) for reading record by record. */
    public static CsvRows open(Path file) {
        try {
            return new CsvRows(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The next record's fields ("" for an empty one), or null at the end of the file. */
    public List<String> next() {
        try {
            return next(in);
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new MerchLabException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    /** Calls {@code sink} with each data row of {@code file}, empty values as null. */
    public static void forEach(Path file, Consumer<Map<String, String>> sink) {
        try (CsvRows rows = open(file)) {
            List<String> header = rows.next();
            if (header == null) {
                throw new MerchLabException(file + " is empty");
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            List<String> row;
            while ((row = rows.next()) != null) {
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.size() && i < row.size(); i++) {
                    map.put(header.get(i), row.get(i).isEmpty() ? null : row.get(i));
                }
                sink.accept(map);
            }
        }
    }

    /** The next record, or null at the end of the file. */
    private static List<String> next(BufferedReader in) throws IOException {
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
