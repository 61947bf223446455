package merchlab.ui.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.store.EvaluationStore;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    private static final Set<String> BASELINES = Set.of("popularity", "cooccurrence", "semantic");

    private static EvaluationStore.Run run(String model, String kind, String protocol, Map<String, Double> metrics) {
        return new EvaluationStore.Run(0, model, kind, protocol, metrics, 0);
    }

    private static Map<String, Double> metrics(Object... nameThenValue) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            m.put((String) nameThenValue[i], (Double) nameThenValue[i + 1]);
        }
        return m;
    }

    private static final List<EvaluationStore.Run> RUNS = List.of(
            run("ranker", "ranker", "temporal", metrics("auc", 0.71, "logloss", 0.30, "ndcg@10", 0.52, "recall@10", 1.0,
                    "hit@10", 1.0, "coverage@10", 1.0, "test_lists", 240.0, "test_impressions", 2400.0, "versus_delta", 0.031,
                    "versus_ci_low", 0.012, "versus_ci_high", 0.05, "versus_p", 0.002, "versus_units", 180.0)),
            run("popularity", "popularity", "temporal", Map.of("auc", 0.62, "logloss", 0.35, "ndcg@10", 0.45,
                    "recall@10", 1.0, "hit@10", 1.0, "test_lists", 240.0, "test_impressions", 2400.0)),
            run("popularity-category", "popularity", "temporal", Map.of("auc", 0.64, "logloss", 0.33,
                    "ndcg@10", 0.49, "recall@10", 1.0, "hit@10", 1.0, "test_lists", 240.0, "test_impressions", 2400.0)),
            run("oracle", "oracle", "temporal", Map.of("auc", 0.80, "logloss", 0.25, "ndcg@10", 0.60)),
            run("sequence", "sequence", "leave-last-out", Map.of("ndcg@10", 0.2, "recall@10", 0.4, "hit@10", 0.4,
                    "test_shoppers", 310.0)),
            run("popularity", "popularity", "leave-last-out", Map.of("ndcg@10", 0.1, "recall@10", 0.2, "hit@10", 0.2,
                    "test_shoppers", 310.0)));

    @Test
    void theTemporalTableLeavesOutRecallAndHitBecauseEveryShownListHoldsItsClick() {
        ResultTable t = ResultTable.of("temporal", RUNS, BASELINES::contains);
        assertEquals(List.of("auc", "logloss", "ndcg@10"), t.columns());
        assertTrue(t.note().startsWith("Recall@10, hit@10, precision@10 and coverage@10 are left out"));
        ResultTable full = ResultTable.of("leave-last-out", RUNS, BASELINES::contains);
        assertEquals(List.of("ndcg@10", "recall@10", "hit@10"), full.columns());
        assertEquals("", full.note());
        assertEquals("310 shoppers", full.rows().get(0).sample());
    }

    @Test
    void marksTheBestOfEachColumnLowerForLossesAndNeverTheOracle() {
        ResultTable t = ResultTable.of("temporal", RUNS, BASELINES::contains);
        ResultTable.Row ranker = t.rows().get(0);
        ResultTable.Row oracle = t.rows().get(3);
        assertTrue(t.isBest(ranker, "auc"), "0.71 beats the baselines; the oracle's 0.80 is a ceiling");
        assertTrue(t.isBest(ranker, "logloss"), "the lowest log loss");
        assertFalse(t.isBest(oracle, "auc"));
        assertFalse(t.isBest(t.rows().get(1), "ndcg@10"));
    }

    @Test
    void namesWhatEachRowIsItsSampleAndTheBaselineItIsComparedWith() {
        ResultTable t = ResultTable.of("temporal", RUNS, BASELINES::contains);
        assertEquals(List.of("trained ranker", "baseline", "baseline (category)",
                "the true click probabilities (a ceiling)"), t.rows().stream().map(ResultTable.Row::what).toList());
        assertEquals("240 lists · 2,400 impressions", t.rows().get(0).sample());
        assertEquals("vs popularity-category: +0.0310 [+0.0120, +0.0500] p 0.0020", t.rows().get(0).versus());
        assertEquals("–", t.rows().get(1).versus());
        assertEquals("0.7100", ResultTable.value(t.rows().get(0), "auc"));
    }

    @Test
    void rowsOfOneNameGetDistinctNamesAndProtocolsComeTemporalFirst() {
        List<EvaluationStore.Run> twice = List.of(run("popularity", "popularity", "temporal", Map.of("auc", 0.6)),
                run("popularity", "popularity", "temporal", Map.of("auc", 0.5)));
        assertEquals(List.of("popularity", "popularity (2)"), ResultTable.of("temporal", twice, BASELINES::contains)
                .rows().stream().map(ResultTable.Row::model).toList());
        assertEquals(List.of("temporal", "leave-last-out"), ResultTable.protocols(RUNS));
    }
}
