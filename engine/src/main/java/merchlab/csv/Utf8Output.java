package merchlab.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A buffered UTF-8 text file for the CSV writers' millions of short fields. */
final class Utf8Output implements AutoCloseable {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    Utf8Output(Path file) {
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void write(char c) {
        if (c < 0x80) {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) c;
        } else {
            write(String.valueOf(c));
        }
    }

    void write(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] b) {
        if (b.length > buffer.length - used) {
            flush();
        }
        if (b.length > buffer.length) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        System.arraycopy(b, 0, buffer, used, b.length);
        used += b.length;
    }

    private void flush() {
        try {
            out.write(buffer, 0, used);
            used = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
