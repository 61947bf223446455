package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.model.TrainingSettings;
import org.junit.jupiter.api.Test;

class LogShapeTest {
    /** {@code shoppers} shoppers who each engage with {@code history} products out of {@code products}. */
    private static InteractionLog log(int shoppers, int history, int products) {
        List<Interaction> all = new ArrayList<>();
        for (int u = 0; u < shoppers; u++) {
            for (int s = 0; s < history; s++) {
                all.add(new Interaction("u" + u, "p" + ((u * 7 + s) % products), 1000L * s));
            }
        }
        return InteractionLog.of(all);
    }

    @Test
    void countsDistinctPairsAndTheMedianHistory() {
        List<Interaction> all = new ArrayList<>(List.of(new Interaction("a", "p1", 1), new Interaction("a", "p1", 2),
                new Interaction("a", "p2", 3), new Interaction("b", "p2", 1), new Interaction("c", "p3", 1),
                new Interaction("c", "p4", 2), new Interaction("c", "p5", 3)));
        LogShape shape = LogShape.of(InteractionLog.of(all));
        assertEquals(5, shape.products());
        assertEquals(6, shape.pairs(), "a repeat of p1 by the same shopper is one pair");
        assertEquals(2, shape.medianHistory());
        assertEquals(1.2, shape.shoppersPerProduct(), 1e-9);
    }

    @Test
    void sparseShortLogsTrainTheTextPathOnTheLastProducts() {
        LogShape sparse = LogShape.of(log(40, 6, 200));
        assertFalse(sparse.supportsIds(), "1.2 shoppers per product");
        assertFalse(sparse.supportsAttention(), "median history 6");
        SequenceSettings fitted = SequenceSettings.defaults().fittedTo(sparse);
        assertFalse(fitted.idEmbedding());
        assertEquals(0, fitted.layers());
        assertEquals(10, fitted.maxHistory());
        assertTrue(fitted.textSkip(), "without id vectors the text similarity goes around the adapter");
        assertTrue(fitted.withOptions(Map.of("id", "true", "layers", "2")).idEmbedding(), "options still override");
    }

    @Test
    void denseLongLogsReadTheirWholeHistoryWithOneLayerAndNoDropout() {
        LogShape dense = LogShape.of(log(100, 40, 50));
        assertTrue(dense.supportsIds());
        assertTrue(dense.supportsAttention());
        SequenceSettings fitted = SequenceSettings.defaults().fittedTo(dense);
        assertTrue(fitted.idEmbedding());
        assertEquals(1, fitted.layers());
        assertEquals(160, fitted.maxHistory(), "four times the median history of 40");
        assertEquals(0, fitted.dropout());
        assertEquals(0, fitted.idDropout());
        assertEquals(200, SequenceSettings.defaults().fittedTo(LogShape.of(log(10, 90, 100))).maxHistory(), "at most");
        assertEquals(64, SequenceSettings.defaults().fittedTo(LogShape.of(log(10, 16, 100))).maxHistory());
    }

    @Test
    void theLogChoosesHowLongToTrainOnlyWhereNoLengthWasAskedFor() {
        TrainingSettings automatic = TrainingSettings.defaults();
        TrainingSettings shortLog = LogShape.of(log(40, 6, 200)).training(automatic);
        assertEquals(LogShape.SHORT_EPOCHS, shortLog.epochs());
        assertEquals(LogShape.SHORT_PATIENCE, shortLog.patience());
        TrainingSettings longLog = LogShape.of(log(100, 40, 50)).training(automatic);
        assertEquals(LogShape.LONG_EPOCHS, longLog.epochs());
        assertEquals(LogShape.LONG_PATIENCE, longLog.patience());
        TrainingSettings asked = LogShape.of(log(100, 40, 50)).training(automatic.withEpochs(7).withPatience(1));
        assertEquals(7, asked.epochs());
        assertEquals(1, asked.patience());
    }

    @Test
    void theAutomaticBatchingGivesSmallLogsAsManyStepsPerEpochAsLargeOnes() {
        assertEquals(new Batching(64, 1), Batching.of(64, 100), "a batch size asked for is kept");
        assertEquals(new Batching(Batching.MIN_BATCH, 2), Batching.of(0, 640), "20 steps a pass, two passes");
        assertEquals(new Batching(Batching.MIN_BATCH, 40), Batching.of(0, 10));
        assertEquals(new Batching(50, 1), Batching.of(0, 2000));
        assertEquals(new Batching(Batching.MAX_BATCH, 1), Batching.of(0, 1_000_000));
    }
}
