package merchlab.model.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.features.ShopData;
import merchlab.fixtures.TestShop;
import merchlab.model.DataWindow;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.RelatedProducts;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinesTest {
    @TempDir
    Path dir;
    ShopData data;

    @BeforeEach
    void shop() {
        TestShop f = new TestShop(dir.resolve("shop.db"))
                .product("S1", "red running shirt", "acme", "Apparel > Shirts", 20)
                .product("S2", "blue running shirt", "acme", "Apparel > Shirts", 25)
                .product("L1", "desk lamp", "lumo", "Home > Lamps", 30)
                .product("L2", "floor lamp", "lumo", "Home > Lamps", 90)
                .product("M1", "coffee mug", "lumo", "Home > Mugs", 8);
        long t = TestShop.T0;
        // lamps are the shop's favourites; shirts go together
        for (int u = 0; u < 6; u++) {
            f.event(t + u * 1000, "u" + u, "click", "L1", null, null, "desktop", null);
            f.event(t + u * 1000 + 1, "u" + u, "purchase", "L1", null, null, "desktop", null);
        }
        for (int u = 0; u < 3; u++) {
            f.event(t + 10_000 + u, "s" + u, "click", "S1", null, null, "mobile", null);
            f.event(t + 20_000 + u, "s" + u, "click", "S2", null, null, "mobile", null);
        }
        f.event(t + 30_000, "m", "click", "M1", null, null, "mobile", null);
        data = new ShopData(f.workspace(), f::encoder);
    }

    private Recommender trained(ModelKind kind, Map<String, String> options) {
        SavedModel m = kind.train(new TrainingJob(data, kind.baseName(options), null, null, DataWindow.all(), options,
                null, false), TrainingListener.NONE, CancelToken.none());
        new ModelStore(data.workspace()).save(m);
        return ModelKinds.installed().open(new ModelStore(data.workspace()).load(m.name()), data);
    }

    @Test
    void popularityRanksTheMostEngagedFirst() {
        Recommender r = trained(new PopularityKind(), Map.of());
        double[] s = r.score(ScoringRequest.forShopper("new", List.of()), List.of("M1", "L1", "S1", "L2"));
        assertTrue(s[1] > s[2] && s[2] > s[0] && s[0] > s[3], java.util.Arrays.toString(s));
        assertEquals("popularity", r.kind());
    }

    @Test
    void popularityPerCategoryFollowsTheShoppersCategories() {
        Recommender r = trained(new PopularityKind(), Map.of("scope", "category"));
        assertEquals("popularity-category", r.name());
        double[] shirtFan = r.score(ScoringRequest.forShopper("s0", List.of("S1", "S2", "S1")), List.of("L1", "S1"));
        assertTrue(shirtFan[1] > shirtFan[0], "a shirt buyer sees shirts before the shop's favourite lamp");
        double[] stranger = r.score(ScoringRequest.forShopper("x", List.of()), List.of("L1", "S1"));
        assertTrue(stranger[0] > stranger[1], "without history the shop's favourite wins");
    }

    @Test
    void cooccurrenceRelatesProductsEngagedTogether() {
        Recommender r = trained(new CooccurrenceKind(), Map.of());
        double[] s = r.score(ScoringRequest.forShopper("s9", List.of("S1")), List.of("L1", "S2", "M1"));
        assertTrue(s[1] > s[0] && s[1] > s[2], java.util.Arrays.toString(s));
        assertEquals(List.of("S2"), ((RelatedProducts) r).related(List.of("S1"), 5));
    }

    @Test
    void semanticMatchesTheQueryTextWithoutTraining() {
        Recommender r = trained(new SemanticKind(), Map.of());
        ScoringRequest search = new ScoringRequest(null, List.of(), "running shirt", null);
        double[] s = r.score(search, List.of("L1", "S1", "M1"));
        assertTrue(s[1] > s[0] && s[1] > s[2], java.util.Arrays.toString(s));
        double[] byHistory = r.score(ScoringRequest.forShopper("u", List.of("L1")), List.of("L2", "S2"));
        assertTrue(byHistory[0] > byHistory[1], "without a query the shopper's history is the target");
    }

    @Test
    void savedBaselinesScoreAsTheyDidBeforeSaving() {
        ModelKind kind = new CooccurrenceKind();
        SavedModel m = kind.train(new TrainingJob(data, "cooccurrence", null, null, DataWindow.all(), Map.of(), null,
                false), TrainingListener.NONE, CancelToken.none());
        ScoringRequest request = ScoringRequest.forShopper("s0", List.of("S1", "L1"));
        List<String> products = List.of("S2", "L2", "M1", "L1");
        double[] before = kind.open(m, data).score(request, products);
        new ModelStore(data.workspace()).save(m);
        double[] after = kind.open(new ModelStore(data.workspace()).load("cooccurrence"), data).score(request, products);
        assertArrayEquals(before, after, 0.0);
    }
}
