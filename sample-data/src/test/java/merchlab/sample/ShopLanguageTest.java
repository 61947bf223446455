package merchlab.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopLanguageTest {
    private static final ShopConfig TINY = ShopConfig.of(ShopSize.SMALL).withProducts(300).withUsers(40).withDays(2);

    private static List<Map<String, String>> products(ShopLanguage lang, Path dir) {
        return ShopFiles.rows(new ShopGenerator().generate(TINY.withLanguage(lang), dir, GenerationListener.NONE)
                .productsCsv());
    }

    @Test
    void chineseShopWritesChineseTitlesCategoriesAndPrices(@TempDir Path dir) {
        for (Map<String, String> p : products(ShopLanguage.ZH, dir)) {
            assertTrue(ShopFiles.hasCjk(p.get("title")), p.get("title"));
            assertTrue(ShopFiles.hasCjk(p.get("product_type")), p.get("product_type"));
            assertTrue(ShopFiles.hasCjk(p.get("description")), p.get("description"));
            assertTrue(p.get("price").endsWith(" CNY"));
            assertTrue(p.get("custom_label_0").equals("zh"));
        }
    }

    @Test
    void englishShopWritesNoChinese(@TempDir Path dir) {
        for (Map<String, String> p : products(ShopLanguage.EN, dir)) {
            assertFalse(ShopFiles.hasCjk(p.get("title") + p.get("description") + p.get("product_type")),
                    p.get("title"));
            assertTrue(p.get("price").endsWith(" USD"));
        }
    }

    @Test
    void mixedShopIsAboutHalfEach(@TempDir Path dir) {
        List<Map<String, String>> products = products(ShopLanguage.MIXED, dir);
        long chinese = products.stream().filter(p -> p.get("custom_label_0").equals("zh")).count();
        double share = (double) chinese / products.size();
        assertTrue(share > 0.35 && share < 0.65, "Chinese share " + share);
        products.forEach(p -> assertTrue(ShopFiles.hasCjk(p.get("title")) == p.get("custom_label_0").equals("zh")));
    }
}
