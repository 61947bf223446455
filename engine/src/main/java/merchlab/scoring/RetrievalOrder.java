package merchlab.scoring;

import java.util.List;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Ranks the candidates in the order their sources found them (for a search, the hybrid retriever's order): what a
 * workspace without a saved model shows, so a list is there before any training.
 */
public final class RetrievalOrder implements Recommender {
    /** The name and kind the lists show. */
    public static final String NAME = "retrieval";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String kind() {
        return NAME;
    }

    /** Every candidate scores 0, so ties keep the order of discovery. */
    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        return new double[candidates.size()];
    }
}
