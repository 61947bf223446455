package merchlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private final List<String> ranked = List.of("a", "b", "c", "d");

    @Test
    void ndcgWithBinaryGainsByHand() {
        // relevant b (rank 2) and d (rank 4): DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3)
        double dcg = 1 / log2(3) + 1 / log2(5);
        double idcg = 1 + 1 / log2(3);
        assertEquals(dcg / idcg, RankingMetrics.ndcg(ranked, Map.of("b", 1.0, "d", 1.0), 10), 1e-12);
    }

    @Test
    void ndcgWithEsciGainsByHand() {
        // exact at rank 2, substitute at rank 1: DCG = 0.1 + 1/log2(3); IDCG = 1 + 0.1/log2(3)
        double expected = (0.1 + 1 / log2(3)) / (1 + 0.1 / log2(3));
        assertEquals(expected, RankingMetrics.ndcg(ranked, Map.of("a", 0.1, "b", 1.0), 10), 1e-12);
    }

    @Test
    void cutOffIgnoresLowerRanks() {
        assertEquals(0.0, RankingMetrics.ndcg(ranked, Map.of("d", 1.0), 3), 1e-12);
        assertEquals(0.5, RankingMetrics.recall(ranked, Set.of("b", "d"), 3), 1e-12);
        assertEquals(1.0, RankingMetrics.hit(ranked, Set.of("b", "d"), 3), 1e-12);
    }

    @Test
    void reciprocalRankOfFirstHit() {
        assertEquals(1.0 / 3, RankingMetrics.reciprocalRank(ranked, Set.of("c", "d"), 10), 1e-12);
        assertEquals(0.0, RankingMetrics.reciprocalRank(ranked, Set.of("z"), 10), 1e-12);
    }

    @Test
    void accumulatorAveragesAndMeasuresCoverage() {
        RankingAccumulator acc = new RankingAccumulator(10, 2);
        acc.add(List.of("a", "b"), Set.of("a"));
        acc.add(List.of("a", "c"), Set.of("z"));
        Map<String, Double> result = acc.result();
        assertEquals(0.5, result.get("hit@2"), 1e-12);
        assertEquals(0.5, result.get("mrr@2"), 1e-12);
        assertEquals(0.3, result.get("coverage@2"), 1e-12); // a, b, c of 10 products
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
