package merchlab.sample.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.sample.Lang;
import merchlab.sample.ShopLanguage;
import org.junit.jupiter.api.Test;

class CatalogGeneratorTest {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void makesExactlyTheAskedNumberOfProductsInVariantGroups() {
        Catalog catalog = new CatalogGenerator(vocabulary).generate(5, 1_234, ShopLanguage.EN);
        assertEquals(1_234, catalog.size());
        Map<Integer, Integer> groups = new HashMap<>();
        for (int i = 0; i < catalog.size(); i++) {
            groups.merge(catalog.group(i), 1, Integer::sum);
            assertEquals(Lang.EN, catalog.lang(i));
            assertEquals(i, catalog.indexOf(Catalog.id(i)));
        }
        assertTrue(groups.values().stream().anyMatch(n -> n > 1), "no product line has variants");
        assertTrue(groups.size() < catalog.size() * 0.8);
    }

    @Test
    void pricesAreLogNormalAroundTheCategoryMedian() {
        Catalog catalog = new CatalogGenerator(vocabulary).generate(8, 20_000, ShopLanguage.MIXED);
        Map<Integer, List<Double>> ratios = new HashMap<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (vocabulary.leaf(catalog.leaf(i)).sizeScales()) {
                continue;
            }
            double ratio = Math.log(catalog.price(i) / vocabulary.medianPrice(catalog.leaf(i), catalog.lang(i)));
            ratios.computeIfAbsent(catalog.top(i), t -> new ArrayList<>()).add(ratio);
        }
        for (List<Double> r : ratios.values()) {
            Collections.sort(r);
            double median = r.get(r.size() / 2);
            assertTrue(Math.abs(median) < 0.35, "log price ratio median " + median);
            double spread = r.get(r.size() * 9 / 10) - r.get(r.size() / 10);
            assertTrue(spread > 0.6 && spread < 3, "log price spread " + spread);
        }
    }

    @Test
    void shopPricesEndLikeShopPrices() {
        assertEquals(2499, CatalogGenerator.usdCents(24.3));
        assertEquals(44999, CatalogGenerator.usdCents(441));
        assertEquals(6900, CatalogGenerator.cnyCents(63));
        assertEquals(12900, CatalogGenerator.cnyCents(125));
    }
}
