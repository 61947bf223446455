package merchlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import merchlab.MerchLabException;
import java.util.List;
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

    @Test
    void autoAddsTheOtherEncoderForABilingualCatalogOrBilingualSearches() {
        EncoderChoice choice = EncoderChoice.DEFAULT;
        Scripts.Counts english = Scripts.count("Trail running shoes, red leather boots");
        Scripts.Counts mixed = Scripts.count("Trail running shoes 跑步鞋 男士轻便跑步鞋");
        Scripts.Counts none = Scripts.Counts.ZERO;
        assertEquals(List.of("en"), choice.resolveAll("auto", english, new Scripts.Counts(0, 100), none));
        assertEquals(List.of("en"), choice.resolveAll("auto", english, new Scripts.Counts(4, 96), new Scripts.Counts(4, 96)));
        assertEquals(List.of("en", "zh"), choice.resolveAll("auto", english, new Scripts.Counts(0, 100),
                new Scripts.Counts(10, 90)), "Chinese shoppers of an English catalog");
        assertEquals(List.of("zh", "en"), choice.resolveAll("auto", mixed, new Scripts.Counts(50, 50), none));
        assertEquals(List.of("zh"), choice.resolveAll("auto", Scripts.count("跑步鞋"), new Scripts.Counts(100, 0), none));
    }

    @Test
    void bothPutsTheCatalogsOwnEncoderFirstAndANamedOneStaysAlone() {
        EncoderChoice choice = EncoderChoice.DEFAULT;
        Scripts.Counts english = Scripts.count("Trail running shoes");
        assertEquals(List.of("en", "zh"), choice.resolveAll("both", english, new Scripts.Counts(0, 1), Scripts.Counts.ZERO));
        assertEquals(List.of("zh", "en"), choice.resolveAll("zh,en", Scripts.count("跑步鞋"), new Scripts.Counts(1, 0),
                Scripts.Counts.ZERO));
        assertEquals(List.of("zh"), choice.resolveAll("zh", english, new Scripts.Counts(0, 1), new Scripts.Counts(9, 1)));
    }
}
