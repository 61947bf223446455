package merchlab.ads;

import java.util.Map;

/**
 * A predicted click-through rate of an ad with what it is made of.
 *
 * @param probability  the predicted click probability, within [0, 1]
 * @param attributions feature or group name to its share of the prediction (empty when the source has none)
 */
public record PredictedClick(double probability, Map<String, Double> attributions) {
    public PredictedClick {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a click probability must lie within [0, 1], got " + probability);
        }
        attributions = Map.copyOf(attributions == null ? Map.of() : attributions);
    }

    /** A prediction without attributions. */
    public static PredictedClick of(double probability) {
        return new PredictedClick(probability, Map.of());
    }
}
