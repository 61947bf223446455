package merchlab.model.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.behaviour.RankingCase;
import merchlab.features.ShopData;
import merchlab.fixtures.TestShop;
import merchlab.model.DataWindow;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.store.SavedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Popularity's half-life is chosen on validation: recent counts for a shop whose tastes move, all counts otherwise. */
class PopularityHalfLifeTest {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    private SavedModel train(String wanted) {
        TestShop f = new TestShop(dir.resolve(wanted + ".db"))
                .product("OLD", "last season's coat", "acme", "Coats", 90)
                .product("NEW", "this season's coat", "acme", "Coats", 90)
                .product("HAT", "hat", "acme", "Hats", 20);
        long end = TestShop.T0 + 100 * DAY;
        for (int u = 0; u < 5; u++) {
            f.event(TestShop.T0 + u, "o" + u, "purchase", "OLD", null, null, "mobile", null);
        }
        for (int u = 0; u < 3; u++) {
            f.event(end - u, "n" + u, "purchase", "NEW", null, null, "mobile", null);
        }
        ShopData data = new ShopData(f.workspace(), f::encoder);
        // 14 days: OLD counts 5 x 0.5^(100/14) = 0.035, NEW 3; without decay OLD 5 beats NEW 3
        List<RankingCase> validation = List.of(new RankingCase("v", List.of(), Set.of(), Set.of(wanted)));
        return new PopularityKind().train(new TrainingJob(data, "popularity", null, null, DataWindow.all(), Map.of(),
                null, false), validation, TrainingListener.NONE, CancelToken.none());
    }

    @Test
    void recentCountsWinWhenValidationWantsTheNewFavourite() {
        SavedModel m = train("NEW");
        assertEquals(14.0, m.settings().get("halfLifeDays"));
        assertEquals(1.0, m.metrics().get("validation_ndcg@10"), 1e-12);
    }

    @Test
    void allCountsWinWhenValidationWantsTheLongRunFavourite() {
        assertEquals("none", train("OLD").settings().get("halfLifeDays"));
    }
}
