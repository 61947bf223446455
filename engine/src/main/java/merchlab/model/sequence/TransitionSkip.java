package merchlab.model.sequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.behaviour.RankingCase;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.model.TrainingListener;

/**
 * The sequence recommender with its transition skip: every score adds {@code weight} times the score of a tuned
 * co-occurrence model of the same training log, the products that followed the shopper's recent products. The counts
 * are fitted beside the network, as the text skip's similarity is, and the weight is chosen on validation
 * ({@link #chooseWeight}); 0 leaves the network alone. Validation also decides whether the shopper's own products
 * (the history) keep their scores or go last: a log whose shoppers rarely engage with a product twice (a purchase log
 * of durable goods) says to put them last, one with repeat purchases (groceries, re-reads) says to keep them. Not
 * thread-safe; closes both parts.
 */
final class TransitionSkip implements Recommender {
    /** Validation cases ranked per weight tried, at most: a seeded sample. */
    static final int CASES = 5000;
    /** Weights tried, as multiples of the ratio of the network's score spread to the transitions'. */
    private static final double[] MULTIPLES = {0, 0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 32};

    /** The score that puts a product below every scored one. */
    static final double LAST = -1e9;

    private final Recommender network;
    private final Recommender transitions;
    private final double weight;
    private final boolean repeats;

    /** @param repeats whether the shopper's own products keep their scores; false puts them last */
    TransitionSkip(Recommender network, Recommender transitions, double weight, boolean repeats) {
        this.network = network;
        this.transitions = transitions;
        this.weight = weight;
        this.repeats = repeats;
    }

    @Override
    public String name() {
        return network.name();
    }

    @Override
    public String kind() {
        return network.kind();
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        return scoreAll(List.of(request), List.of(candidates)).get(0);
    }

    @Override
    public List<double[]> scoreAll(List<ScoringRequest> requests, List<List<String>> candidates) {
        List<double[]> out = network.scoreAll(requests, candidates);
        List<double[]> skip = transitions.scoreAll(requests, candidates);
        for (int i = 0; i < out.size(); i++) {
            double[] row = out.get(i);
            double[] add = skip.get(i);
            for (int c = 0; c < row.length; c++) {
                row[c] += weight * add[c];
            }
            if (!repeats) {
                Set<String> own = new HashSet<>(requests.get(i).history());
                List<String> products = candidates.get(i);
                for (int c = 0; c < row.length; c++) {
                    if (own.contains(products.get(c))) {
                        row[c] = LAST;
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        network.close();
        transitions.close();
    }

    /**
     * The chosen weight and repeat rule and the validation NDCG@10 they reached, beside the network's alone.
     *
     * @param repeats whether the shopper's own products keep their scores
     */
    record Choice(double weight, boolean repeats, double ndcg, double networkNdcg) {
    }

    /**
     * Chooses the weight on validation cases by NDCG@10 over {@code catalog}. The weights tried are multiples of the
     * ratio of the two parts' score spreads (top score minus the row's mean, averaged over 200 shoppers), so the search
     * does not depend on either part's scale.
     */
    static Choice chooseWeight(Recommender network, Recommender transitions, List<RankingCase> validation,
                               List<String> catalog, TrainingListener listener, CancelToken cancel) {
        List<RankingCase> cases = new ArrayList<>(validation);
        if (cases.size() > CASES) {
            Collections.shuffle(cases, new Random(42));
            cases = cases.subList(0, CASES);
        }
        List<ScoringRequest> probe = cases.subList(0, Math.min(200, cases.size())).stream()
                .map(c -> ScoringRequest.forShopper(c.userId(), c.history())).toList();
        List<List<String>> lists = Collections.nCopies(probe.size(), catalog);
        double ratio = spread(network.scoreAll(probe, lists)) / Math.max(1e-12, spread(transitions.scoreAll(probe, lists)));
        FullRankingEvaluation evaluation = new FullRankingEvaluation(catalog, 10);
        Choice best = null;
        double alone = Double.NaN;
        for (double multiple : MULTIPLES) {
            cancel.check();
            double w = multiple * ratio;
            double ndcg = evaluation.evaluate(new TransitionSkip(network, transitions, w, true), cases, cancel)
                    .get("ndcg@10");
            alone = multiple == 0 ? ndcg : alone;
            listener.message(String.format(Locale.ROOT, "transition skip weight %.4g: validation NDCG@10 %.4f", w, ndcg));
            if (best == null || ndcg > best.ndcg()) {
                best = new Choice(w, true, ndcg, alone);
            }
        }
        cancel.check();
        double withoutRepeats = evaluation.evaluate(new TransitionSkip(network, transitions, best.weight(), false),
                cases, cancel).get("ndcg@10");
        listener.message(String.format(Locale.ROOT, "the shopper's own products put last: validation NDCG@10 %.4f",
                withoutRepeats));
        boolean repeats = !(withoutRepeats > best.ndcg());
        return new Choice(best.weight(), repeats, repeats ? best.ndcg() : withoutRepeats, alone);
    }

    /** Top score minus the mean score, averaged over the rows that have a finite spread. */
    private static double spread(List<double[]> rows) {
        double sum = 0;
        int n = 0;
        for (double[] row : rows) {
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            int m = 0;
            for (double v : row) {
                if (v > -1e8) { // leaves out products without a score (the network's UNKNOWN_PRODUCT)
                    max = Math.max(max, v);
                    mean += v;
                    m++;
                }
            }
            if (m > 0 && max - mean / m > 0) {
                sum += max - mean / m;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
