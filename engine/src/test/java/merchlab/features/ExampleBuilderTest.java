package merchlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.fixtures.SyntheticShop;
import merchlab.fixtures.TestShop;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleBuilderTest {
    @TempDir
    Path dir;

    private static ExampleBuilder.Result build(Workspace ws, ExampleSettings settings) {
        try (ShopData data = new ShopData(ws, () -> new merchlab.fixtures.FakeTextEncoder(16))) {
            EventLog log = data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE);
            return new ExampleBuilder(data.catalog(), data.vectors(), data.queries(), settings)
                    .build(log, log.lastTimestamp() + 1, CancelToken.none());
        }
    }

    private Workspace twoVisits() {
        TestShop f = new TestShop(dir.resolve("tiny.db"))
                .product("A", "red shirt", "acme", "Apparel > Shirts", 20)
                .product("B", "desk lamp", "lumo", "Home > Lamps", 30);
        f.list(TestShop.T0, "u1", "r1", "red shirt", List.of("A", "B"), List.of("A"));
        f.list(TestShop.T0 + TestShop.DAY, "u1", "r2", null, List.of("B", "A"), List.of());
        f.list(TestShop.T0 + 2 * TestShop.DAY, "u2", "r3", null, List.of("A", "B"), List.of("B"));
        return f.workspace();
    }

    @Test
    void aClickNeverFeedsTheFeaturesOfItsOwnList() {
        ExampleBuilder.Result r = build(twoVisits(), ExampleSettings.defaults(1));
        TrainingExamples ex = r.examples();
        assertEquals(6, ex.size());
        assertEquals(2, ex.positives());
        // list r1: A is clicked, but its own features have seen no engagement yet
        assertTrue(ex.clicked(0));
        assertEquals(0f, ex.value(0, FeatureNames.POPULARITY));
        assertEquals(0f, ex.value(0, FeatureNames.ENGAGED_BEFORE));
        assertEquals(0f, ex.value(0, FeatureNames.HISTORY_LENGTH));
        assertEquals(1f, ex.value(0, FeatureNames.HAS_QUERY));
        assertEquals(1f, ex.value(0, FeatureNames.LEXICAL_SCORE), 1e-6);
        // list r2, a day later: the shopper's click on A now counts, for A only
        int a2 = 3;
        assertEquals((float) Math.log1p(1), ex.value(a2, FeatureNames.POPULARITY), 1e-6);
        assertEquals((float) Math.log1p(1), ex.value(a2, FeatureNames.ENGAGED_BEFORE), 1e-6);
        assertEquals(0f, ex.value(2, FeatureNames.ENGAGED_BEFORE));
        assertTrue(ex.value(a2, FeatureNames.PRODUCT_CTR) > ex.value(2, FeatureNames.PRODUCT_CTR));
        assertTrue(ex.value(a2, FeatureNames.CATEGORY_AFFINITY) > 0);
        assertTrue(ex.value(2, FeatureNames.CATEGORY_AFFINITY) < 0);
        assertEquals(2f, ex.value(a2, FeatureNames.POSITION_SHOWN));
        assertEquals(1f, ex.value(a2, FeatureNames.DEVICE_MOBILE));
        assertEquals(FeaturePipeline.FROM_IMPRESSIONS, r.pipeline().source());
    }

    @Test
    void searchListsGainUnshownProductsAsUnclickedExamplesAtTheListsOwnPositions() {
        TestShop f = new TestShop(dir.resolve("unshown.db"))
                .product("A", "red running shoes", "acme", "Shoes > Running", 50)
                .product("B", "blue running shoes", "acme", "Shoes > Running", 55)
                .product("C", "red lipstick", "glow", "Beauty > Lips", 12)
                .product("D", "red bike helmet", "ride", "Sports > Helmets", 40)
                .product("E", "desk lamp", "lumo", "Home > Lamps", 30)
                .product("F", "oak table", "lumo", "Home > Tables", 300)
                .product("G", "green tea", "leaf", "Food > Tea", 8);
        f.list(TestShop.T0, "u1", "r1", "red running shoes", List.of("A", "B"), List.of("A"));
        f.list(TestShop.T0 + TestShop.DAY, "u1", "r2", null, List.of("E", "F"), List.of());
        TrainingExamples ex = build(f.workspace(), new ExampleSettings("impressions", 4, 4, 3)).examples();
        assertEquals(2 + 4 + 2, ex.size(), "the search list gains four unshown products, the recommendation none");
        assertEquals(1, ex.positives());
        java.util.Set<Integer> added = new java.util.HashSet<>();
        for (int i = 2; i < 6; i++) {
            assertTrue(!ex.clicked(i));
            float position = ex.value(i, FeatureNames.POSITION_SHOWN);
            assertTrue(position == 1f || position == 2f, "a position of the list itself: " + position);
            added.add(ex.product(i));
        }
        assertEquals(4, added.size(), "four distinct products");
        assertTrue(!added.contains(ex.product(0)) && !added.contains(ex.product(1)), "none of the shown ones");
        assertTrue(ex.value(2, FeatureNames.LEXICAL_SCORE) > 0, "the first draw is a partial word match");
    }

    @Test
    void logsWithoutResultListsGetSampledNegatives() {
        SyntheticShop shop = new SyntheticShop();
        shop.days = 3;
        shop.requestsPerDay = 40;
        shop.dimension = 16;
        shop.withImpressions = false;
        Workspace ws = shop.write(dir.resolve("no-lists.db"));
        ExampleBuilder.Result r = build(ws, new ExampleSettings("auto", 3, 0, 5));
        TrainingExamples ex = r.examples();
        assertEquals(FeaturePipeline.FROM_SAMPLED_NEGATIVES, r.pipeline().source());
        assertTrue(ex.positives() > 10);
        assertEquals(ex.positives() * 4, ex.size());
        for (int i = 0; i < ex.size(); i++) {
            assertEquals(FeatureNames.NEUTRAL_POSITION, ex.value(i, FeatureNames.POSITION_SHOWN));
        }
        assertThrows(MerchLabException.class, () -> build(ws, new ExampleSettings("impressions", 3, 0, 5)));
    }

    @Test
    void pipelineSurvivesItsBytes() {
        ExampleBuilder.Result r = build(twoVisits(), ExampleSettings.defaults(1));
        FeaturePipeline copy = FeaturePipeline.fromBytes(r.pipeline().toBytes());
        assertEquals(r.pipeline().schema(), copy.schema());
        assertEquals(r.pipeline().referenceTime(), copy.referenceTime());
        assertEquals(r.pipeline().source(), copy.source());
        assertTrue(java.util.Arrays.equals(r.pipeline().mean(), copy.mean()));
        assertTrue(java.util.Arrays.equals(r.pipeline().positionClickRates(), copy.positionClickRates()));
    }
}
