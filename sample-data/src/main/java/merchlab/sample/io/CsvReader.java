package merchlab.sample.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the RFC 4180 CSV files this module writes, record by record (quoted fields may hold line breaks). */
public final class CsvReader implements AutoCloseable {
    private final BufferedReader in;

    public CsvReader(Path file) {
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The next record's fields, or null at the end of the file. */
    public List<String> next() {
        try {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == line.length()) {
                    if (!quoted) {
                        break;
                    }
                    String more = in.readLine();
                    if (more == null) {
                        throw new IllegalStateException("unterminated quoted field");
                    }
                    field.append('\n');
                    line = more;
                    i = 0;
                    continue;
                }
                char c = line.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
