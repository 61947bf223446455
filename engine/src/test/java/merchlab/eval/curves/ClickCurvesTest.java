package merchlab.eval.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import merchlab.CancelToken;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.eval.temporal.TestLists;
import merchlab.features.ShopData;
import merchlab.fixtures.TestShop;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickCurvesTest {
    @TempDir
    Path dir;

    @Test
    void wilsonIntervalMatchesTheHandComputedValue() {
        double[] band = ClickCurves.wilson(5, 10);
        assertEquals(0.2366, band[0], 1e-4);
        assertEquals(0.7634, band[1], 1e-4);
    }

    @Test
    void curvesOfHandMadeListsCountEveryImpressionOnce() {
        long day = TestShop.DAY;
        TestShop f = new TestShop(dir.resolve("shop.db"))
                .product("a", "red shoe", "b1", "shoes", 10).product("b", "blue shoe", "b1", "shoes", 12)
                .product("c", "green hat", "b2", "hats", 8);
        f.list(TestShop.T0, "u1", "r1", null, List.of("a", "b", "c"), List.of("a"));
        f.list(TestShop.T0 + 8 * day, "u1", "r2", null, List.of("a", "b", "c"), List.of("b"));
        f.list(TestShop.T0 + 9 * day, "u2", "r3", null, List.of("c", "a", "b"), List.of("b"));
        Recommender byName = new Recommender() {
            public String name() {
                return "t";
            }

            public String kind() {
                return "t";
            }

            public double[] score(ScoringRequest r, List<String> c) {
                return c.stream().mapToDouble(p -> p.equals("b") ? 0.9 : p.equals("a") ? 0.5 : 0.1).toArray();
            }

            @Override
            public boolean predictsCtr() {
                return true;
            }
        };
        try (ShopData data = new ShopData(f.workspace(), f::encoder)) {
            TestLists test = TestLists.from(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE), data.catalog(),
                    TestShop.T0 + 5 * day);
            ClickCurves curves = new ClickCurves(test, data.catalog());
            ClickCurves.Curves c = curves.of(byName, CurveFilter.all(), CancelToken.none());
            assertEquals(6, c.impressions());
            assertArrayEquals(new double[] {1, 2, 3}, c.position());
            assertArrayEquals(new double[] {0, 0.5, 0.5}, c.observedByPosition());
            assertEquals(1.0, c.ndcg()[0]); // b first, and b was clicked in both lists
            assertEquals(2, c.day().length);
            assertArrayEquals(new double[] {3, 3}, c.impressionsByDay(), "each day's impressions beside its CTR");
            assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0}, c.observedByDay(), 1e-12);
            assertTrue(c.lowByDay()[0] < 1 / 3.0 && c.highByDay()[0] > 1 / 3.0, "a 95% band around each day");
            assertEquals(1.0, c.truePositiveRate()[c.truePositiveRate().length - 1]);
            ClickCurves.Curves hats = curves.of(byName, new CurveFilter(null, "hats", null, null), CancelToken.none());
            assertEquals(2, hats.impressions());
            ClickCurves.Curves lastDay = curves.of(byName, new CurveFilter("mobile", null,
                    TestShop.T0 + 9 * day, null), CancelToken.none());
            assertEquals(3, lastDay.impressions());
            assertTrue(c.bucketPredicted().length > 0);
            assertNull(new ClickCurves(test, data.catalog()).of(new Recommender() {
                public String name() {
                    return "s";
                }

                public String kind() {
                    return "s";
                }

                public double[] score(ScoringRequest r, List<String> cs) {
                    return new double[cs.size()];
                }
            }, CurveFilter.all(), CancelToken.none()).predictedByPosition());
        }
    }
}
