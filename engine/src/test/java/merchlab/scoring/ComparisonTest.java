package merchlab.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.features.ShopData;
import merchlab.fixtures.TestShop;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {
    @TempDir
    Path dir;
    ShopData data;

    @BeforeEach
    void shop() {
        TestShop f = new TestShop(dir.resolve("shop.db"))
                .product("S1", "red running shirt", "acme", "Apparel > Shirts", 20)
                .product("S2", "blue running shirt", "acme", "Apparel > Shirts", 25)
                .product("L1", "desk lamp", "lumo", "Home > Lamps", 30)
                .product("M1", "coffee mug", "lumo", "Home > Mugs", 8);
        data = new ShopData(f.workspace(), f::encoder);
    }

    private static Recommender fixed(String name, boolean ctr, Map<String, Double> scores) {
        return new Recommender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String kind() {
                return "test";
            }

            @Override
            public double[] score(ScoringRequest request, List<String> candidates) {
                return candidates.stream().mapToDouble(scores::get).toArray();
            }

            @Override
            public boolean predictsCtr() {
                return ctr;
            }
        };
    }

    @Test
    void ranksTheSameCandidatesUnderEveryModel() {
        Recommender ctrModel = fixed("ctr", true, Map.of("S1", 0.1, "S2", 0.4, "L1", 0.3, "M1", 0.2));
        Recommender ties = fixed("ties", false, Map.of("S1", 1.0, "S2", 1.0, "L1", 2.0, "M1", 1.0));
        ShopScorer scorer = new ShopScorer(data, ctrModel, List.of(Sources.source("given",
                (request, limit) -> List.of("M1", "S1", "L1", "S2"))), 10);
        Comparison c = Comparison.of(scorer, new ScoringRequest(null, List.of(), null, null), List.of(ctrModel, ties), 3);
        assertEquals(List.of("ctr", "ties"), c.models());
        assertEquals(List.of("M1", "S1", "L1", "S2"), c.rows().stream().map(Comparison.Row::productId).toList());
        // ctr: S2 0.4 > L1 0.3 > M1 0.2 > S1 0.1; ties: L1 first, then M1, S1, S2 in order of discovery
        assertArrayEquals(new int[] {3, 2}, c.rows().get(0).ranks());
        assertArrayEquals(new int[] {4, 3}, c.rows().get(1).ranks());
        assertArrayEquals(new int[] {2, 1}, c.rows().get(2).ranks());
        assertArrayEquals(new int[] {1, 4}, c.rows().get(3).ranks());
        assertEquals(0.4, c.rows().get(3).ctr(0));
        assertNull(c.rows().get(3).ctr(1), "a model without CTR has none");
        assertEquals("coffee mug", c.rows().get(0).title());
        assertEquals(List.of("given"), c.rows().get(0).sources());
        assertEquals(List.of("S2", "L1"), c.top(0, 2).stream().map(Comparison.Row::productId).toList());
        assertEquals(List.of("L1", "M1", "S1"), c.top(1, 3).stream().map(Comparison.Row::productId).toList());
    }

    @Test
    void aSearchIsRankedBehindItsRelevanceGateAsTheScorerListsIt() {
        Recommender tastes = fixed("tastes", true, Map.of("S1", 0.1, "S2", 0.2, "L1", 0.9, "M1", 0.8));
        List<merchlab.search.Candidate> retrieved = List.of("S1", "S2", "L1", "M1").stream()
                .map(id -> new merchlab.search.Candidate(id, 0, 0, 0, 0, 0, java.util.Set.of())).toList();
        ShopScorer scorer = new ShopScorer(data, tastes, List.of(Sources.source("hybrid",
                (request, limit) -> List.of("S1", "S2", "L1", "M1"))), 10, RelevanceGate.retrieved(retrieved, 2, 2.0));
        ScoringRequest search = new ScoringRequest(null, List.of(), "running shirt", null);
        Comparison c = Comparison.of(scorer, search, List.of(tastes), 4);
        // the two strong matches stay first though the model prefers the lamp and the mug
        assertEquals(List.of("S1", "S2", "L1", "M1"), c.top(0, 4).stream().map(Comparison.Row::productId).toList());
        assertEquals(scorer.rank(search, 4).stream().map(ScoredProduct::productId).toList(),
                c.top(0, 4).stream().map(Comparison.Row::productId).toList(), "Explore shows what search lists");
    }
}
