package merchlab.model.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import merchlab.CancelToken;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.behaviour.RankingCase;
import merchlab.behaviour.InteractionLog;
import merchlab.features.ShopCatalog;
import merchlab.model.TrainingListener;

/**
 * Chooses the co-occurrence settings on validation ranking cases, by NDCG@10 over the whole catalog: first the window
 * and direction (each a fresh count), then the weighting, history length and recency for the best count. Settings
 * given by hand are kept; at most {@link #CASES} validation cases, a seeded sample, are ranked per setting.
 */
final class CooccurrenceSearch {
    static final int CASES = 5000;
    private static final int[] WINDOWS = {1, 2, 3, 5, 10};
    private static final int[] HISTORIES = {1, 2, 3, 5, 10, 20};
    private static final double[] RECENCIES = {1.0, 0.8, 0.6, 0.4};

    /** The best settings found and the validation NDCG@10 they reached. */
    record Choice(CooccurrenceSettings settings, Neighbours neighbours, double ndcg, int tried) {
    }

    private final InteractionLog log;
    private final ShopCatalog catalog;
    private final List<RankingCase> cases;
    private final FullRankingEvaluation evaluation;
    private final TrainingListener listener;
    private final CancelToken cancel;
    private int tried;

    CooccurrenceSearch(InteractionLog log, ShopCatalog catalog, List<RankingCase> validation, TrainingListener listener,
                       CancelToken cancel) {
        this.log = log;
        this.catalog = catalog;
        List<RankingCase> sample = new ArrayList<>(validation);
        if (sample.size() > CASES) {
            Collections.shuffle(sample, new Random(42));
            sample = sample.subList(0, CASES);
        }
        this.cases = sample;
        this.evaluation = new FullRankingEvaluation(catalog.ids(), 10);
        this.listener = listener;
        this.cancel = cancel;
    }

    /** Searches what {@code fixed} (options given by hand) leaves open, starting from {@code start}. */
    Choice run(CooccurrenceSettings start, Map<String, String> fixed) {
        Choice best = null;
        List<int[]> windows = new ArrayList<>();
        for (int w : fixed.containsKey("window") ? new int[] {start.window()} : WINDOWS) {
            if (!fixed.containsKey("direction")) {
                windows.add(new int[] {w, 0});
                windows.add(new int[] {w, 1});
            } else {
                windows.add(new int[] {w, start.forward() ? 1 : 0});
            }
        }
        for (int[] w : windows) {
            CooccurrenceSettings s = start.withWindow(w[0], w[1] == 1);
            Neighbours n = Neighbours.fit(log, catalog, s, cancel);
            best = better(best, s, n);
        }
        Neighbours counted = best.neighbours();
        CooccurrenceSettings base = best.settings();
        boolean[] weightings = fixed.containsKey("weighting") ? new boolean[] {base.cosine()} : new boolean[] {true, false};
        for (boolean cosine : weightings) {
            Neighbours n = cosine == base.cosine() ? counted
                    : Neighbours.fit(log, catalog, base.withScoring(cosine, base.history(), base.recency()), cancel);
            for (int h : fixed.containsKey("history") ? new int[] {base.history()} : HISTORIES) {
                for (double r : fixed.containsKey("recency") ? new double[] {base.recency()} : RECENCIES) {
                    if (h == 1 && r != RECENCIES[0]) {
                        continue;
                    }
                    best = better(best, base.withScoring(cosine, h, r), n);
                }
            }
        }
        return new Choice(best.settings(), best.neighbours(), best.ndcg(), tried);
    }

    private Choice better(Choice best, CooccurrenceSettings s, Neighbours n) {
        cancel.check();
        double ndcg = evaluation.evaluate(new CooccurrenceModel("validation", catalog, s, n), cases, cancel)
                .get("ndcg@10");
        tried++;
        listener.message(String.format("co-occurrence %s: validation NDCG@10 %.4f", s.toMap(), ndcg));
        return best == null || ndcg > best.ndcg() ? new Choice(s, n, ndcg, tried) : best;
    }
}
