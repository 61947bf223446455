package merchlab.importer.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import merchlab.importer.read.LineReader;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Utf8;

/** The shared reading loop of JSON Lines formats: one JSON object per line, each line one record. */
abstract class JsonLinesFormat implements FileFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Maps one record. */
    protected abstract void map(JsonNode record, RowSink sink) throws RowProblem;

    /** Whether a line is a control line rather than a record (the action lines of a bulk file); none by default. */
    protected boolean control(JsonNode line) {
        return false;
    }

    /** Runs before the records are read; a format may look at the whole file first. */
    protected void prepare(ImportSource source, RowSink sink) throws IOException {
    }

    /** Parses one line as JSON, or null when it is not valid JSON. */
    static JsonNode parse(LineReader reader) {
        try {
            return MAPPER.readTree(reader.buffer(), reader.offset(), reader.length());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public final void read(ImportSource source, RowSink sink) throws IOException {
        prepare(source, sink);
        Utf8 utf8 = new Utf8();
        try (LineReader reader = new LineReader(source.stream())) {
            while (reader.next()) {
                if (reader.tooLong()) {
                    sink.begin(reader.line());
                    sink.reject("line longer than 8 MiB");
                    continue;
                }
                if (!utf8.valid(reader.buffer(), reader.offset(), reader.length())) {
                    sink.begin(reader.line());
                    sink.reject("invalid UTF-8 encoding");
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(reader.buffer(), reader.offset(), reader.length());
                } catch (JsonProcessingException e) {
                    sink.begin(reader.line());
                    sink.reject("not valid JSON: " + firstLine(e.getOriginalMessage()));
                    continue;
                }
                if (node != null && node.isObject() && control(node)) {
                    continue;
                }
                sink.begin(reader.line());
                if (node == null || !node.isObject()) {
                    sink.reject("not a JSON object");
                    continue;
                }
                try {
                    map(node, sink);
                    sink.accept();
                } catch (RowProblem p) {
                    if (p.skipped()) {
                        sink.skip(p.getMessage());
                    } else {
                        sink.reject(p.getMessage());
                    }
                }
            }
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "syntax error" : message;
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return merchlab.importer.read.Numbers.clip(m, 120);
    }
}
