package merchlab.eval.temporal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.CancelToken;
import merchlab.metric.Auc;
import merchlab.metric.ClickMetrics;
import merchlab.metric.RankingAccumulator;
import merchlab.model.ClickModel;
import merchlab.model.ClickModel.ShownList;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Scores a model on the test period's result lists.
 *
 * <p>Click prediction ({@code auc}, and {@code logloss}, {@code ece} for models that predict CTR): every shown
 * product against whether it was clicked, with models that know position bias predicting at the position shown.
 * Ranking ({@code ndcg@k}, {@code mrr@k}, {@code recall@k}, {@code hit@k}, {@code precision@k}, {@code coverage@k}):
 * each list with a click re-ranked by the model's position-free score, the clicked products relevant; ties are broken
 * by a fixed hash of the product id, never by the shown order.
 */
public final class ClickEvaluation {
    /** Cut-offs of the ranking metrics. */
    public static final int[] CUTOFFS = {5, 10};
    private static final int CHUNK = 1000;

    private final TestLists test;
    private final int catalogSize;

    public ClickEvaluation(TestLists test, int catalogSize) {
        this.test = test;
        this.catalogSize = catalogSize;
    }

    /**
     * One model's metrics and its NDCG@10 per test list with a click, in list order: the units a paired comparison
     * between models uses.
     */
    public record Measured(Map<String, Double> metrics, double[] ndcgPerList) {
    }

    /** The metrics of one model. */
    public Map<String, Double> evaluate(Recommender model, CancelToken cancel) {
        return measure(model, cancel).metrics();
    }

    /** The metrics of one model, with its per-list NDCG@10. */
    public Measured measure(Recommender model, CancelToken cancel) {
        List<double[]> scores = new ArrayList<>(test.size());
        List<double[]> clicks = model instanceof ClickModel ? new ArrayList<>(test.size()) : null;
        for (int start = 0; start < test.size(); start += CHUNK) {
            cancel.check();
            List<ShownList> chunk = test.lists().subList(start, Math.min(test.size(), start + CHUNK));
            List<ScoringRequest> requests = chunk.stream().map(ShownList::request).toList();
            List<List<String>> products = chunk.stream().map(ShownList::products).toList();
            scores.addAll(model.scoreAll(requests, products));
            if (clicks != null) {
                clicks.addAll(((ClickModel) model).clickProbabilities(chunk));
            }
        }
        return measured(scores, clicks != null ? clicks : model.predictsCtr() ? scores : null);
    }

    /** The metrics of the true click probabilities (generated logs only). */
    public Map<String, Double> oracle() {
        List<double[]> truth = new ArrayList<>(test.size());
        for (float[] t : test.trueCtr()) {
            double[] d = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                d[i] = t[i];
            }
            truth.add(d);
        }
        return measured(truth, truth).metrics();
    }

    private Measured measured(List<double[]> scores, List<double[]> probabilities) {
        int n = (int) test.impressions();
        boolean[] labels = new boolean[n];
        double[] flatScores = new double[n];
        double[] flatProbabilities = probabilities == null ? null : new double[n];
        int at = 0;
        for (int l = 0; l < test.size(); l++) {
            boolean[] c = test.clicked().get(l);
            for (int i = 0; i < c.length; i++, at++) {
                labels[at] = c[i];
                flatScores[at] = scores.get(l)[i];
                if (flatProbabilities != null) {
                    flatProbabilities[at] = probabilities.get(l)[i];
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (flatProbabilities != null) {
            out.putAll(ClickMetrics.of(flatProbabilities, labels));
        } else {
            out.put("auc", Auc.of(flatScores, labels));
        }
        RankingAccumulator ranking = ranking(scores);
        out.putAll(ranking.result());
        out.put("test_lists", (double) test.size());
        out.put("test_impressions", (double) n);
        return new Measured(out, ranking.ndcgPerList(10));
    }

    private RankingAccumulator ranking(List<double[]> scores) {
        RankingAccumulator acc = new RankingAccumulator(catalogSize, CUTOFFS);
        for (int l = 0; l < test.size(); l++) {
            boolean[] c = test.clicked().get(l);
            List<String> products = test.lists().get(l).products();
            Set<String> relevant = new HashSet<>();
            for (int i = 0; i < c.length; i++) {
                if (c[i]) {
                    relevant.add(products.get(i));
                }
            }
            if (relevant.isEmpty()) {
                continue;
            }
            double[] s = scores.get(l);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < s.length; i++) {
                order.add(i);
            }
            order.sort((a, b) -> s[a] != s[b] ? Double.compare(s[b], s[a])
                    : Integer.compare(tieBreak(products.get(a)), tieBreak(products.get(b))));
            acc.add(order.stream().map(products::get).toList(), relevant);
        }
        return acc;
    }

    private static int tieBreak(String productId) {
        int h = productId.hashCode() * 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
