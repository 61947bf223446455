package merchlab.importer.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import merchlab.importer.read.Inputs;

/**
 * The file a format reads: its bytes, streamed once, its name for messages, and what detection saw at its start.
 *
 * @param stream the file's bytes from the beginning (decompressed), streamed once; the format closes it
 * @param path   the file itself, for a format that needs a first pass over it
 */
public record ImportSource(InputStream stream, Path path, String fileName, Sniff sniff) {
    /** Opens the file again from the start, for a first pass; the caller closes it. */
    public InputStream reopen() throws IOException {
        return Inputs.open(path);
    }
}
