package merchlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import merchlab.catalog.Product;
import merchlab.features.ShopCatalog;
import merchlab.model.Context;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import org.junit.jupiter.api.Test;

/** Models other than the ranker are explained by their history: leave-one-out, largest effect first. */
class ProductExplainerTest {
    /** Scores 0.1 per history entry, and 0.5 more when the shopper's history holds "P2". */
    private static final class CountingModel implements Recommender {
        @Override
        public String name() {
            return "counting";
        }

        @Override
        public String kind() {
            return "sequence";
        }

        @Override
        public double[] score(ScoringRequest request, List<String> candidates) {
            double s = 0.1 * request.history().size() + (request.history().contains("P2") ? 0.5 : 0);
            double[] out = new double[candidates.size()];
            java.util.Arrays.fill(out, s);
            return out;
        }
    }

    @Test
    void historyEntryThatRaisedTheScoreMostComesFirstWithAReason() {
        ShopCatalog catalog = new ShopCatalog(List.of(Product.of("P1", "one", "A", "Shoes", 10.0),
                Product.of("P2", "two", "A", "Shoes", 10.0), Product.of("P3", "three", "B", "Bags", 5.0),
                Product.of("P4", "four", "B", "Bags", 5.0)));
        ProductExplainer explainer = new ProductExplainer(new CountingModel(), catalog, null);
        assertFalse(explainer.attributesFeatures());
        ScoringRequest request = new ScoringRequest("U1", List.of("P1", "P2", "P3"), null, Context.unknown());
        ItemExplanation e = explainer.explain(request, "P4");
        assertFalse(e.hasAttributions());
        assertTrue(e.waterfall(false, 0).isEmpty());
        assertTrue(Double.isNaN(e.completenessError()));
        assertEquals(0.8, e.score(), 1e-12);
        assertEquals("P2", e.history().get(0).productId());
        assertEquals(0.6, e.history().get(0).effect(), 1e-12);
        assertEquals(3, e.history().size());
        assertTrue(e.reasons().get(0).contains("'two'"), e.reasons().toString());
    }
}
