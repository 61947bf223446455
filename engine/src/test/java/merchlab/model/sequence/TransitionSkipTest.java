package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.behaviour.RankingCase;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingListener;
import org.junit.jupiter.api.Test;

/** The transition skip adds weighted co-occurrence scores to the network's, with the weight chosen on validation. */
class TransitionSkipTest {
    private static final List<String> CATALOG = List.of("a", "b", "c", "d");

    /** Scores fixed per product, whatever the shopper. */
    private static Recommender fixed(Map<String, Double> scores) {
        return new Recommender() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public String kind() {
                return "sequence";
            }

            @Override
            public double[] score(ScoringRequest request, List<String> candidates) {
                return candidates.stream().mapToDouble(id -> scores.getOrDefault(id, 0.0)).toArray();
            }
        };
    }

    private final Recommender network = fixed(Map.of("a", 4.0, "b", 3.0, "c", 2.0, "d", 1.0));

    @Test
    void addsTheWeightedTransitionScores() {
        Recommender skip = new TransitionSkip(network, fixed(Map.of("c", 1.0, "d", 0.5)), 3, true);
        assertArrayEquals(new double[] {4, 3, 5, 2.5}, skip.score(ScoringRequest.forShopper("u", List.of()), CATALOG));
    }

    @Test
    void validationGivesTransitionsWeightOnlyWhereTheyFindTheTargets() {
        List<RankingCase> wantC = List.of(new RankingCase("u", List.of("d"), Set.of("d"), Set.of("c")));
        // spreads: network 4 - 2.5 = 1.5, transitions 1 - 0.25 = 0.75: weights are multiples of 2
        TransitionSkip.Choice helpful = TransitionSkip.chooseWeight(network, fixed(Map.of("c", 1.0)), wantC, CATALOG,
                TrainingListener.NONE, CancelToken.none());
        assertEquals(4.0, helpful.weight(), 1e-12); // 0.125..1 times 2 leave a or b first; 2 times 2 puts c (6) first
        assertEquals(1.0, helpful.ndcg(), 1e-12);
        assertEquals(1 / (Math.log(4) / Math.log(2)), helpful.networkNdcg(), 1e-12); // c third for the network
        List<RankingCase> wantA = List.of(new RankingCase("u", List.of(), Set.of(), Set.of("a")));
        TransitionSkip.Choice misleading = TransitionSkip.chooseWeight(network, fixed(Map.of("c", 1.0)), wantA,
                CATALOG, TrainingListener.NONE, CancelToken.none());
        assertEquals(0.0, misleading.weight(), 0.0);
        assertTrue(helpful.repeats() && misleading.repeats(), "nothing says to put the shopper's products last");
    }

    @Test
    void validationPutsTheShoppersOwnProductsLastWhenTheyAreNeverEngagedWithAgain() {
        // the shopper has a and b; the next product is c; the network ranks a and b above it
        List<RankingCase> next = List.of(new RankingCase("u", List.of("a", "b"), Set.of(), Set.of("c")));
        TransitionSkip.Choice choice = TransitionSkip.chooseWeight(network, fixed(Map.of()), next, CATALOG,
                TrainingListener.NONE, CancelToken.none());
        assertFalse(choice.repeats());
        assertEquals(1.0, choice.ndcg(), 1e-12);
        double[] scores = new TransitionSkip(network, fixed(Map.of()), 0, false)
                .score(ScoringRequest.forShopper("u", List.of("a", "b")), CATALOG);
        assertArrayEquals(new double[] {TransitionSkip.LAST, TransitionSkip.LAST, 2, 1}, scores);
        // a shopper who comes back to a product keeps it
        List<RankingCase> again = List.of(new RankingCase("u", List.of("a", "b"), Set.of(), Set.of("a")));
        assertTrue(TransitionSkip.chooseWeight(network, fixed(Map.of()), again, CATALOG, TrainingListener.NONE,
                CancelToken.none()).repeats());
    }

    @Test
    void aModelFileKeepsTheNetworkAndTheTransitionsApart() {
        byte[] stored = SequenceModelFile.withTransitions(new byte[] {1, 2, 3}, new byte[] {9, 8});
        assertArrayEquals(new byte[] {9, 8}, SequenceModelFile.transitions(stored));
        assertNull(SequenceModelFile.transitions(new byte[] {0, 3, 'a', 'b', 'c'}));
    }
}
