package merchlab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.Context;
import merchlab.model.DataWindow;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.store.ModelStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopExplorerTest {
    @TempDir
    static Path dir;
    static Workspace ws;

    @BeforeAll
    static void shop() {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 120;
        shop.shoppers = 30;
        shop.days = 5;
        shop.requestsPerDay = 40;
        shop.dimension = 16;
        ws = shop.write(dir.resolve("shop.db"));
        try (ShopData data = data()) {
            new ModelTraining(ModelKinds.installed(), new ModelStore(ws)).train("cooccurrence",
                    new ModelTraining.TrainingJobSpec(data, TrainingSettings.defaults(), DataWindow.all(), Map.of(),
                            null, null, false), TrainingListener.NONE, CancelToken.none());
        }
    }

    static ShopData data() {
        return new ShopData(ws, () -> new FakeTextEncoder(16));
    }

    private static ShopExplorer explorer(ShopData data) {
        return new ShopExplorer(data, ModelKinds.installed(), new ModelStore(ws),
                () -> ProductSearch.open(ws, name -> new FakeTextEncoder(16), 1, HybridRetriever.Options.DEFAULT));
    }

    @Test
    void recommendsForAShopperBesideABaselineFittedOnTheFly() {
        try (ShopData data = data(); ShopExplorer explorer = explorer(data)) {
            ShopExplorer.Answer a = explorer.explore(new ShopExplorer.Ask("U3", " ", Context.unknown(), "cooccurrence",
                    null, "popularity", 5), CancelToken.none());
            assertNull(a.intent(), "no query, no intent");
            assertNull(a.ask().query());
            assertTrue(a.knownShopper());
            assertFalse(a.compared());
            assertEquals(List.of("cooccurrence", "popularity"), a.comparison().models());
            assertEquals(5, a.comparison().top(ShopExplorer.Answer.MODEL, 5).size());
            assertTrue(a.comparison().rows().stream().anyMatch(r -> r.sources().contains("cooccurrence")),
                    "a saved co-occurrence model adds related products");
            assertEquals(List.of("cooccurrence"), new ModelStore(ws).names(), "the baseline is not saved");
        }
    }

    @Test
    void searchesAQueryWithItsIntentAndComparesTwoModels() {
        try (ShopData data = data(); ShopExplorer explorer = explorer(data)) {
            ShopExplorer.Answer a = explorer.explore(new ShopExplorer.Ask(null, "blue phone", new Context("mobile", 20, 5),
                    "cooccurrence", "cooccurrence", "semantic", 10), CancelToken.none());
            assertNotNull(a.intent());
            assertEquals("blue phone", a.intent().query());
            assertTrue(a.compared());
            assertTrue(a.comparison().rows().stream().anyMatch(r -> r.sources().contains("hybrid")));
            assertFalse(a.knownShopper());
            List<ShopExplorer.Explained> why = explorer.explain(a.ask(), a.comparison().top(0, 1).get(0).productId());
            assertEquals(2, why.size());
            assertEquals("cooccurrence", why.get(0).kind());
        }
    }

    @Test
    void saysWhatIsMissingInsteadOfFailing() {
        try (ShopData data = data(); ShopExplorer explorer = explorer(data)) {
            MerchLabException none = assertThrows(MerchLabException.class, () -> explorer.explore(
                    new ShopExplorer.Ask(null, null, null, null, null, "popularity", 10), CancelToken.none()));
            assertEquals("pick a shopper or type a query", none.getMessage());
            MerchLabException notBaseline = assertThrows(MerchLabException.class, () -> explorer.explore(
                    new ShopExplorer.Ask("U1", null, null, null, null, "ranker", 10), CancelToken.none()));
            assertTrue(notBaseline.getMessage().startsWith("ranker is not a baseline"), notBaseline.getMessage());
            assertThrows(MerchLabException.class, () -> explorer.explain(new ShopExplorer.Ask("U1", null, null, null,
                    null, "popularity", 10), "nope"));
        }
    }

    @Test
    void withoutASavedModelASearchFollowsTheRetrieverAndExplainsNothing() {
        SyntheticShop shop = new SyntheticShop();
        shop.products = 60;
        shop.shoppers = 10;
        shop.days = 3;
        shop.requestsPerDay = 20;
        shop.dimension = 16;
        Workspace bare = shop.write(dir.resolve("no-models.db"));
        try (ShopData data = new ShopData(bare, () -> new FakeTextEncoder(16));
             ShopExplorer explorer = new ShopExplorer(data, ModelKinds.installed(), new ModelStore(bare),
                     () -> ProductSearch.open(bare, name -> new FakeTextEncoder(16), 1, HybridRetriever.Options.DEFAULT))) {
            ShopExplorer.Ask ask = new ShopExplorer.Ask("U1", "blue phone", null, null, null, "popularity", 5);
            ShopExplorer.Answer a = explorer.explore(ask, CancelToken.none());
            assertEquals(List.of(RetrievalOrder.NAME, "popularity"), a.comparison().models());
            List<String> retrieved;
            try (ProductSearch search = ProductSearch.open(bare, name -> new FakeTextEncoder(16), 1,
                    HybridRetriever.Options.DEFAULT)) {
                retrieved = search.search("blue phone", RelevanceGate.POOL, merchlab.search.Filters.none(),
                        HybridRetriever.Mode.HYBRID, java.util.Set.of()).candidates().stream()
                        .map(merchlab.search.Candidate::productId).limit(5).toList();
            }
            assertEquals(retrieved, a.comparison().top(ShopExplorer.Answer.MODEL, 5).stream()
                    .map(Comparison.Row::productId).toList(), "the retriever's order, untouched");
            assertEquals(List.of(), explorer.explain(ask, retrieved.get(0)));
        }
    }
}
