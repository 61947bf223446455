package merchlab.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.fixtures.TestShop;
import merchlab.model.Context;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopScorerTest {
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
        f.event(TestShop.T0, "u1", "click", "L1", null, null, "desktop", null);
        f.event(TestShop.T0 + 1, "u1", "purchase", "L1", null, null, "desktop", null);
        f.event(TestShop.T0 + 2, "u2", "click", "S1", null, null, "mobile", null);
        data = new ShopData(f.workspace(), f::encoder);
    }

    /** Prefers products by id order from the end: M1 > L1 > S2 > S1. */
    private static final Recommender BY_ID = new Recommender() {
        @Override
        public String name() {
            return "by-id";
        }

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public double[] score(ScoringRequest request, List<String> candidates) {
            Map<String, Double> s = Map.of("M1", 4.0, "L1", 3.0, "S2", 2.0, "S1", 1.0);
            return candidates.stream().mapToDouble(s::get).toArray();
        }
    };

    @Test
    void candidatesFromEverySourceAreReRankedByTheModel() {
        ShopScorer scorer = new ShopScorer(data, BY_ID, List.of(Sources.popular(data, 10), Sources.lexical(data)), 10);
        List<ScoredProduct> found = scorer.search("running shirt", "u1", Context.unknown(), 10);
        assertEquals(List.of("L1", "S2", "S1"), found.stream().map(ScoredProduct::productId).toList());
        assertEquals(List.of("popular"), found.get(0).sources());
        assertEquals(List.of("popular", "lexical"), found.get(2).sources());
        assertEquals(List.of("lexical"), found.get(1).sources());
        assertNull(found.get(0).ctr(), "plain scores are no CTR");
        assertEquals("desk lamp", found.get(0).title());
        assertEquals(List.of("S1"), scorer.recommend("u1", Context.unknown(), 2).stream()
                .map(ScoredProduct::productId).toList(), "of the popular L1 and S1, u1 already bought L1");
        assertThrows(MerchLabException.class, () -> scorer.search(" ", null, Context.unknown(), 5));
    }

    @Test
    void recommendationsLeaveOutWhatTheShopperAlreadyEngagedWith() {
        ShopScorer scorer = new ShopScorer(data, BY_ID,
                List.of(Sources.popular(data, 10), Sources.semantic(data), Sources.lexical(data)), 10);
        List<String> recommended = scorer.recommend("u1", Context.unknown(), 10).stream()
                .map(ScoredProduct::productId).toList();
        assertEquals(List.of("M1", "S2", "S1"), recommended, "u1 clicked and bought L1");
        List<String> searched = scorer.search("lamp", "u1", Context.unknown(), 10).stream()
                .map(ScoredProduct::productId).toList();
        assertTrue(searched.contains("L1"), "a search may find a product bought before: " + searched);
    }

    @Test
    void recommendationsLeaveOutProductsOutOfStockWhileSearchesKeepThem() {
        TestShop f = new TestShop(dir.resolve("stock.db"))
                .product("S1", "red running shirt", "acme", "Apparel > Shirts", 20)
                .product("S2", "blue running shirt", "acme", "Apparel > Shirts", 25)
                .product("M1", "coffee mug", "lumo", "Home > Mugs", 8)
                .outOfStock("M1");
        f.event(TestShop.T0, "u1", "click", "S1", null, null, "desktop", null);
        ShopData stock = new ShopData(f.workspace(), f::encoder);
        ShopScorer scorer = new ShopScorer(stock, BY_ID, List.of(Sources.semantic(stock), Sources.lexical(stock)), 10);
        assertEquals(List.of("S2"), scorer.recommend("u1", Context.unknown(), 10).stream()
                .map(ScoredProduct::productId).toList(), "M1 scores best but cannot be bought now");
        assertTrue(scorer.search("coffee mug", "u1", Context.unknown(), 10).stream()
                .anyMatch(p -> p.productId().equals("M1")), "a search finds it unless asked for --in-stock");
    }

    @Test
    void semanticCandidatesFollowTheShoppersHistory() {
        CandidateSource semantic = Sources.semantic(data);
        List<String> similar = semantic.candidates(ScoringRequest.forShopper("u2", List.of("S1")), 2);
        assertEquals(List.of("S1", "S2"), similar);
        assertTrue(semantic.candidates(ScoringRequest.forShopper("nobody", List.of()), 2).isEmpty());
    }

    @Test
    void batchScoringStoresEveryShoppersListAndWritesCsv() throws Exception {
        ShopScorer scorer = new ShopScorer(data, BY_ID, List.of(Sources.popular(data, 10), Sources.semantic(data)), 10);
        Path csv = dir.resolve("top.csv");
        BatchScoring.Summary s = new BatchScoring(data.workspace(), scorer).run("by-id", Context.unknown(), 2, csv,
                p -> { }, CancelToken.none());
        assertEquals(2, s.shoppers());
        assertEquals(4, s.rows());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("user_id,rank,product_id,title,score,ctr", lines.get(0));
        assertEquals("u1,1,M1,coffee mug,4.0,", lines.get(1));
        try (var c = data.workspace().connect(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM recommendations WHERE model = 'by-id'")) {
            assertEquals(4, rs.getInt(1));
        }
    }
}
