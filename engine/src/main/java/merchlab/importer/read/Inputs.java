package merchlab.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens import files, decompressing gzip files (named {@code .gz} or starting with gzip's magic bytes) on the fly. */
public final class Inputs {
    private Inputs() {
    }

    /** Whether {@code file} is read through gzip: its name ends with {@code .gz} or it starts with bytes 1f 8b. */
    public static boolean gzipped(Path file) {
        if (named(file)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean named(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file's content, decompressed when gzipped. */
    public static InputStream open(Path file) throws IOException {
        return decompress(file, Files.newInputStream(file));
    }

    /** {@code raw} (the bytes of {@code file}) decompressed when the file is gzipped. */
    public static InputStream decompress(Path file, InputStream raw) throws IOException {
        if (!gzipped(file)) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw new IOException(file.getFileName() + " is not a gzip file: " + e.getMessage(), e);
        }
    }

    /** The file name without a {@code .gz} ending, which says what the content is. */
    public static String contentName(Path file) {
        String name = file.getFileName().toString();
        return named(file) ? name.substring(0, name.length() - 3) : name;
    }
}
