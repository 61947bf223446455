package merchlab.sample.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 JSON Lines file: one JSON object per line, written through a streaming generator. */
final class JsonLinesFile implements AutoCloseable {
    private final Writer writer;
    private final JsonGenerator json;
    private long lines;

    JsonLinesFile(Path file) {
        try {
            writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
            json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(writer);
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The generator to write the next object with (start it, fill it, end it). */
    JsonGenerator json() {
        lines++;
        return json;
    }

    long lines() {
        return lines;
    }

    @Override
    public void close() {
        try {
            json.close();
            if (lines > 0) {
                writer.write('\n');
            }
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
