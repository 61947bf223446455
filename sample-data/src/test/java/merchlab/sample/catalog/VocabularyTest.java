package merchlab.sample.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import merchlab.sample.Lang;
import merchlab.sample.ShopLanguage;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void coversTheSevenDepartmentsWithTwoOrThreeLevelPaths() {
        assertEquals(Set.of("apparel", "shoes", "kitchen", "electronics", "beauty", "sports", "home"),
                new HashSet<>(vocabulary.tops().stream().map(TopCategory::key).toList()));
        assertTrue(vocabulary.leaves().size() >= 50);
        for (LeafCategory leaf : vocabulary.leaves()) {
            for (Lang lang : Lang.values()) {
                String path = vocabulary.path(leaf.index(), lang);
                int levels = path.split(" > ").length;
                assertTrue(levels == 2 || levels == 3, path);
                assertEquals(leaf.index(), vocabulary.leafByPath(path));
            }
            assertTrue(leaf.medianUsd() > 0 && leaf.sigma() > 0);
            assertFalse(leaf.adjectives().isEmpty(), leaf.key());
        }
        assertEquals("服装 > 上衣 > T恤", vocabulary.path(vocabulary.leafByPath("Apparel > Tops > T-Shirts"), Lang.ZH));
    }

    @Test
    void everyDepartmentHasBrandsInBothLanguages() {
        for (TopCategory top : vocabulary.tops()) {
            for (Lang lang : Lang.values()) {
                assertTrue(vocabulary.brands(lang, top.index()).length >= 5, top.key() + " " + lang);
            }
        }
        Set<String> names = new HashSet<>();
        vocabulary.brands().forEach(b -> assertTrue(names.add(b.name().toLowerCase(Locale.ROOT)), b.name()));
    }

    @Test
    void querySynonymsNeverAppearInTitlesOfTheirCategory() {
        Catalog catalog = new CatalogGenerator(vocabulary).generate(3, 6_000, ShopLanguage.MIXED);
        ProductText text = new ProductText(catalog);
        for (int i = 0; i < catalog.size(); i++) {
            LeafCategory leaf = vocabulary.leaf(catalog.leaf(i));
            String title = text.title(i).toLowerCase(Locale.ROOT);
            for (String synonym : leaf.synonyms(catalog.lang(i))) {
                assertFalse(title.contains(synonym.toLowerCase(Locale.ROOT)),
                        "'" + title + "' contains the synonym '" + synonym + "'");
            }
        }
    }

    @Test
    void titlesReadLikeShopTitles() {
        Catalog catalog = new CatalogGenerator(vocabulary).generate(11, 400, ShopLanguage.MIXED);
        ProductText text = new ProductText(catalog);
        for (int i = 0; i < catalog.size(); i++) {
            String title = text.title(i);
            LeafCategory leaf = vocabulary.leaf(catalog.leaf(i));
            assertTrue(title.startsWith(vocabulary.brand(catalog.brand(i)).name()) || title.startsWith("2026新款"),
                    title);
            assertTrue(title.contains(leaf.noun().in(catalog.lang(i))), title);
            if (catalog.colour(i) >= 0) {
                assertTrue(title.contains(vocabulary.colours().get(catalog.colour(i)).in(catalog.lang(i))), title);
            }
            assertFalse(title.contains("  ") || title.contains("null"), title);
        }
    }
}
