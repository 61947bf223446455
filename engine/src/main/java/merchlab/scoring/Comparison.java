package merchlab.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import merchlab.features.ShopCatalog;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * One request's candidates scored by several models side by side: each product's score, predicted CTR and rank under
 * every model, so a screen can show a model's list beside a baseline's or another model's and mark what moved.
 *
 * @param models the compared models' names, in the order of each row's arrays
 * @param rows   every candidate, in order of discovery by the sources
 */
public record Comparison(List<String> models, List<Row> rows) {
    public Comparison {
        models = List.copyOf(models);
        rows = List.copyOf(rows);
    }

    /**
     * One candidate under every compared model.
     *
     * @param sources the candidate sources that proposed it
     * @param scores  its score under each model
     * @param ctrs    its predicted CTR under each model, null where the model predicts none
     * @param ranks   its rank (1 = first) among all candidates under each model
     */
    public record Row(String productId, String title, List<String> sources, double[] scores, Double[] ctrs,
                      int[] ranks) {
        public int rank(int model) {
            return ranks[model];
        }

        public double score(int model) {
            return scores[model];
        }

        public Double ctr(int model) {
            return ctrs[model];
        }
    }

    /**
     * Scores the scorer's candidates for {@code request} (at least {@code top} from each source) with each of
     * {@code models}, each ranked as the scorer orders its lists (for a search, behind its relevance gate). Ties keep
     * the order of discovery, as {@link ShopScorer} does.
     */
    public static Comparison of(ShopScorer scorer, ScoringRequest request, List<Recommender> models, int top) {
        ShopCatalog catalog = scorer.catalog();
        Map<String, List<String>> found = scorer.candidates(request, Math.max(scorer.perSource(), top));
        List<String> ids = new ArrayList<>(found.keySet());
        int n = ids.size();
        double[][] scores = new double[models.size()][];
        int[][] ranks = new int[models.size()][n];
        for (int m = 0; m < models.size(); m++) {
            double[] s = models.get(m).score(request, ids);
            scores[m] = s;
            List<Integer> order = scorer.order(ids, s);
            for (int r = 0; r < n; r++) {
                ranks[m][order.get(r)] = r + 1;
            }
        }
        List<Row> rows = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double[] s = new double[models.size()];
            Double[] c = new Double[models.size()];
            int[] r = new int[models.size()];
            for (int m = 0; m < models.size(); m++) {
                s[m] = scores[m][k];
                c[m] = models.get(m).predictsCtr() ? scores[m][k] : null;
                r[m] = ranks[m][k];
            }
            String id = ids.get(k);
            rows.add(new Row(id, catalog.title(catalog.indexOf(id)), List.copyOf(found.get(id)), s, c, r));
        }
        return new Comparison(models.stream().map(Recommender::name).toList(), rows);
    }

    /** The first {@code k} products under model {@code model}, best first. */
    public List<Row> top(int model, int k) {
        return rows.stream().sorted(Comparator.comparingInt(r -> r.rank(model))).limit(k).toList();
    }
}
