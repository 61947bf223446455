package merchlab.eval.ads;

import merchlab.ads.AdRequest;

/**
 * The world a replay plays out in: how likely a shopper clicks an ad shown in a slot. For a generated shop that is
 * the generator's truth; for a real shop only a model can say, and the figures are then the model's expectation.
 */
public interface AdOutcomes {
    /** {@code truth} or {@code model}: where the click probabilities come from. */
    String source();

    /**
     * The probability that the ad is clicked in the slot; NaN when unknown (the ad then cannot be replayed). Only the
     * requests and products of the latest {@link #prepare} are asked.
     */
    double clickProbability(AdRequest request, String productId, int slot);

    /** Gets ready to be asked about these requests' products (a model scores them in one batch). */
    default void prepare(java.util.List<AdRequest> requests, java.util.List<java.util.List<String>> products) {
    }
}
