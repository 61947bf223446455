package merchlab.model.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.eval.protocol.ColdStartSplit;
import merchlab.eval.protocol.LeaveLastOut;
import merchlab.eval.protocol.ProtocolSplit;
import merchlab.eval.protocol.RandomSplit;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingListener;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.store.SavedModel;
import merchlab.text.ProductVectors;
import org.junit.jupiter.api.Test;

class SequenceModelTest {
    private static SavedModel train(ProtocolSplit split, ProductVectors text, int epochs, SequenceSettings s) {
        return new SequenceTrainer(s).train(split.training(), split.validation(), text, TinyShop.training(epochs),
                TrainingListener.NONE, CancelToken.none(), null);
    }

    @Test
    void learnsAPlantedSequentialPatternThatPopularityCannotSee() {
        InteractionLog log = TinyShop.chain(30, 240, 1);
        ProductVectors text = TinyShop.randomText(30, 8, 2);
        ProtocolSplit split = new LeaveLastOut().split(log);
        SavedModel model = train(split, text, 15, TinyShop.small());
        FullRankingEvaluation evaluation = new FullRankingEvaluation(text.productIds(), 1, 10);
        Map<String, Double> sequence;
        try (SequenceRecommender r = SequenceRecommender.open(model, text)) {
            sequence = evaluation.evaluate(r, split.test());
            List<ScoringRequest> requests = List.of(ScoringRequest.forShopper("a", List.of("p03", "p04")),
                    ScoringRequest.forShopper("b", List.of()), ScoringRequest.forShopper("c", List.of("p09")));
            List<String> some = List.of("p05", "nowhere", "p01", "p10");
            List<double[]> block = r.scoreAll(requests, List.of(text.productIds(), some, some));
            for (int i = 0; i < requests.size(); i++) {
                List<String> candidates = i == 0 ? text.productIds() : some;
                assertArrayEquals(r.score(requests.get(i), candidates), block.get(i), 1e-4,
                        "one matrix product scores a block as one shopper at a time does");
            }
        }
        Map<String, Double> popularity = evaluation.evaluate(new Popularity(split.training()), split.test());
        assertTrue(sequence.get("hit@1") > 0.8, "the next product of the chain comes first: " + sequence);
        assertTrue(sequence.get("ndcg@10") > popularity.get("ndcg@10") + 0.4, sequence + " vs " + popularity);
        assertEquals("next-product prediction, full softmax over 30 training products",
                model.settings().get("training"));
        assertTrue(model.metrics().get("ndcg@10") > 0.8, "validation figures are recorded: " + model.metrics());
        assertEquals("cpu", model.device());
    }

    @Test
    void maskedObjectiveLearnsEachShoppersTasteRegardlessOfOrder() {
        InteractionLog log = TinyShop.genres(240, 8);
        ProductVectors text = TinyShop.randomText(30, 8, 2);
        ProtocolSplit split = new RandomSplit(9).split(log);
        SequenceSettings masked = TinyShop.small().withObjective(SequenceSettings.MASKED, 0.3);
        SavedModel model = train(split, text, 15, masked);
        FullRankingEvaluation evaluation = new FullRankingEvaluation(text.productIds(), 5);
        Map<String, Double> sequence;
        try (SequenceRecommender r = SequenceRecommender.open(model, text)) {
            sequence = evaluation.evaluate(r, split.test());
        }
        Map<String, Double> popularity = evaluation.evaluate(new Popularity(split.training()), split.test());
        assertTrue(sequence.get("ndcg@5") > popularity.get("ndcg@5") + 0.3, sequence + " vs " + popularity);
        assertTrue(model.settings().get("training").toString().startsWith("masked-product prediction"));
    }

    @Test
    void sampledSoftmaxLearnsThePatternToo() {
        InteractionLog log = TinyShop.chain(30, 240, 1);
        ProductVectors text = TinyShop.randomText(30, 8, 2);
        ProtocolSplit split = new LeaveLastOut().split(log);
        SavedModel model = train(split, text, 15, TinyShop.small().withNegatives(10));
        try (SequenceRecommender r = SequenceRecommender.open(model, text)) {
            Map<String, Double> m = new FullRankingEvaluation(text.productIds(), 10).evaluate(r, split.test());
            assertTrue(m.get("ndcg@10") > 0.6, m.toString());
        }
        assertTrue(model.settings().get("training").toString().contains("sampled softmax, 10 negatives per batch drawn by popularity"));
    }

    @Test
    void popularityBiasAndNewOnlyTargetsLearnThePatternWithFullAndSampledSoftmax() {
        learnsTheChain("bias", TinyShop.small().withBias(true).withNewOnly(true),
                TinyShop.small().withBias(true).withNegatives(10));
    }

    @Test
    void theTextSkipLearnsThePatternWithFullAndSampledSoftmax() {
        learnsTheChain("textSkip", TinyShop.small().withTextSkip(true),
                TinyShop.small().withTextSkip(true).withNegatives(10));
    }

    /** Each of {@code settings} learns a planted chain and is stored with its {@code flag} on. */
    private static void learnsTheChain(String flag, SequenceSettings... settings) {
        ProtocolSplit split = new LeaveLastOut().split(TinyShop.chain(30, 240, 1));
        ProductVectors text = TinyShop.randomText(30, 8, 2);
        for (SequenceSettings s : settings) {
            SavedModel model = train(split, text, 15, s);
            try (SequenceRecommender r = SequenceRecommender.open(model, text)) {
                Map<String, Double> m = new FullRankingEvaluation(text.productIds(), 10).evaluate(r, split.test());
                assertTrue(m.get("ndcg@10") > 0.6, s + ": " + m);
            }
            assertEquals(true, model.settings().get(flag));
        }
    }

    @Test
    void sameSeedGivesTheSameModel() {
        ProtocolSplit split = new LeaveLastOut().split(TinyShop.chain(30, 80, 3));
        ProductVectors text = TinyShop.randomText(30, 8, 2);
        SavedModel a = train(split, text, 3, TinyShop.small());
        SavedModel b = train(split, text, 3, TinyShop.small());
        assertArrayEquals(a.parameters(), b.parameters());
        assertEquals(a.metrics().get("ndcg@10"), b.metrics().get("ndcg@10"));
        SavedModel c = new SequenceTrainer(TinyShop.small()).train(split.training(), split.validation(), text,
                TinyShop.training(3).withSeed(8), TrainingListener.NONE, CancelToken.none(), null);
        assertFalse(java.util.Arrays.equals(a.parameters(), c.parameters()));
    }

    @Test
    void productsNeverSeenInTrainingAreScoredByTheirText() {
        InteractionLog log = TinyShop.genres(300, 4);
        ProductVectors text = TinyShop.genreText(5);
        ColdStartSplit protocol = new ColdStartSplit(0.2, 6);
        List<String> cold = protocol.coldProducts(log);
        ProtocolSplit split = protocol.split(log);
        SavedModel model = train(split, text, 12, TinyShop.small().withRegularisation(0.1, 0.5, 0.0));
        int right = 0;
        try (SequenceRecommender r = SequenceRecommender.open(model, text)) {
            for (int genre = 0; genre < TinyShop.GENRES; genre++) {
                List<String> history = new ArrayList<>();
                for (int i = 0; i < TinyShop.PER_GENRE; i++) {
                    String p = TinyShop.product(genre * TinyShop.PER_GENRE + i);
                    if (!cold.contains(p) && history.size() < 4) {
                        history.add(p);
                    }
                }
                double[] scores = r.score(ScoringRequest.forShopper("new", history), cold);
                int best = 0;
                for (int i = 1; i < scores.length; i++) {
                    best = scores[i] > scores[best] ? i : best;
                }
                right += Integer.parseInt(cold.get(best).substring(1)) / TinyShop.PER_GENRE == genre ? 1 : 0;
            }
        }
        assertEquals(TinyShop.GENRES, right, "the top held-out product is of the shopper's genre " + cold);
        Map<String, Double> m;
        try (SequenceRecommender r = SequenceRecommender.open(model, text)) {
            m = new FullRankingEvaluation(cold, 3).evaluate(r, split.test());
        }
        Map<String, Double> popularity = new FullRankingEvaluation(cold, 3).evaluate(new Popularity(split.training()),
                split.test());
        assertTrue(m.get("ndcg@3") > popularity.get("ndcg@3") + 0.2, m + " vs " + popularity);
    }

    @Test
    void aShopperWithoutKnownHistoryGetsPopularProducts() {
        ProtocolSplit split = new LeaveLastOut().split(TinyShop.genres(60, 4));
        ProductVectors text = TinyShop.genreText(5);
        try (SequenceRecommender r = SequenceRecommender.open(train(split, text, 1, TinyShop.small()), text)) {
            double[] scores = r.score(ScoringRequest.forShopper(null, List.of("unknown")), List.of("p00", "zz"));
            assertEquals(Math.log1p(split.training().productCounts().get("p00")), scores[0], 1e-9);
            assertEquals(SequenceRecommender.UNKNOWN_PRODUCT, scores[1]);
        }
    }

    @Test
    void badDataEndsWithAClearMessage() {
        ProductVectors text = TinyShop.randomText(30, 8, 2);
        SequenceTrainer trainer = new SequenceTrainer(TinyShop.small());
        MerchLabException empty = assertThrows(MerchLabException.class, () -> trainer.train(
                InteractionLog.of(List.of()), List.of(), text, TinyShop.training(1), TrainingListener.NONE,
                CancelToken.none(), null));
        assertTrue(empty.getMessage().startsWith("no engagement events"), empty.getMessage());
        InteractionLog one = InteractionLog.of(List.of(new Interaction("u", "p01", 1), new Interaction("u", "p02", 2)));
        MerchLabException single = assertThrows(MerchLabException.class, () -> trainer.train(one, List.of(), text,
                TinyShop.training(1), TrainingListener.NONE, CancelToken.none(), null));
        assertTrue(single.getMessage().contains("at least 2 shoppers"), single.getMessage());
        float[] broken = text.matrix().clone();
        broken[17] = Float.NaN;
        ProductVectors nan = new ProductVectors("fake", 8, text.productIds(), broken);
        MerchLabException bad = assertThrows(MerchLabException.class, () -> trainer.train(
                TinyShop.chain(30, 20, 1), List.of(), nan, TinyShop.training(1), TrainingListener.NONE,
                CancelToken.none(), null));
        assertTrue(bad.getMessage().contains("NaN") && bad.getMessage().contains("p02"), bad.getMessage());
        MerchLabException diverged = assertThrows(MerchLabException.class, () -> trainer.train(
                TinyShop.chain(30, 20, 1), List.of(), text, TinyShop.training(2).withLearningRate(Double.NaN),
                TrainingListener.NONE, CancelToken.none(), null));
        assertTrue(diverged.getMessage().contains("lower the learning rate"), diverged.getMessage());
    }

    /** Scores products by training frequency. */
    private record Popularity(Map<String, Integer> counts) implements Recommender {
        Popularity(InteractionLog log) {
            this(log.productCounts());
        }

        @Override
        public String name() {
            return "popularity";
        }

        @Override
        public String kind() {
            return "popularity";
        }

        @Override
        public double[] score(ScoringRequest request, List<String> candidates) {
            return candidates.stream().mapToDouble(c -> counts.getOrDefault(c, 0)).toArray();
        }
    }
}
