package merchlab.eval.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.EventLog;
import merchlab.features.ShopData;
import merchlab.fixtures.TestShop;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalEvaluationTest {
    private static final long DAY = TestShop.DAY;

    @TempDir
    Path dir;

    @Test
    void cutOffSitsAtMidnightNearEightyPercent() {
        long t0 = TestShop.T0 + 5 * 3_600_000L;
        TemporalSplit s = TemporalSplit.of(t0, t0 + 10 * DAY, 0.2);
        assertEquals(TestShop.T0 + 8 * DAY, s.cutoff());
        assertTrue(s.trainingWindow().contains(s.cutoff() - 1));
        assertFalse(s.trainingWindow().contains(s.cutoff()));
        assertTrue(s.testWindow().contains(s.cutoff()));
        TemporalSplit hours = TemporalSplit.of(t0, t0 + 10 * 3_600_000L, 0.2);
        assertEquals(t0 + 8 * 3_600_000L, hours.cutoff());
        assertThrows(MerchLabException.class, () -> TemporalSplit.of(t0, t0, 0.2));
    }

    /** Scores products by a fixed table, like a model that knows which products get clicked. */
    private static Recommender table(Map<String, Double> scores) {
        return new Recommender() {
            @Override
            public String name() {
                return "table";
            }

            @Override
            public String kind() {
                return "table";
            }

            @Override
            public double[] score(ScoringRequest request, List<String> candidates) {
                return candidates.stream().mapToDouble(c -> scores.getOrDefault(c, 0.0)).toArray();
            }
        };
    }

    @Test
    void testListsCarryHistoryQueryAndClicksOfTheTestPeriodOnly() {
        TestShop f = new TestShop(dir.resolve("shop.db"))
                .product("A", "red shirt", "acme", "Apparel > Shirts", 20)
                .product("B", "desk lamp", "lumo", "Home > Lamps", 30)
                .product("C", "mug", "lumo", "Home > Mugs", 5);
        f.list(TestShop.T0, "u1", "r1", "shirt", List.of("A", "B"), List.of("A"));
        f.list(TestShop.T0 + 2 * DAY, "u1", "r2", null, List.of("B", "C", "A"), List.of("C"));
        f.list(TestShop.T0 + 2 * DAY + 5000, "u2", "r3", "lamp", List.of("A", "B"), List.of("B"));
        try (ShopData data = new ShopData(f.workspace(), f::encoder)) {
            EventLog log = data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE);
            TestLists test = TestLists.from(log, data.catalog(), TestShop.T0 + DAY);
            assertEquals(2, test.size());
            assertEquals(5, test.impressions());
            assertEquals(List.of("A"), test.lists().get(0).request().history());
            assertNull(test.lists().get(0).request().query());
            assertEquals("lamp", test.lists().get(1).request().query());
            assertEquals("mobile", test.lists().get(0).request().context().device());
            assertFalse(test.hasTruth());

            ClickEvaluation evaluation = new ClickEvaluation(test, data.catalog().size());
            Map<String, Double> perfect = evaluation.evaluate(table(Map.of("C", 1.0, "B", 0.5)), CancelToken.none());
            assertEquals(1.0, perfect.get("ndcg@10"), 1e-9);
            assertEquals(1.0, perfect.get("mrr@5"), 1e-9);
            assertFalse(perfect.containsKey("logloss"), "plain scores get no log loss");
            Map<String, Double> inverted = evaluation.evaluate(table(Map.of("A", 1.0, "B", 0.5)), CancelToken.none());
            assertTrue(inverted.get("auc") < perfect.get("auc"));
            // over all five impressions: the clicked B ties with the unclicked B of the other list
            assertEquals(5.5 / 6, perfect.get("auc"), 1e-9);
        }
    }

    @Test
    void tiesAreNotBrokenByTheShownOrder() {
        TestShop f = new TestShop(dir.resolve("ties.db"));
        for (int i = 0; i < 8; i++) {
            f.product("P" + i, "product " + i, "b", "C > D", 10);
        }
        for (int r = 0; r < 40; r++) {
            List<String> shown = List.of("P" + r % 8, "P" + (r + 3) % 8, "P" + (r + 5) % 8);
            f.list(TestShop.T0 + r * 60_000L, "u" + r, "r" + r, null, shown, List.of(shown.get(0)));
        }
        try (ShopData data = new ShopData(f.workspace(), f::encoder)) {
            TestLists test = TestLists.from(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE), data.catalog(), 0);
            Map<String, Double> constant = new ClickEvaluation(test, 8).evaluate(table(Map.of()), CancelToken.none());
            assertTrue(constant.get("mrr@10") < 0.8, "a constant score must not inherit the shown order: "
                    + constant.get("mrr@10"));
            assertEquals(0.5, constant.get("auc"), 1e-9);
        }
    }
}
