package merchlab.text.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import merchlab.text.Vectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batching by token length: every text gets its own vector back, in order, and the vectors match one-at-a-time encoding. */
class OnnxBatchingTest {
    private static OnnxTextEncoder english;
    private static HuggingFaceTokenizer reference;
    private static List<String> titles;

    @BeforeAll
    static void load() throws IOException {
        english = OnnxTextEncoder.load(EncoderSpec.ENGLISH, 1);
        try (InputStream in = OnnxBatchingTest.class.getResourceAsStream(EncoderSpec.ENGLISH.tokenizerResource())) {
            reference = HuggingFaceTokenizer.newInstance(in, Map.of("truncation", "true", "maxLength", "256"));
        }
        Random r = new Random(7);
        String[] words = {"Wireless", "Leather", "running", "shoes", "Waterproof", "rain", "jacket", "for", "men",
                "organic", "cotton", "T-shirt", "XL", "stainless-steel", "frying", "pan", "28cm", "yoga", "mat", "grey"};
        titles = new ArrayList<>();
        for (int i = 0; i < 2 * OnnxTextEncoder.MAX_BATCH + 7; i++) {
            StringBuilder t = new StringBuilder();
            int n = 1 + r.nextInt(i % 5 == 0 ? 30 : 8);
            for (int w = 0; w < n; w++) {
                t.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
            }
            titles.add(t.toString());
        }
    }

    @AfterAll
    static void close() {
        english.close();
        reference.close();
    }

    @Test
    void batchesHoldEveryTextOnceShortestFirstWithItsOwnTokens() {
        List<TokenBatch> batches = english.batches(titles);
        boolean[] seen = new boolean[titles.size()];
        int previousLength = 0;
        for (TokenBatch b : batches) {
            assertTrue(b.size() <= OnnxTextEncoder.MAX_BATCH);
            assertTrue(b.length() >= previousLength, "batches go from short to long texts");
            previousLength = b.length();
            for (int row = 0; row < b.size(); row++) {
                int text = b.positions()[row];
                assertTrue(!seen[text], "text " + text + " in two batches");
                seen[text] = true;
                long[] ids = english.tokenIds(titles.get(text));
                assertArrayEquals(reference.encode(titles.get(text)).getIds(), ids, "as DJL's tokenizer gives them");
                long[] rowIds = Arrays.copyOfRange(b.ids(), row * b.length(), (row + 1) * b.length());
                assertArrayEquals(ids, Arrays.copyOf(rowIds, ids.length));
                for (int t = 0; t < b.length(); t++) {
                    assertEquals(t < ids.length ? 1 : 0, b.mask()[row * b.length() + t]);
                    assertEquals(t < ids.length ? rowIds[t] : 0, rowIds[t]);
                }
            }
        }
        for (int i = 0; i < seen.length; i++) {
            assertTrue(seen[i], "text " + i + " in no batch");
        }
        assertTrue(batches.get(0).length() < batches.get(batches.size() - 1).length());
    }

    @Test
    void batchedVectorsMatchOneAtATimeEncodingInInputOrder() {
        List<float[]> batched = english.encode(titles);
        List<float[]> singles = titles.stream().map(english::encode).toList();
        double worst = 1;
        double sum = 0;
        for (int i = 0; i < titles.size(); i++) {
            assertEquals(1.0, Vectors.norm(batched.get(i)), 1e-4);
            double own = Vectors.dot(singles.get(i), batched.get(i));
            worst = Math.min(worst, own);
            sum += own;
            for (int j = 0; j < titles.size(); j++) {
                if (!titles.get(j).equals(titles.get(i))) {
                    assertTrue(Vectors.dot(singles.get(j), batched.get(i)) < own, "text " + i + " got the vector of " + j);
                }
            }
        }
        // The int8 models scale activations per batch, so the company a text keeps in a batch moves its vector a
        // little (measured: cosine 0.98-1.00 to the one-at-a-time vector, 0.992 on average, with or without sorting).
        assertTrue(worst > 0.97, "lowest cosine to the one-at-a-time vector " + worst);
        assertTrue(sum / titles.size() > 0.985, "mean cosine to the one-at-a-time vector " + sum / titles.size());
    }

    @Test
    void theOrderOfTextsInACallDoesNotChangeTheirVectors() {
        List<String> some = titles.subList(0, OnnxTextEncoder.MAX_BATCH);
        List<String> reversed = new ArrayList<>(some);
        Collections.reverse(reversed);
        List<float[]> forward = english.encode(some);
        List<float[]> backward = english.encode(reversed);
        for (int i = 0; i < some.size(); i++) {
            assertArrayEquals(forward.get(i), backward.get(some.size() - 1 - i), 1e-5f);
        }
    }
}
