package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.metric.RankingAccumulator;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Evaluates any recommender on ranking cases by full ranking: every catalog product outside a case's excluded set is
 * scored, and the top of the list is judged against the case's relevant products.
 *
 * <p>Equal scores keep catalog order, so a recommender that cannot tell products apart gets a fixed, arbitrary ranking.
 * A NaN score ranks last. Metrics are {@code ndcg}, {@code recall}, {@code mrr}, {@code hit}, {@code precision} and
 * {@code coverage} at each cut-off (5, 10 and 20 unless told otherwise), averaged over the cases.
 */
public final class FullRankingEvaluation {
    /** The cut-offs reported unless others are asked for. */
    public static final int[] CUTOFFS = {5, 10, 20};

    private final List<String> catalog;
    private final int[] cutoffs;
    private final int depth;

    /** Ranks over {@code catalog} at cut-offs 5, 10 and 20. */
    public FullRankingEvaluation(List<String> catalog) {
        this(catalog, CUTOFFS);
    }

    public FullRankingEvaluation(List<String> catalog, int... cutoffs) {
        if (cutoffs.length == 0) {
            throw new IllegalArgumentException("at least one cut-off");
        }
        this.catalog = List.copyOf(catalog);
        this.cutoffs = cutoffs.clone();
        int max = 0;
        for (int k : cutoffs) {
            max = Math.max(max, k);
        }
        this.depth = max;
    }

    /** The products ranked, in tie-breaking order. */
    public List<String> catalog() {
        return catalog;
    }

    public Map<String, Double> evaluate(Recommender recommender, List<RankingCase> cases) {
        return evaluate(recommender, cases, CancelToken.none());
    }

    /** Averaged metrics over {@code cases}; cancelled between cases. */
    public Map<String, Double> evaluate(Recommender recommender, List<RankingCase> cases, CancelToken cancel) {
        RankingAccumulator accumulator = new RankingAccumulator(catalog.size(), cutoffs);
        for (RankingCase c : cases) {
            cancel.check();
            accumulator.add(rank(recommender, c), c.relevant());
        }
        return accumulator.result();
    }

    /**
     * The top of the ranking of one case, as deep as the largest cut-off. The recommender scores the whole catalog,
     * always the same list (so it can keep its own lookups for it), and the case's excluded products are then passed
     * over.
     */
    public List<String> rank(Recommender recommender, RankingCase c) {
        double[] scores = recommender.score(ScoringRequest.forShopper(c.userId(), c.history()), catalog);
        if (scores.length != catalog.size()) {
            throw new MerchLabException(recommender.name() + " returned " + scores.length + " scores for "
                    + catalog.size() + " products");
        }
        List<String> ranked = new ArrayList<>(depth);
        for (int i : TopK.indices(scores, depth + c.excluded().size())) {
            String id = catalog.get(i);
            if (!c.excluded().contains(id) && ranked.size() < depth) {
                ranked.add(id);
            }
        }
        return ranked;
    }
}
