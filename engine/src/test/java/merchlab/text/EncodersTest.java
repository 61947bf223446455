package merchlab.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import merchlab.MerchLabException;
import merchlab.text.onnx.OnnxTextEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real pretrained encoders: normalised vectors whose geometry means something. */
class EncodersTest {
    private static TextEncoder english;
    private static TextEncoder chinese;

    @BeforeAll
    static void load() {
        english = Encoders.open("en");
        chinese = Encoders.open("zh");
    }

    @AfterAll
    static void close() {
        english.close();
        chinese.close();
    }

    @Test
    void englishVectorsHaveUnitLengthAndDimension384() {
        List<float[]> vs = english.encode(List.of("red running shoes", "Wireless noise cancelling headphones"));
        for (float[] v : vs) {
            assertEquals(384, v.length);
            assertEquals(1.0, Vectors.norm(v), 1e-4);
        }
    }

    @Test
    void chineseVectorsHaveUnitLengthAndDimension512() {
        float[] v = chinese.encode("红色跑步鞋");
        assertEquals(512, v.length);
        assertEquals(1.0, Vectors.norm(v), 1e-4);
    }

    @Test
    void similarEnglishProductsAreCloserThanUnrelatedOnes() {
        List<float[]> vs = english.encode(List.of("men's trail running shoes", "lightweight jogging sneakers",
                "stainless steel frying pan"));
        assertTrue(Vectors.dot(vs.get(0), vs.get(1)) > Vectors.dot(vs.get(0), vs.get(2)) + 0.1);
    }

    @Test
    void similarChineseProductsAreCloserThanUnrelatedOnes() {
        List<float[]> vs = chinese.encode(List.of("女士连衣裙夏季", "夏天女装裙子", "不锈钢炒锅"));
        assertTrue(Vectors.dot(vs.get(0), vs.get(1)) > Vectors.dot(vs.get(0), vs.get(2)) + 0.1);
    }

    @Test
    void paddingInABatchBarelyChangesAVector() {
        // The quantised models pick activation scales per batch, so batching moves vectors a little, never much.
        List<float[]> batch = english.encode(List.of("trail shoes", "a much longer product title that needs padding"));
        float[] single = english.encode("trail shoes");
        float cosine = Vectors.dot(single, batch.get(0));
        assertTrue(cosine > 0.99, "cosine " + cosine);
    }

    @Test
    void emptyTextGivesTheZeroVector() {
        List<float[]> vs = english.encode(List.of("  ", "shoes", ""));
        assertEquals(0.0, Vectors.norm(vs.get(0)));
        assertEquals(0.0, Vectors.norm(vs.get(2)));
        assertEquals(1.0, Vectors.norm(vs.get(1)), 1e-4);
    }

    @Test
    void chineseEncoderLowerCasesLatinLettersItsTokenizerWouldKeep() {
        assertArrayEquals(chinese.encode("iphone 手机壳"), chinese.encode("IPHONE 手机壳"), 1e-6f);
        OnnxTextEncoder zh = (OnnxTextEncoder) chinese;
        assertArrayEquals(zh.tokenIds("nike"), zh.tokenIds("NIKE"));
    }

    @Test
    void longTextIsTruncatedAtTheModelLimit() {
        OnnxTextEncoder en = (OnnxTextEncoder) english;
        String longText = "shoe ".repeat(2000);
        assertEquals(256, en.tokenIds(longText).length);
        assertEquals(1.0, Vectors.norm(english.encode(longText)), 1e-4);
    }

    @Test
    void unknownEncoderNameIsAClearError() {
        MerchLabException e = assertThrows(MerchLabException.class, () -> Encoders.open("fr"));
        assertTrue(e.getMessage().contains("unknown encoder 'fr'"), e.getMessage());
    }
}
