package merchlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import merchlab.MerchLabException;
import org.junit.jupiter.api.Test;

/** CJK detection and the automatic choice of encoder. */
class EncoderChoiceTest {
    @Test
    void detectsCjkCharacters() {
        assertTrue(Scripts.isCjk('中'));
        assertTrue(Scripts.isCjk('カ'));
        assertTrue(Scripts.isCjk('한'));
        assertFalse(Scripts.isCjk('a'));
        assertFalse(Scripts.isCjk('，'));
        assertTrue(Scripts.containsCjk("iPhone 手机壳"));
        assertFalse(Scripts.containsCjk("iPhone case"));
    }

    @Test
    void cjkShareCountsLettersAndDigitsOnly() {
        assertEquals(0.5, Scripts.cjkShare("ab 手机 !!"), 1e-9);
        assertEquals(0.0, Scripts.cjkShare("   "), 1e-9);
        assertEquals(1.0, Scripts.count("红色").plus(Scripts.count("，")).cjkShare(), 1e-9);
    }

    @Test
    void autoPicksChineseOnceTheCatalogHasEnoughCjk() {
        EncoderChoice choice = new EncoderChoice(0.10);
        assertEquals("en", choice.resolve("auto", Scripts.count("Trail running shoes, red leather boots")));
        assertEquals("zh", choice.resolve("auto", Scripts.count("跑步鞋")));
        assertEquals("zh", choice.resolve("AUTO", Scripts.count("running shoes 跑鞋")));
        assertEquals("en", choice.resolve("auto", Scripts.Counts.ZERO));
    }

    @Test
    void namedEncodersAreKeptAndUnknownOnesRefused() {
        EncoderChoice choice = EncoderChoice.DEFAULT;
        assertEquals("en", choice.resolve(" EN ", Scripts.count("跑步鞋")));
        assertThrows(MerchLabException.class, () -> choice.resolve("bert", Scripts.Counts.ZERO));
    }
}
