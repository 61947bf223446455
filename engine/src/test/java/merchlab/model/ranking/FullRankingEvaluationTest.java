package merchlab.model.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import org.junit.jupiter.api.Test;
import merchlab.behaviour.RankingCase;

class FullRankingEvaluationTest {
    /** Scores fixed per product; NaN for "bad". */
    private static final Recommender FIXED = new Recommender() {
        private final Map<String, Double> scores = Map.of("a", 5.0, "b", 4.0, "c", 3.0, "d", 3.0, "e", 1.0,
                "bad", Double.NaN);

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public double[] score(ScoringRequest request, List<String> candidates) {
            return candidates.stream().mapToDouble(scores::get).toArray();
        }
    };

    private final FullRankingEvaluation evaluation = new FullRankingEvaluation(
            List.of("bad", "e", "d", "c", "b", "a"), 2, 3);

    @Test
    void ranksByScoreExcludingKnownProductsWithTiesInCatalogOrder() {
        RankingCase c = new RankingCase("u", List.of("a"), Set.of("a"), Set.of("c"));
        // a excluded; b (4) first, then d and c tie at 3: d comes first in the catalog
        assertEquals(List.of("b", "d", "c"), evaluation.rank(FIXED, c));
    }

    @Test
    void nanScoresRankLast() {
        RankingCase c = new RankingCase("u", List.of(), Set.of("a", "b", "c", "d"), Set.of("bad"));
        assertEquals(List.of("e", "bad"), evaluation.rank(FIXED, c));
    }

    @Test
    void metricsAveragedOverCasesByHand() {
        // case 1: ranking b d c; relevant c -> rank 3.  case 2: ranking a b d; relevant b, e -> rank 2 only
        List<RankingCase> cases = List.of(new RankingCase("u1", List.of("a"), Set.of("a"), Set.of("c")),
                new RankingCase("u2", List.of(), Set.of(), Set.of("b", "e")));
        Map<String, Double> m = evaluation.evaluate(FIXED, cases);
        double log3 = Math.log(3) / Math.log(2);
        // case 2 at both cut-offs: DCG 1/log2(3), IDCG 1 + 1/log2(3); case 1 at 3: DCG 1/log2(4) = 0.5, IDCG 1
        assertEquals((0 + (1 / log3) / (1 + 1 / log3)) / 2, m.get("ndcg@2"), 1e-12);
        assertEquals((0.5 + (1 / log3) / (1 + 1 / log3)) / 2, m.get("ndcg@3"), 1e-12);
        assertEquals((0 + 0.5) / 2, m.get("recall@2"), 1e-12);
        assertEquals((1 + 0.5) / 2, m.get("recall@3"), 1e-12);
        assertEquals((0 + 0.5) / 2, m.get("mrr@2"), 1e-12);
        assertEquals((1 / 3.0 + 0.5) / 2, m.get("mrr@3"), 1e-12);
        assertEquals(0.5, m.get("hit@2"), 1e-12);
        assertEquals(1.0, m.get("hit@3"), 1e-12);
        assertEquals((1 / 3.0 + 1 / 3.0) / 2, m.get("precision@3"), 1e-12);
        assertEquals(3 / 6.0, m.get("coverage@2"), 1e-12); // b d + a b -> a b d
        assertEquals(4 / 6.0, m.get("coverage@3"), 1e-12); // + c
    }

    @Test
    void blocksOfShoppersRankAsOneAtATime() {
        List<RankingCase> cases = List.of(new RankingCase("u1", List.of("a"), Set.of("a", "b"), Set.of("c")),
                new RankingCase("u2", List.of(), Set.of(), Set.of("a")),
                new RankingCase("u3", List.of(), Set.of("e", "d"), Set.of("bad")));
        assertEquals(List.of(List.of("d", "c", "e"), List.of("a", "b", "d"), List.of("a", "b", "c")),
                evaluation.rank(FIXED, cases));
    }
}
