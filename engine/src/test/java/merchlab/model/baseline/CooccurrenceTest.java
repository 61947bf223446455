package merchlab.model.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.behaviour.RankingCase;
import merchlab.features.ShopData;
import merchlab.fixtures.TestShop;
import merchlab.model.DataWindow;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.store.SavedModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Co-occurrence counted by window and direction, weighted by hand-computed counts, and chosen on validation. */
class CooccurrenceTest {
    @TempDir
    Path dir;
    ShopData data;

    @BeforeEach
    void shop() {
        TestShop f = new TestShop(dir.resolve("shop.db"));
        for (String id : List.of("A", "B", "C", "D")) {
            f.product(id, "product " + id, "acme", "Things", 10);
        }
        long t = TestShop.T0;
        // three shoppers buy A then B; one buys B then C, one C then D then A
        for (int u = 0; u < 3; u++) {
            f.event(t + u * 100, "s" + u, "purchase", "A", null, null, "mobile", null);
            f.event(t + u * 100 + 1, "s" + u, "purchase", "B", null, null, "mobile", null);
        }
        f.event(t + 1000, "t", "purchase", "B", null, null, "mobile", null);
        f.event(t + 1001, "t", "purchase", "C", null, null, "mobile", null);
        f.event(t + 2000, "v", "purchase", "C", null, null, "mobile", null);
        f.event(t + 2001, "v", "purchase", "D", null, null, "mobile", null);
        f.event(t + 2002, "v", "purchase", "A", null, null, "mobile", null);
        data = new ShopData(f.workspace(), f::encoder);
    }

    private SavedModel train(Map<String, String> options, List<RankingCase> validation) {
        return new CooccurrenceKind().train(new TrainingJob(data, "cooccurrence", null, null, DataWindow.all(),
                options, null, false), validation, TrainingListener.NONE, CancelToken.none());
    }

    private double[] score(SavedModel m, String... history) {
        return new CooccurrenceKind().open(m, data).score(ScoringRequest.forShopper("x", List.of(history)),
                List.of("A", "B", "C", "D"));
    }

    @Test
    void countsForwardPairsWithinTheWindow() {
        // popularity A 4, B 4, C 2, D 1: the tie-break is 1e-6 * count / 4
        SavedModel forward = train(Map.of("weighting", "count", "direction", "forward", "window", "1"), List.of());
        double[] afterA = score(forward, "A");
        assertEquals(1e-6, afterA[0], 1e-12);
        assertEquals(3 + 1e-6, afterA[1], 1e-9); // A -> B three times
        assertEquals(0.5e-6, afterA[2], 1e-12);
        double[] afterC = score(forward, "C");
        assertEquals(1 + 0.25e-6, afterC[3], 1e-9); // C -> D; D -> A is beyond the window of C
        assertEquals(1e-6, afterC[0], 1e-12);
        SavedModel wider = train(Map.of("weighting", "count", "direction", "forward", "window", "2"), List.of());
        assertEquals(1 + 1e-6, score(wider, "C")[0], 1e-9); // C .. A within two steps
    }

    @Test
    void bothWaysWithCosineAndRecencyWeightedHistory() {
        SavedModel both = train(Map.of("window", "1", "history", "2", "recency", "0.5"), List.of());
        double[] s = score(both, "C", "B");
        // weights are floats, hence the 1e-7; newest B: A 3/sqrt(4*4), C 1/sqrt(4*2); then C at half weight: B 1/sqrt(2*4), D 1/sqrt(2*1)
        assertEquals(0.75 + 1e-6, s[0], 1e-7);
        assertEquals(0.5 / Math.sqrt(8) + 1e-6, s[1], 1e-7);
        assertEquals(1 / Math.sqrt(8) + 0.5e-6, s[2], 1e-7);
        assertEquals(0.5 / Math.sqrt(2) + 0.25e-6, s[3], 1e-7);
    }

    @Test
    void validationChoosesTheDirectionThatFindsTheTargets() {
        // after B the shoppers went on to C, never back to A: only the forward count ranks C first
        List<RankingCase> validation = List.of(new RankingCase("w", List.of("B"), Set.of("B"), Set.of("C")));
        SavedModel chosen = train(Map.of("window", "1", "weighting", "count", "history", "1"), validation);
        assertEquals("forward", chosen.settings().get("direction"));
        assertEquals(1.0, chosen.metrics().get("validation_ndcg@10"), 1e-12);
        assertEquals("both", train(Map.of("window", "1"), List.of()).settings().get("direction"));
    }
}
