package merchlab.importer.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.importer.read.Inputs;

/** The first bytes of a file, decoded as far as detection needs: its first lines, separator, header and JSON records. */
public final class Sniff {
    /** How many bytes detection looks at. */
    public static final int HEAD = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String fileName;
    private final String text;
    private final List<String> lines;
    private final boolean firstLineCut;
    private final byte[] magic;
    private Map<String, String> columns = Map.of();

    private Sniff(String fileName, byte[] head, int length) {
        this.fileName = fileName;
        this.magic = java.util.Arrays.copyOf(head, Math.min(length, 8));
        int from = length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        this.text = new String(head, from, length - from, StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        boolean complete = length < HEAD;
        String[] split = text.split("\n", -1);
        int usable = complete ? split.length : split.length - 1;
        for (int i = 0; i < usable && found.size() < 64; i++) {
            String line = split[i].endsWith("\r") ? split[i].substring(0, split[i].length() - 1) : split[i];
            if (!line.isBlank()) {
                found.add(line);
            }
        }
        this.lines = List.copyOf(found);
        this.firstLineCut = found.isEmpty() && !complete && !text.isBlank();
    }

    /** Whether the first line goes on past the bytes detection reads (so it is not among {@link #lines()}). */
    public boolean firstLineCut() {
        return firstLineCut;
    }

    /** Reads the start of {@code file}. */
    public static Sniff of(Path file) throws IOException {
        try (InputStream in = Inputs.open(file)) {
            byte[] head = in.readNBytes(HEAD);
            return new Sniff(Inputs.contentName(file), head, head.length);
        }
    }

    /** A sniff of given bytes, as if they started a file called {@code fileName}. */
    public static Sniff of(String fileName, byte[] head) {
        int n = Math.min(head.length, HEAD);
        return new Sniff(fileName, head, n);
    }

    public String fileName() {
        return fileName;
    }

    /**
     * This sniff, with header columns read under other names: {@code columns} maps a column name of the file to the
     * name MerchLab reads it as (both normalised by {@link Columns#normalize}); every reader of the header sees the
     * new names.
     */
    public Sniff withColumns(Map<String, String> renamed) {
        Sniff copy = new Sniff(this);
        Map<String, String> normalised = new LinkedHashMap<>();
        renamed.forEach((from, to) -> normalised.put(Columns.normalize(from), Columns.normalize(to)));
        copy.columns = Map.copyOf(normalised);
        return copy;
    }

    /** A normalised header name as MerchLab reads it: renamed where the user said so, else as it is. */
    public String column(String normalisedName) {
        return columns.getOrDefault(normalisedName, normalisedName);
    }

    private Sniff(Sniff other) {
        this.fileName = other.fileName;
        this.text = other.text;
        this.lines = other.lines;
        this.firstLineCut = other.firstLineCut;
        this.magic = other.magic;
    }

    /** The file name's extension in lower case, without the dot; empty when none. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The decoded start of the file (invalid bytes replaced), without a byte-order mark. */
    public String text() {
        return text;
    }

    /** The first complete, non-blank lines. */
    public List<String> lines() {
        return lines;
    }

    /**
     * How many rows above the header describe the columns instead of naming them: 1 when the first line starts with
     * {@code #} and a line follows (the {@code # Required | ...} row of a Meta catalog template), else 0.
     */
    public int noteRows() {
        return lines.size() > 1 && lines.get(0).startsWith("#") && !lines.get(1).startsWith("#") ? 1 : 0;
    }

    /** The header line: the first non-blank line after any note row. */
    private String headerLine() {
        return lines.isEmpty() ? "" : lines.get(noteRows());
    }

    /** The first non-blank line, or empty. */
    public String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** The file's first bytes (at most 8), as they are on disk after decompression. */
    public byte[] magic() {
        return magic.clone();
    }

    /** Whether the file starts like XML: an XML declaration or an element (a byte-order mark and spaces aside). */
    public boolean isXml() {
        String t = text.stripLeading();
        return t.startsWith("<?xml") || t.length() > 1 && t.charAt(0) == '<'
                && (Character.isLetter(t.charAt(1)) || t.startsWith("<!--") || t.startsWith("<!DOCTYPE"));
    }

    /** Whether the file starts like JSON. */
    public boolean isJson() {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    /** Line {@code i} parsed as a JSON object, or null when it is not one. */
    public JsonNode jsonLine(int i) {
        if (i >= lines.size()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(lines.get(i));
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The value separator of a delimited file: tab, comma, semicolon or pipe, whichever the header has most of. */
    public char separator() {
        String header = headerLine();
        char best = ',';
        int bestCount = 0;
        for (char c : new char[] {'\t', ',', ';', '|'}) {
            int n = countOutsideQuotes(header, c);
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    /** The header row's column names, normalised (see {@link Columns#normalize}) and renamed as asked. */
    public List<String> header() {
        char sep = separator();
        List<String> names = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : headerLine().toCharArray()) {
            if (c == '"' && sep != '\t') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                names.add(column(Columns.normalize(cur.toString())));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        names.add(column(Columns.normalize(cur.toString())));
        return names;
    }

    private static int countOutsideQuotes(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
