package merchlab.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The query cache: repeated queries are not embedded again, and it stays within its capacity. */
class QueryEmbedderTest {
    @Test
    void repeatedQueriesComeFromTheCache() {
        HashingEncoder encoder = new HashingEncoder("en", 8);
        QueryEmbedder embedder = new QueryEmbedder(encoder, 2);
        float[] first = embedder.embed("red shoes");
        assertArrayEquals(first, embedder.embed("  red   shoes "));
        assertEquals(1, encoder.encoded.get());
        assertEquals(1, embedder.hits());
        first[0] = 42;
        assertEquals(1.0, Vectors.norm(embedder.embed("red shoes")), 1e-6, "callers get copies");
    }

    @Test
    void leastRecentlyUsedQueriesAreDroppedBeyondCapacity() {
        HashingEncoder encoder = new HashingEncoder("en", 8);
        QueryEmbedder embedder = new QueryEmbedder(encoder, 2);
        embedder.embed("a");
        embedder.embed("b");
        embedder.embed("a");
        embedder.embed("c");
        embedder.embed("b");
        assertEquals(4, encoder.encoded.get(), "b was evicted by c, a was kept");
    }

    @Test
    void embedAllEncodesOnlyMissingQueriesInOrder() {
        HashingEncoder encoder = new HashingEncoder("en", 8);
        QueryEmbedder embedder = new QueryEmbedder(encoder, 100);
        embedder.embed("tent");
        List<float[]> all = embedder.embedAll(List.of("lamp", "tent", "lamp", "mug"), 2);
        assertEquals(3, encoder.encoded.get());
        assertArrayEquals(embedder.embed("mug"), all.get(3));
        assertArrayEquals(all.get(0), all.get(2));
    }
}
