package merchlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import merchlab.catalog.Product;
import org.junit.jupiter.api.Test;

class FeatureBuildingBlocksTest {
    private final ShopCatalog catalog = new ShopCatalog(List.of(
            Product.of("a", "Red running shirt", "Acme", "Apparel > Shirts", 20.0),
            Product.of("b", "Blue running shirt", "Acme", "Apparel > Shirts", 40.0),
            Product.of("c", "Desk lamp", "Lumo", "Home > Lamps", 30.0),
            Product.of("d", "Floor lamp", "Lumo", "Home > Lamps", null)));

    @Test
    void wordsAreLowerCaseAndChineseCharactersStandAlone() {
        assertEquals(List.of("red", "t", "shirt", "跑", "步", "鞋"), TextTokens.distinct("Red T-Shirt 跑步鞋 red"));
    }

    @Test
    void lexicalScoreIsTheRarityWeightedShareOfQueryWordsFound() {
        LexicalMatcher m = LexicalMatcher.fit(catalog);
        LexicalMatcher.Query q = m.query("red shirt");
        assertEquals(1.0, m.score(q, 0), 1e-6);
        double red = Math.log(1 + 4.0 / 1);
        double shirt = Math.log(1 + 4.0 / 2);
        assertEquals(shirt / (red + shirt), m.score(q, 1), 1e-6);
        assertEquals(0.0, m.score(q, 2), 1e-6);
        assertEquals(0.0, m.score(LexicalMatcher.Query.NONE, 0), 1e-6);
    }

    @Test
    void relativePriceIsAgainstTheCategoryMedian() {
        assertEquals(Math.log(20 / 30.0), catalog.relativePrice(0), 1e-6);
        assertEquals(Math.log(40 / 30.0), catalog.relativePrice(1), 1e-6);
        assertEquals(0.0, catalog.relativePrice(2), 1e-6);
        assertEquals(0.0, catalog.relativePrice(3), 1e-6);
        assertEquals("Apparel", catalog.topCategories().name(catalog.topCategory(0)));
    }

    @Test
    void dwellLiftsCompareAProductsLineAndBrandWithTheShopAndShrinkWhenFewWereSeen() {
        ProductPriors priors = new ProductPriors(catalog);
        assertEquals(0.0, priors.lineDwell(catalog, 0), 0, "nothing seen yet");
        priors.dwell(catalog, 0, 60_000);
        priors.dwell(catalog, 2, 6_000);
        priors.dwell(catalog, 2, 6_000);
        priors.dwell(catalog, 3, -1);
        double mean = (Math.log(60) + 2 * Math.log(6)) / 3;
        assertEquals((Math.log(60) - mean) / (1 + 3), priors.lineDwell(catalog, 0), 1e-5);
        assertEquals(0.0, priors.lineDwell(catalog, 1), 0, "its own line was never visited");
        assertEquals(2 * (Math.log(6) - mean) / (2 + 3), priors.brandDwell(catalog.brand(3)), 1e-5);
        assertTrue(priors.brandDwell(catalog.brand(0)) > 0);
    }

    @Test
    void parentCategoryRankCountsSiblingsOfTheClosestCategory() {
        ShopCatalog shop = new ShopCatalog(List.of(
                Product.of("s", "shirt", "A", "Apparel > Tops > Shirts", 20.0),
                Product.of("t", "tee", "A", "Apparel > Tops > Tees", 20.0),
                Product.of("l", "lamp", "B", "Home > Lighting > Lamps", 20.0)));
        CatalogVectors vectors = new CatalogVectors(shop, new merchlab.text.ProductVectors("x", 2,
                List.of("s", "t", "l"), new float[] {1, 0, 0.6f, 0.8f, 0, 1}));
        CategoryCentroids.Match m = new CategoryCentroids(shop, vectors).match(new float[] {1, 0});
        assertEquals(1f, m.inverseRank()[shop.category(0)]);
        assertEquals(0.5f, m.inverseRank()[shop.category(1)]);
        assertEquals(1f, m.parentInverseRank()[shop.category(1)], "a sibling of the closest category");
        assertEquals(0.5f, m.parentInverseRank()[shop.category(2)]);
    }

    @Test
    void positionCurveFollowsTheClickRatesAndSharesTheLastRate() {
        long[] impressions = new long[PositionCurve.MAX_POSITION + 1];
        long[] clicks = new long[PositionCurve.MAX_POSITION + 1];
        impressions[1] = 10_000;
        clicks[1] = 2_000;
        impressions[2] = 10_000;
        clicks[2] = 1_000;
        PositionCurve curve = PositionCurve.fit(impressions, clicks);
        assertEquals(0.2, curve.rate(1), 0.002);
        assertEquals(0.1, curve.rate(2), 0.002);
        assertEquals(curve.rate(PositionCurve.MAX_POSITION), curve.rate(500), 0);
        assertTrue(curve.rate(3) <= curve.rate(2) + 1e-6);
    }

    @Test
    void schemaNamesEveryValueAndSurvivesItsStoredForm() {
        FeatureSchema schema = FeatureSchema.standard(16);
        assertEquals(FeatureNames.SCALAR_COUNT + 3 * 16, schema.width());
        assertEquals(FeatureNames.SCALAR_COUNT, schema.scalarCount());
        assertEquals(FeatureNames.POSITION_SHOWN, schema.index("position"));
        assertEquals(FeatureGroup.POSITION, schema.feature("position").group());
        assertEquals(FeatureGroup.SHOPPER_AFFINITY, schema.feature("shopper_embedding").group());
        for (FeatureGroup g : FeatureGroup.values()) {
            assertTrue(schema.features().stream().anyMatch(f -> f.group() == g), g.label());
        }
        Map<String, Object> stored = schema.toMap();
        assertEquals(schema, FeatureSchema.fromMap(stored));
    }

    @Test
    void profileKnowsCategoriesBrandsAndUsualPrice() {
        ShopperProfile p = new ShopperProfile(catalog, null);
        assertEquals(0, p.engagements());
        p = new ShopperProfile(catalog, new CatalogVectors(catalog, new merchlab.text.ProductVectors("x", 2,
                List.of("a", "c"), new float[] {1, 0, 0, 1})));
        p.add(0);
        p.add(0);
        p.add(2);
        assertEquals(3, p.engagements());
        assertEquals(2, p.categoryCount(catalog.category(0)));
        assertEquals(1, p.brandCount(catalog.brand(2)));
        assertEquals(2, p.productCount(0));
        assertEquals((2 * Math.log1p(20) + Math.log1p(30)) / 3, p.usualLogPrice(), 1e-9);
        float[] v = new float[2];
        p.embedding(v, 0);
        assertEquals(2 / Math.sqrt(5), v[0], 1e-6);
        assertEquals(1 / Math.sqrt(5), v[1], 1e-6);
    }
}
