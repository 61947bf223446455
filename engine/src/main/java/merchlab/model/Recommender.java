package merchlab.model;

import java.util.List;

/**
 * A loaded model that scores candidate products for a request; higher scores rank first.
 *
 * <p>Baselines, the ranker and the sequence recommender all implement it, so evaluation protocols, the command line
 * and the desktop treat them alike. Not thread-safe unless an implementation says so; close it after the job.
 */
public interface Recommender extends AutoCloseable {
    /** The saved model's name. */
    String name();

    /** The kind it was trained as: popularity, cooccurrence, semantic, ranker or sequence. */
    String kind();

    /** Scores for {@code candidates}, in the same order. */
    double[] score(ScoringRequest request, List<String> candidates);

    /** Scores for many requests at once (models may batch the work); by default one {@link #score} call each. */
    default List<double[]> scoreAll(List<ScoringRequest> requests, List<List<String>> candidates) {
        java.util.List<double[]> out = new java.util.ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            out.add(score(requests.get(i), candidates.get(i)));
        }
        return out;
    }

    /** Whether {@link #score} returns calibrated click probabilities (predicted CTR) rather than plain scores. */
    default boolean predictsCtr() {
        return false;
    }

    @Override
    default void close() {
    }
}
