package merchlab.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.search.Candidate;

/**
 * Orders a list from a model's scores without letting personalisation wreck a search's relevance. For a search, the
 * retriever keeps two holds on the order: its best {@code strongMatches} candidates form a tier that always comes
 * before the rest (a weak match is never lifted above a strong one), and within a tier the order fuses the retriever's
 * rank with the model's by weighted reciprocal rank ({@code retrievalWeight / (k + retrieval rank) + 1 / (k + model
 * rank)}), so the model moves products within what matches the query instead of overruling it. For recommendations
 * ({@link #NONE}) the model's score alone orders the list.
 */
public final class RelevanceGate {
    /** The model's scores alone (recommendations). */
    public static final RelevanceGate NONE = new RelevanceGate(Map.of(), 0, 0, 0);

    /** Retrieval candidates a model re-ranks for a search. */
    public static final int POOL = 100;
    /** The retriever's best candidates a model may reorder among themselves; chosen by judged search quality. */
    public static final int STRONG_MATCHES = 30;
    /** Weight of the retriever's rank against the model's (1); chosen by judged search quality. */
    public static final double RETRIEVAL_WEIGHT = 2.0;
    /** The rank constant of the fusion. */
    public static final int RANK_CONSTANT = 10;

    private final Map<String, Integer> retrievalRank;
    private final int strongMatches;
    private final double retrievalWeight;
    private final int rankConstant;

    private RelevanceGate(Map<String, Integer> retrievalRank, int strongMatches, double retrievalWeight,
                          int rankConstant) {
        this.retrievalRank = retrievalRank;
        this.strongMatches = strongMatches;
        this.retrievalWeight = retrievalWeight;
        this.rankConstant = rankConstant;
    }

    /** The gate of a search whose retriever listed {@code candidates}, best first, with the chosen settings. */
    public static RelevanceGate retrieved(List<Candidate> candidates) {
        return retrieved(candidates, STRONG_MATCHES, RETRIEVAL_WEIGHT);
    }

    /** The gate of a search with other settings (for measuring the choice). */
    public static RelevanceGate retrieved(List<Candidate> candidates, int strongMatches, double retrievalWeight) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            rank.putIfAbsent(candidates.get(i).productId(), i + 1);
        }
        return new RelevanceGate(rank, strongMatches, retrievalWeight, RANK_CONSTANT);
    }

    /** 0 for a strong match, 1 for a weaker one the retriever listed, 2 for a product it did not list. */
    public int tier(String productId) {
        if (this == NONE) {
            return 0;
        }
        Integer r = retrievalRank.get(productId);
        return r == null ? 2 : r <= strongMatches ? 0 : 1;
    }

    /** The candidates' indexes, best first, given the model's scores. */
    public List<Integer> order(List<String> ids, double[] scores) {
        List<Integer> byScore = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            byScore.add(i);
        }
        Comparator<Integer> score = (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Integer.compare(a, b);
        byScore.sort(score);
        if (this == NONE) {
            return byScore;
        }
        double[] fused = new double[ids.size()];
        int[] tier = new int[ids.size()];
        for (int rank = 0; rank < byScore.size(); rank++) {
            int i = byScore.get(rank);
            Integer r = retrievalRank.get(ids.get(i));
            fused[i] = 1.0 / (rankConstant + rank + 1) + (r == null ? 0 : retrievalWeight / (rankConstant + r));
            tier[i] = tier(ids.get(i));
        }
        List<Integer> order = new ArrayList<>(byScore);
        order.sort(Comparator.<Integer>comparingInt(i -> tier[i])
                .thenComparing((a, b) -> Double.compare(fused[b], fused[a])).thenComparing(score));
        return order;
    }
}
