package merchlab.eval.judged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.CancelledException;
import merchlab.features.ShopData;
import merchlab.fixtures.FakeTextEncoder;
import merchlab.fixtures.JudgedQueries;
import merchlab.fixtures.SyntheticShop;
import merchlab.model.DataWindow;
import merchlab.model.ModelKinds;
import merchlab.model.ModelTraining;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.scoring.ShopScorers;
import merchlab.search.HybridRetriever;
import merchlab.search.ProductSearch;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-query NDCG@10 of retrieval and a saved model on a judged synthetic shop, as the judgments protocol scores them. */
class QuerySetComparisonTest {
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
        JudgedQueries.write(ws, 12);
        try (ShopData data = data()) {
            new ModelTraining(ModelKinds.installed(), new ModelStore(ws)).train("popularity",
                    new ModelTraining.TrainingJobSpec(data, TrainingSettings.defaults(), DataWindow.all(), Map.of(),
                            null, null, false), TrainingListener.NONE, CancelToken.none());
        }
    }

    static ShopData data() {
        return new ShopData(ws, () -> new FakeTextEncoder(16));
    }

    private static ProductSearch search() {
        return ProductSearch.open(ws, name -> new FakeTextEncoder(16), 1, HybridRetriever.Options.DEFAULT);
    }

    @Test
    void givesEveryJudgedQueryBothSidesFiguresAsTheJudgmentsProtocolDoes() {
        Judgments judgments = Judgments.load(ws, JudgedEvaluation.SHOPPERS_PER_QUERY);
        String model = new ModelStore(ws).names().get(0);
        try (ShopData data = data(); ProductSearch search = search();
             ShopScorers scorers = new ShopScorers(data, ModelKinds.installed(), new ModelStore(ws))) {
            QuerySet set = new QuerySetComparison(search, scorers).compare(judgments, QueryKinds.read(ws),
                    JudgedReport.SEARCH, model, text -> { }, CancelToken.none());
            JudgedReport report = new JudgedEvaluation(data, search, scorers, new EvaluationStore(ws)).run(judgments,
                    List.of(scorers.model(model)), Map.of(), text -> { }, CancelToken.none());

            assertEquals(judgments.queries().size(), set.queries().size());
            assertEquals(report.lists().get(JudgedReport.SEARCH), set.lists().get(JudgedReport.SEARCH));
            assertEquals(report.lists().get(model), set.lists().get(model));
            double meanA = set.queries().stream().mapToDouble(QuerySet.Query::ndcgA).average().orElseThrow();
            double meanB = set.queries().stream().mapToDouble(QuerySet.Query::ndcgB).average().orElseThrow();
            assertEquals(report.results().get(0).metrics().get("ndcg@10"), meanA, 1e-12);
            assertEquals(report.results().get(1).metrics().get("ndcg@10"), meanB, 1e-12);
            for (int i = 1; i < set.queries().size(); i++) {
                assertTrue(Math.abs(set.queries().get(i - 1).change()) >= Math.abs(set.queries().get(i).change()),
                        "largest change first");
            }
            assertFalse(set.filter("broad", null).isEmpty(), "the stored kinds reach the rows");
            assertEquals(set.queries().size(), set.filter("broad", null).size() + set.filter("exact", null).size());
        }
    }

    @Test
    void comparingASideWithItselfChangesNothing() {
        Judgments judgments = Judgments.load(ws, 0);
        try (ShopData data = data(); ProductSearch search = search();
             ShopScorers scorers = new ShopScorers(data, ModelKinds.installed(), new ModelStore(ws))) {
            QuerySet set = new QuerySetComparison(search, scorers).compare(judgments, Map.of(), JudgedReport.SEARCH,
                    JudgedReport.SEARCH, text -> { }, CancelToken.none());
            assertTrue(set.queries().stream().allMatch(q -> q.change() == 0));
            assertTrue(set.kinds().isEmpty());
        }
    }

    @Test
    void stopsWhenCancelled() {
        try (ShopData data = data(); ProductSearch search = search();
             ShopScorers scorers = new ShopScorers(data, ModelKinds.installed(), new ModelStore(ws))) {
            CancelToken cancelled = new CancelToken();
            cancelled.cancel();
            org.junit.jupiter.api.Assertions.assertThrows(CancelledException.class, () ->
                    new QuerySetComparison(search, scorers).compare(Judgments.load(ws, 0), Map.of(),
                            JudgedReport.SEARCH, JudgedReport.SEARCH, text -> { }, cancelled));
        }
    }
}
