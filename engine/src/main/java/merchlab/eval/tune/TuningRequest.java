package merchlab.eval.tune;

import java.time.Duration;
import merchlab.MerchLabException;
import merchlab.eval.protocol.EvaluationProtocol;
import merchlab.model.TrainingSettings;

/**
 * What {@code merchlab tune} is asked for.
 *
 * @param configs  settings to draw, the kind's defaults among them
 * @param seed     seeds the draw and every trial's training
 * @param settings the shared training settings every trial starts from; its epochs are the full training
 *                 ({@link Tuner#FULL_EPOCHS} for the shorter rounds' shares when left to the model)
 */
public record TuningRequest(String kind, EvaluationProtocol protocol, Duration budget, int configs, long seed,
                            TrainingSettings settings) {
    /** Settings drawn when {@code --trials} is not given: nine, so successive halving keeps 3 and then 1. */
    public static final int DEFAULT_CONFIGS = 9;

    public TuningRequest {
        if (budget.isNegative() || budget.isZero()) {
            throw new MerchLabException("the tuning budget must be positive, for example 10m");
        }
        if (configs < 1) {
            throw new MerchLabException("--trials must be at least 1, not " + configs);
        }
    }

    /** A duration as {@code --budget} takes it: {@code 90s}, {@code 10m}, {@code 1h} or plain seconds. */
    public static Duration budget(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("h")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 3600));
            }
            if (t.endsWith("m")) {
                return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            }
            return Duration.ofSeconds(Math.round(Double.parseDouble(t.endsWith("s") ? t.substring(0, t.length() - 1)
                    : t)));
        } catch (NumberFormatException e) {
            throw new MerchLabException("--budget must be a duration such as 90s, 10m or 1h, not '" + text + "'");
        }
    }
}
