package merchlab.model.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.metric.RankingAccumulator;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.behaviour.RankingCase;

/**
 * Evaluates any recommender on ranking cases by full ranking: every catalog product outside a case's excluded set is
 * scored, and the top of the list is judged against the case's relevant products.
 *
 * <p>Shoppers are scored in blocks, one {@link Recommender#scoreAll} call per block with the same catalog list for
 * every shopper, so a model can score a block with matrix products; the top of each row is then picked on all cores,
 * passing over the excluded products by their catalog positions. Equal scores keep catalog order, so a recommender
 * that cannot tell products apart gets a fixed, arbitrary ranking. A NaN score ranks last. Metrics are {@code ndcg},
 * {@code recall}, {@code mrr}, {@code hit}, {@code precision} and {@code coverage} at each cut-off (5, 10 and 20
 * unless told otherwise), averaged over the cases.
 */
public final class FullRankingEvaluation {
    /** The cut-offs reported unless others are asked for. */
    public static final int[] CUTOFFS = {5, 10, 20};
    /** About how many scores one block holds: 4 million doubles, 32 MB. */
    private static final int BLOCK_SCORES = 4_000_000;

    private final List<String> catalog;
    private final Map<String, Integer> position;
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
        this.position = new HashMap<>(this.catalog.size() * 2);
        for (int i = 0; i < this.catalog.size(); i++) {
            position.putIfAbsent(this.catalog.get(i), i);
        }
        this.cutoffs = cutoffs.clone();
        this.depth = Arrays.stream(cutoffs).max().orElseThrow();
    }

    /** The products ranked, in tie-breaking order. */
    public List<String> catalog() {
        return catalog;
    }

    public Map<String, Double> evaluate(Recommender recommender, List<RankingCase> cases) {
        return evaluate(recommender, cases, CancelToken.none());
    }

    /** Averaged metrics over {@code cases}; cancelled between blocks. */
    public Map<String, Double> evaluate(Recommender recommender, List<RankingCase> cases, CancelToken cancel) {
        return measure(recommender, cases, cancel).metrics();
    }

    /**
     * Averaged metrics and each case's NDCG@10, in case order: the units a paired comparison between models uses.
     */
    public record Measured(Map<String, Double> metrics, double[] ndcgPerCase) {
    }

    /** Like {@link #evaluate(Recommender, List, CancelToken)}, keeping each case's NDCG@10. */
    public Measured measure(Recommender recommender, List<RankingCase> cases, CancelToken cancel) {
        RankingAccumulator accumulator = new RankingAccumulator(catalog.size(), cutoffs);
        int block = Math.max(1, Math.min(1024, BLOCK_SCORES / Math.max(1, catalog.size())));
        for (int start = 0; start < cases.size(); start += block) {
            cancel.check();
            List<RankingCase> part = cases.subList(start, Math.min(cases.size(), start + block));
            List<List<String>> ranked = rank(recommender, part);
            for (int r = 0; r < part.size(); r++) {
                accumulator.add(ranked.get(r), part.get(r).relevant());
            }
        }
        int cutoff = Arrays.stream(cutoffs).anyMatch(c -> c == 10) ? 10 : cutoffs[0];
        return new Measured(accumulator.result(), accumulator.ndcgPerList(cutoff));
    }

    /**
     * The top of the ranking of one case, as deep as the largest cut-off. The recommender scores the whole catalog,
     * always the same list (so it can keep its own lookups for it), and the case's excluded products are passed over.
     */
    public List<String> rank(Recommender recommender, RankingCase c) {
        return rank(recommender, List.of(c)).get(0);
    }

    /** The tops of the rankings of a block of cases, scored in one call. */
    public List<List<String>> rank(Recommender recommender, List<RankingCase> cases) {
        List<ScoringRequest> requests = new ArrayList<>(cases.size());
        for (RankingCase c : cases) {
            requests.add(ScoringRequest.forShopper(c.userId(), c.history()));
        }
        List<double[]> scores = recommender.scoreAll(requests, Collections.nCopies(cases.size(), catalog));
        for (double[] row : scores) {
            if (row.length != catalog.size()) {
                throw new MerchLabException(recommender.name() + " returned " + row.length + " scores for "
                        + catalog.size() + " products");
            }
        }
        List<List<String>> out = new ArrayList<>(Collections.nCopies(cases.size(), null));
        IntStream.range(0, cases.size()).parallel().forEach(r -> out.set(r, top(scores.get(r), cases.get(r))));
        return out;
    }

    private List<String> top(double[] scores, RankingCase c) {
        int[] skip = c.excluded().stream().map(position::get).filter(p -> p != null).mapToInt(Integer::intValue)
                .sorted().toArray();
        List<String> ranked = new ArrayList<>(depth);
        for (int i : TopScores.indices(scores, depth, skip)) {
            ranked.add(catalog.get(i));
        }
        return ranked;
    }
}
