package merchlab.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chosen lines of a file as it wrote them, for showing a rejected row beside its reason: one pass from the start to
 * the last line asked for, each line shortened to {@link #MAX_CHARS} characters, tabs shown as {@code ⇥} and other
 * control characters as {@code ?} (as {@link Numbers#clip} does).
 */
public final class SourceLines {
    /** The longest text kept of one line. */
    public static final int MAX_CHARS = 300;
    /** How a tab between values is shown. */
    static final char TAB = '\u21E5';

    private SourceLines() {
    }

    /** Line number (from 1) to its text, for each of {@code lines} the file has; a gzip file is read decompressed. */
    public static Map<Long, String> read(Path file, Collection<Long> lines) throws IOException {
        TreeSet<Long> wanted = new TreeSet<>(lines);
        Map<Long, String> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        try (InputStream in = Inputs.open(file); LineReader reader = new LineReader(in)) {
            while (!wanted.isEmpty() && reader.next()) {
                long line = reader.line();
                if (wanted.remove(line)) {
                    out.put(line, reader.tooLong() ? "(a line longer than " + (CsvReader.MAX_RECORD >> 20) + " MiB)"
                            : shown(reader.buffer(), reader.offset(), reader.length()));
                }
                wanted.headSet(line).clear(); // blank lines asked for are never returned
            }
        }
        return out;
    }

    private static String shown(byte[] buffer, int offset, int length) {
        int bytes = Math.min(length, MAX_CHARS * 4);
        String text = Numbers.clip(new String(buffer, offset, bytes, StandardCharsets.UTF_8).replace('\t', TAB),
                MAX_CHARS);
        return bytes < length && !text.endsWith("...") ? text + "..." : text;
    }
}
