package merchlab.ads;

/**
 * Where the auction's predicted CTR comes from: a calibrated ranker, the generator's true click probabilities (the
 * oracle), popularity, or one constant for all ads (which ranks by bid alone).
 *
 * <p>The estimate is the ad's click probability in the request's first sponsored slot. The auction assumes a slot
 * scales every ad's click probability alike (a separable click model), so the order and the prices do not depend on
 * the slot.
 */
public interface ClickEstimate {

    /** The predicted click of an eligible ad in a request. */
    PredictedClick predict(AdRequest request, AdCandidate ad);

    /** One click probability for every ad: the auction then ranks by bid alone. */
    static ClickEstimate constant(double probability) {
        PredictedClick click = PredictedClick.of(probability);
        return (request, ad) -> click;
    }
}
