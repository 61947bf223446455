package merchlab.text;

import java.util.List;

/**
 * A frozen pretrained text encoder: text in, L2-normalised vectors out. Products and queries of one workspace always share one encoder.
 */
public interface TextEncoder extends AutoCloseable {
    /** The encoder's name as stored with its vectors, for example {@code en} or {@code zh}. */
    String name();

    /** Length of every vector. */
    int dimension();

    /** Encodes a batch of texts; empty text gives the zero vector. Thread-safe. */
    List<float[]> encode(List<String> texts);

    /** Encodes one text; empty text gives the zero vector. */
    default float[] encode(String text) {
        return encode(List.of(text == null ? "" : text)).get(0);
    }

    @Override
    void close();
}
