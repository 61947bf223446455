package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import merchlab.text.ProductVectors;
import org.junit.jupiter.api.Test;

class SequenceScorerTest {
    private static final ProductVectors TEXT = TinyShop.randomText(30, 8, 2);

    @Test
    void theTextSkipAddsTheWeightedTextSimilarityToTheMostRecentProduct() {
        try (NDManager manager = NDManager.newBaseManager();
             SequenceNetwork network = SequenceNetwork.create(manager, 8, new int[31],
                     TinyShop.small().withTextSkip(true), 1);
             SequenceScorer scorer = new SequenceScorer(network, TEXT, Map.of(), new int[31])) {
            assertTrue(network.hasTextSkip());
            int dimension = network.dimension();
            float[] shopper = scorer.shoppers(List.of(List.of(TinyShop.product(1), TinyShop.product(5)))).get(0);
            assertEquals(dimension + 8, shopper.length);
            float[] recent = TEXT.vector(TEXT.row(TinyShop.product(5)).orElseThrow());
            float[] adapterOnly = Arrays.copyOf(shopper, dimension);
            for (int row = 0; row < TEXT.size(); row++) {
                double likeness = 0;
                for (int j = 0; j < 8; j++) {
                    likeness += recent[j] * TEXT.vector(row)[j];
                }
                assertEquals(scorer.score(adapterOnly, row) + SequenceNetwork.TEXT_SCALE * likeness,
                        scorer.score(shopper, row), 1e-3);
            }
        }
    }

    @Test
    void withoutTheSkipOrWithTheMaskedObjectiveTheShopperVectorIsTheEncodersOutput() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (SequenceSettings s : List.of(TinyShop.small(),
                    TinyShop.small().withTextSkip(true).withObjective(SequenceSettings.MASKED, 0.2))) {
                try (SequenceNetwork network = SequenceNetwork.create(manager, 8, new int[31], s, 1);
                     SequenceScorer scorer = new SequenceScorer(network, TEXT, Map.of(), new int[31])) {
                    assertFalse(network.hasTextSkip(), s.toString());
                    assertEquals(network.dimension(),
                            scorer.shoppers(List.of(List.of(TinyShop.product(3)))).get(0).length);
                }
            }
        }
    }
}
